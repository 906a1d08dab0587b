import fc from 'fast-check';
import type { DocumentCell, FormDocument } from '../../../dialogs/forms/document';
import { linesOf } from '../../../dialogs/forms/export/cleanText';
import { DOCX_EXPORT_VERSION, toDocx } from '../../../dialogs/forms/export/docx.export';
import { bodyLinesOf, coreProperty, paragraphsOf, parseXml, tablesOf, unzipDocx } from '../../support/docxReader';
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
    ['a document of two label | value pairs a row (a page with exportColumns: 2), a heading per victim', maseDocument],
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

  test('a two-pair grid (exportColumns: 2) has four cells a row: label | value | label | value', async () => {
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

describe('DOCX export of a document with a layout (a printed form’s tables)', () => {
  const label = (text: string, columnSpan = 1, rowSpan = 1): DocumentCell => ({ kind: 'label', text, columnSpan, rowSpan });
  const value = (text: string, columnSpan = 1, rowSpan = 1): DocumentCell => ({ kind: 'value', text, columnSpan, rowSpan });
  const laidOut = (typed = 'A fictional app'): FormDocument => ({
    ...maseDocument,
    layout: {
      columns: 4,
      parts: [
        { heading: 'Victims', tables: [{ heading: 'Victim 1', rows: [[label('Name or alias'), value('Zelda Quirkfield', 3)]] }] },
        { heading: 'Offenders', tables: [] },
        {
          heading: 'Themes',
          tables: [
            {
              rows: [
                [label('CSE model type', 1, 2), label('Primary'), value('Online CSE'), value(typed, 1, 2)],
                [label('Secondary'), value('Not asked')],
              ],
            },
          ],
        },
      ],
    },
  });

  test('is drawn as its tables, not its sections: a heading per part and per table, "None given" for a part with none', async () => {
    const xml = unzipDocx(await toDocx(laidOut(), await strictT()))['word/document.xml'] ?? '';
    const body = bodyLinesOf(xml);
    expect(body.slice(3, -1)).toEqual([
      '[Heading1] Victims',
      '[Heading2] Victim 1',
      '| Name or alias | Zelda Quirkfield |',
      '[Heading1] Offenders',
      'None given',
      '[Heading1] Themes',
      '| CSE model type | Primary | Online CSE | A fictional app |',
      '|  | Secondary | Not asked |  |',
    ]);
    expect(body.join('\n')).not.toContain('Barnaby Fizzlewick');
  });

  test('every row covers the grid: column spans as given, a cell spanning down carried into the rows below as a merged cell', async () => {
    const tables = tablesOf(unzipDocx(await toDocx(laidOut(), await strictT()))['word/document.xml'] ?? '');
    expect(tables.map((table) => [table.gridColumns, table.rows.map((row) => row.map((cell) => [cell.columnSpan, cell.verticalMerge ?? '-']))])).toEqual([
      [4, [[[1, '-'], [3, '-']]]],
      [
        4,
        [
          [[1, 'restart'], [1, '-'], [1, '-'], [1, 'restart']],
          [[1, 'continue'], [1, '-'], [1, '-'], [1, 'continue']],
        ],
      ],
    ]);
  });

  test('property: any typed text in a cell keeps the XML well-formed and reads back', async () => {
    const t = await strictT();
    const typedText = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', ']]>', '\u0000', '\uFFFE', '\uD800', '\u202E', '\r', '\n', '🙂', 'a', ' '), maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(typedText, async (typed) => {
        const tables = tablesOf(unzipDocx(await toDocx(laidOut(typed), t))['word/document.xml'] ?? '');
        expect(tables[1]?.rows[0]?.[3]?.text).toBe(linesOf(typed).join('\n'));
      }),
      { numRuns: 30 },
    );
  });
});
