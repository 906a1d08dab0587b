import fc from 'fast-check';
import type { FormDocument } from '../../../dialogs/forms/document';
import { linesOf } from '../../../dialogs/forms/export/cleanText';
import { DOCX_EXPORT_VERSION, toDocx } from '../../../dialogs/forms/export/docx.export';
import { coreProperty, paragraphsOf, parseXml, unzipDocx } from '../../support/docxReader';
import { concernRecordDocument, maseDocument, personalValuesOf } from '../../support/formDocuments';
import { strictT } from '../../support/i18n';

const header = (files: Record<string, string>): string => Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';

/** Every word the document should show, in reading order. */
function expectedWords(doc: FormDocument): string[] {
  return [
    doc.title,
    doc.reference,
    doc.submittedAt,
    ...doc.sections.flatMap((s) => [s.heading, ...s.rows.flatMap((r) => [r.label, r.value]), ...(s.items ?? []).flatMap((i) => [i.heading, ...i.rows.flatMap((r) => [r.label, r.value])])]),
    ...doc.notes,
    doc.source,
  ];
}

describe('DOCX export', () => {
  test.each([
    ['a concern record', concernRecordDocument],
    ['the MASE form (two pairs a row, a heading per victim)', maseDocument],
  ])('%s opens, and every label and value is there in order', async (_name, doc) => {
    const files = unzipDocx(await toDocx(doc, await strictT()));
    const body = paragraphsOf(files['word/document.xml'] ?? '').join('\n');
    let from = 0;
    for (const word of expectedWords(doc)) {
      const at = body.indexOf(word, from);
      expect({ word, found: at >= 0 }).toEqual({ word, found: true });
      from = at + word.length;
    }
  });

  test('the header has the title, the reference and both versions', async () => {
    const files = unzipDocx(await toDocx(concernRecordDocument, await strictT()));
    expect(paragraphsOf(header(files))).toEqual([
      'Concern record',
      'Reference: CSE-TEST-7K3M',
      `Format: Word document version ${DOCX_EXPORT_VERSION}, document version 1`,
    ]);
  });

  test('the MASE grid has four cells a row: label | value | label | value', async () => {
    const files = unzipDocx(await toDocx(maseDocument, await strictT()));
    const xml = files['word/document.xml'] ?? '';
    const rows = xml.split('<w:tr>').slice(1).map((row) => row.split('<w:tc>').length - 1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((cells) => cells === 4)).toBe(true);
  });

  test('the file properties carry the form and the reference, nothing personal', async () => {
    const files = unzipDocx(await toDocx(maseDocument, await strictT()));
    const core = files['docProps/core.xml'] ?? '';
    expect(coreProperty(core, 'dc:title')).toBe('MASE information form CSE-TEST-9PQR');
    const personal = personalValuesOf(maseDocument);
    expect(personal).toEqual(expect.arrayContaining(['Zelda Quirkfield', 'Barnaby Fizzlewick']));
    for (const value of personal) expect(core).not.toContain(value);
    for (const value of personal) expect(files['docProps/app.xml'] ?? '').not.toContain(value);
  });

  test('a file Word accepts: a zip with [Content_Types].xml, the main part, and every XML part well-formed', async () => {
    const files = unzipDocx(await toDocx(concernRecordDocument, await strictT()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'docProps/core.xml']));
    expect(files['[Content_Types].xml']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    for (const [name, text] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) expect(() => parseXml(text)).not.toThrow();
  });

  test('property: any typed text (XML specials, controls, emoji, very long) keeps the XML well-formed and reads back', async () => {
    const t = await strictT();
    const typedText = fc.oneof(
      fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\u0000', '\u0001', '\uFFFE', '\uD800', '\u202E', '\r', '\n', '🙂', 'a', ' '), maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 4000 }),
    );
    await fc.assert(
      fc.asyncProperty(typedText, async (typed) => {
        const doc: FormDocument = { ...concernRecordDocument, sections: [{ heading: 'The child', columns: 1, rows: [{ label: 'Name', value: typed }] }] };
        const files = unzipDocx(await toDocx(doc, t));
        const paragraphs = paragraphsOf(files['word/document.xml'] ?? '');
        const nameCell = paragraphs[paragraphs.indexOf('Name') + 1];
        expect(nameCell).toBe(linesOf(typed).join('\n'));
      }),
      { numRuns: 40 },
    );
  });
});
