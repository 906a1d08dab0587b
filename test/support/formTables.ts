import type { Translate } from '../../cards/view';
import type { DocumentRow, FormDocument } from '../../dialogs/forms/document';
import { documentOf, type DocumentMeta } from '../../dialogs/forms/documentOf';
import { storedPayloadSchema } from '../../dialogs/forms/storedSchema';
import type { FormAnswers, FormDefinition } from '../../dialogs/forms/vocabulary';
import { asPosted, postPage, satisfying, textQuestions } from './formPage';
import { strictT } from './i18n';

/**
 * The tables every form's test runs, written once: pages accepted and stored normalised, pages refused
 * with the exact message beside each question, every text question at its limit and one character over;
 * and the document drawn from a submission, page by page.
 */

/** A page posted (`earlier`: answers given before it, for its conditions) and what it stores. */
export type AcceptedRow = [pageId: string, posted: Record<string, string>, earlier: Record<string, string>, stored: Record<string, string | string[]>];
/** A page posted and the message beside each question it refuses, in words. */
export type RefusedRow = [pageId: string, posted: Record<string, unknown>, earlier: Record<string, string>, errors: Record<string, string>];

export function formPageTables(form: FormDefinition, tables: { accepted: AcceptedRow[]; refused: RefusedRow[] }): void {
  let t: Translate;
  beforeAll(async () => {
    t = await strictT();
  });

  describe('accepted, and stored normalised', () => {
    it.each(tables.accepted)('%s %j', (pageId, posted, earlier, stored) => {
      expect(postPage(form, pageId, posted, t, earlier)).toEqual({ answers: stored });
    });
  });

  describe('refused, with the message beside the question', () => {
    it.each(tables.refused)('%s %j', (pageId, posted, earlier, errors) => {
      expect(postPage(form, pageId, posted, t, earlier)).toEqual({ errors });
    });
  });

  describe('every text answer at its limit is kept, and one character over is refused', () => {
    it.each(textQuestions(form).map(([pageId, question, max]) => [question.id, pageId, question, max] as const))('%s', (_id, pageId, question, max) => {
      const given = satisfying(question.condition);
      const label = t(`${form.ns}:questions.${question.id}.label`);
      // A reference is refused without a digit: it is tried with digits.
      const fill = 'reference' in question && question.reference === true ? '1' : 'x';
      const at = postPage(form, pageId, { ...asPosted(given), [question.id]: fill.repeat(max) }, t, given);
      const over = postPage(form, pageId, { ...asPosted(given), [question.id]: fill.repeat(max + 1) }, t, given);
      expect('errors' in at ? at.errors[question.id] : undefined).toBeUndefined();
      expect('errors' in over ? over.errors[question.id] : undefined).toBe(`${label} must be ${max} characters or fewer`);
    });
  });
}

/** One row of a document as a table row: its label and the answer in words. */
export type RowTable = [label: string, value: string];
/** One page of a document as a table: its heading, its columns, its rows, and a repeated group's items with theirs. */
export type SectionTable = [heading: string, columns: 1 | 2, rows: RowTable[], items?: Array<[heading: string, rows: RowTable[]]>];

const rowsOf = (rows: readonly DocumentRow[]): RowTable[] => rows.map((r) => [r.label, r.value]);

/**
 * The document every export is drawn from, for answers the form's stored schema accepts (checked here),
 * with each page as a table, so a form's test writes its expected pages as rows.
 */
export function documentTables(form: FormDefinition, answers: FormAnswers, meta: DocumentMeta, t: Translate): Omit<FormDocument, 'sections'> & { sections: SectionTable[] } {
  expect(storedPayloadSchema(form).safeParse({ formId: form.id, formVersion: form.version, schemaVersion: form.schemaVersion, answers }).success).toBe(true);
  const { sections, ...head } = documentOf(form, answers, meta, t);
  return {
    ...head,
    sections: sections.map((s): SectionTable => (s.items === undefined ? [s.heading, s.columns, rowsOf(s.rows)] : [s.heading, s.columns, rowsOf(s.rows), s.items.map((i) => [i.heading, rowsOf(i.rows)])])),
  };
}
