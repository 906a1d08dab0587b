import type { Translate } from '../../../cards/view';
import type { FormDocument } from '../../../dialogs/forms/document';
import { DOCUMENT_EXPORT_VERSION } from '../../../dialogs/forms/documentOf';
import { DOCX_EXPORT_VERSION, toDocx } from '../../../dialogs/forms/export/docx.export';
import type { StoredSubmission } from '../../../dialogs/forms/export/mySubmissions';
import { submissionDocuments } from '../../../dialogs/forms/export/submissionDocuments';
import { TEXT_EXPORT_VERSION, toText } from '../../../dialogs/forms/export/text.export';
import { FORM_EXPORTERS, formExporter } from '../../../dialogs/forms/exporters';
import { FORM_DEFINITIONS } from '../../../dialogs/forms/index';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import { completedAnswers, completedPayload } from '../../support/completedForms';
import { bodyLinesOf, coreProperty, paragraphsOf, unzipDocx } from '../../support/docxReader';
import { strictT } from '../../support/i18n';
import { sampleForm, sampleT } from '../../support/sampleForm';

/**
 * Every form the assistant offers, exported as it would be from "My submissions": a stored payload
 * (fully answered, or only its required answers) opened through the form's exporter, then drawn as
 * plain text and as a Word document that is opened and read back. A form listed in FORM_DEFINITIONS
 * is covered here without a line more.
 */

const SUBMITTED = new Date(Date.UTC(2026, 11, 4, 14, 5));
const referenceOf = (definition: FormDefinition, mode: string) => `CSE-${mode === 'full' ? 'FULL' : 'MINI'}-${String(FORM_DEFINITIONS.indexOf(definition) + 2).repeat(4)}`;

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const documentOfStored = submissionDocuments(FORM_EXPORTERS);

function exported(definition: FormDefinition, mode: 'full' | 'minimal'): FormDocument {
  const submission: StoredSubmission = { reference: referenceOf(definition, mode), kind: definition.id, payload: completedPayload(definition, mode), createdAt: SUBMITTED };
  const document = documentOfStored(submission, t);
  if (document === undefined) throw new Error(`${definition.id} (${mode}) could not be opened`);
  return document;
}

async function readBack(document: FormDocument): Promise<{ body: string[]; header: string[]; core: string }> {
  const files = unzipDocx(await toDocx(document, t));
  const headerPart = Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
  return { body: bodyLinesOf(files['word/document.xml'] ?? ''), header: paragraphsOf(headerPart), core: files['docProps/core.xml'] ?? '' };
}

const forms = FORM_DEFINITIONS.map((definition) => [definition.id, definition] as const);

describe.each(forms)('%s exports', (_id, definition) => {
  test('the fully answered submission: every answer on the path, two items in each repeated group', () => {
    const answers = completedAnswers(definition, 'full');
    for (const page of definition.pages) if ('group' in page && page.group.max >= 2) expect(answers[page.group.id]).toHaveLength(2);
    // Not one answer of the full submission is dropped as not asked: what was built is what is exported.
    expect(completedPayload(definition, 'full').answers).toEqual(answers);
  });

  test('as plain text', () => {
    const text = toText(exported(definition, 'full'), t);
    expect(text).toContain(`Format: plain text version ${TEXT_EXPORT_VERSION}, document version ${DOCUMENT_EXPORT_VERSION}`);
    expect(text).not.toContain('Not answered');
    expect(text).toMatchSnapshot();
  });

  test('as a Word document, opened and read back', async () => {
    const document = exported(definition, 'full');
    const { body, header, core } = await readBack(document);
    expect(header).toEqual([document.title, `Reference: ${document.reference}`, `Format: Word document version ${DOCX_EXPORT_VERSION}, document version ${DOCUMENT_EXPORT_VERSION}`]);
    expect(coreProperty(core, 'dc:description')).toBe(`Format: Word document version ${DOCX_EXPORT_VERSION}, document version ${DOCUMENT_EXPORT_VERSION}`);
    expect(body.join('\n')).not.toContain('Not answered');
    expect(body).toMatchSnapshot();
  });

  test('only the required answers: the rest reads "Not answered", in both formats', async () => {
    const document = exported(definition, 'minimal');
    const text = toText(document, t);
    const { body } = await readBack(document);
    expect(text).toMatchSnapshot('text');
    expect(body).toMatchSnapshot('docx');
    const optional = definition.pages.flatMap((p) => ('group' in p ? [] : p.questions)).some((q) => !q.required && q.condition === undefined);
    if (optional) expect(text).toContain('Not answered');
    // A repeated group left with no items says so under its heading (in a layout, its table's or its cell's), never stands empty.
    for (const page of definition.pages) {
      if (!('group' in page) || page.group.min > 0 || page.condition !== undefined) continue;
      const heading = t(`${definition.ns}:pages.${page.id}.title`);
      expect(text).toContain(`== ${heading} ==\r\nNone given\r\n`);
      const layout = definition.exportLayout;
      const table = layout === undefined ? undefined : layout.tables.find((tb) => tb.group === page.group.id);
      const cell = layout?.tables.flatMap((tb) => tb.rows.flat()).find((c) => 'group' in c && c.group === page.group.id);
      if (layout === undefined) expect(body[body.indexOf(`[Heading1] ${heading}`) + 1]).toBe('None given');
      else if (table !== undefined) expect(body[body.indexOf(`[Heading1] ${t(table.heading)}`) + 1]).toBe('None given');
      else if (cell !== undefined && 'group' in cell) expect(body).toContain(`| ${t(cell.label)} | None given |`);
      else throw new Error(`${definition.id}: group ${page.group.id} is not in its export layout`);
    }
  });
});

describe('a submission stored at an older schemaVersion', () => {
  test('still exports, through the form’s migration', async () => {
    const { t: sampleTranslate } = await sampleT();
    const documents = submissionDocuments([formExporter(sampleForm)]);
    const stored: StoredSubmission = {
      reference: 'CSE-OLDV-2222',
      kind: sampleForm.id,
      payload: { formId: sampleForm.id, formVersion: 1, schemaVersion: 1, answers: { name: 'Zelda Quirkfield', known: 'no', setting: 'college', places: [{ place: 'Wobblebury Lane' }] } },
      createdAt: SUBMITTED,
    };
    const document = documents(stored, sampleTranslate);
    expect(document).toBeDefined();
    if (document === undefined) return;
    const text = toText(document, sampleTranslate);
    expect(text).toContain('Name: Zelda Quirkfield\r\n');
    expect(text).toContain('Setting: School\r\n'); // "college" at schemaVersion 1 became "school" at 2
    expect(paragraphsOf(unzipDocx(await toDocx(document, sampleTranslate))['word/document.xml'] ?? '')).toEqual(expect.arrayContaining(['School', 'Wobblebury Lane']));
    // A newer schemaVersion than this version knows is not guessed at.
    expect(documents({ ...stored, payload: { ...stored.payload, schemaVersion: 3 } }, sampleTranslate)).toBeUndefined();
  });
});
