import type { Translate } from '../../../cards/view';
import { plain } from '../../../dialogs/forms/display';
import { formViews } from '../../../dialogs/forms/formViews';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { questionsOf, requiredNow } from '../../../dialogs/forms/conditions';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';

/**
 * A question asked only for one answer to another question on the same card ("Kind of business" when the type is
 * "Other") is shown on the card from the start, since a card cannot reveal it as you answer: it is not marked
 * required there, and the server asks for it on Continue only when the answer it rests on was given.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const labelsOn = (definition: FormDefinition, page: string): string[] =>
  (formViews(definition).editingPage?.({ page, answers: {}, returnToCheck: false, submitFailed: false }).inputs ?? []).flatMap((i) =>
    i.kind === 'field' ? [i.required ? `${plain(t, i.label)} (required)` : plain(t, i.label)] : [],
  );

it('marks required only what the card knows is required', () => {
  expect(labelsOn(makesafeReportForm, 'premises').slice(0, 2)).toEqual(['Type of business (required)', 'Kind of business']);
  const family = labelsOn(policeClosingReportForm, 'family');
  expect(family).toContain('Was any risk to siblings identified? (required)');
  expect(family).toContain('Risk to siblings and the action taken');
});

it('asks for the harm only after "Yes" to harm, not after "Not sure", and never marks it required on the card', () => {
  const harmPage = (answers: Record<string, string>) => formViews(returnHomeInterviewForm).editingPage?.({ page: 'harm', answers, returnToCheck: false, submitFailed: false });
  const harmBox = (answers: Record<string, string>) => harmPage(answers)?.inputs?.find((i) => i.id === 'harmDetails');
  expect(harmBox({})).toMatchObject({ required: false });
  expect(harmBox({ harm: 'yes' })).toMatchObject({ required: false });
  const harmDetails = returnHomeInterviewForm.pages.flatMap(questionsOf).find((q) => q.id === 'harmDetails');
  expect(harmDetails !== undefined && requiredNow(harmDetails, { harm: 'notSure' })).toBe(false);
  expect(harmDetails !== undefined && requiredNow(harmDetails, { harm: 'yes' })).toBe(true);
});
