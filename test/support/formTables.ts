import type { Translate } from '../../cards/view';
import type { FormDefinition } from '../../dialogs/forms/vocabulary';
import { asPosted, postPage, satisfying, textQuestions } from './formPage';
import { strictT } from './i18n';

/**
 * The three tables every form's schema test runs, written once: pages accepted and stored normalised,
 * pages refused with the exact message beside each question, and every text question at its limit
 * and one character over.
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
      const at = postPage(form, pageId, { ...asPosted(given), [question.id]: 'x'.repeat(max) }, t, given);
      const over = postPage(form, pageId, { ...asPosted(given), [question.id]: 'x'.repeat(max + 1) }, t, given);
      expect('errors' in at ? at.errors[question.id] : undefined).toBeUndefined();
      expect('errors' in over ? over.errors[question.id] : undefined).toBe(`${label} must be ${max} characters or fewer`);
    });
  });
}
