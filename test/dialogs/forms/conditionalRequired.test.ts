import { renderView } from '../../../cards/render';
import type { Translate } from '../../../cards/view';
import { plain } from '../../../dialogs/forms/display';
import { formViews } from '../../../dialogs/forms/formViews';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { questionsOf, requiredNow } from '../../../dialogs/forms/conditions';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import type { FormContext } from '../../../machines/form.machine';
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

// The fifth exploratory test: the adults' and vehicles' pages marked a description "(required)" and took the
// page empty, which means there are no more. A description is required only for an item added: the label says so, and
// the page refuses one without it (beside the field, the item's other answers kept).
describe("a repeated group's page, where an empty page means no more", () => {
  const page = (form: FormDefinition, pageId: string, answers: FormContext['answers'] = {}, item?: number) =>
    formViews(form).editingPage?.({ page: pageId, answers, returnToCheck: item !== undefined, submitFailed: false, ...(item === undefined ? {} : { item }) });
  const labels = (form: FormDefinition, pageId: string, answers: FormContext['answers'] = {}, item?: number): string[] => {
    const inputs = page(form, pageId, answers, item)?.inputs ?? [];
    const card = JSON.stringify(renderView({ kind: 'step', tone: 'question', title: { key: 'forms:page.continue' }, lines: [], inputs, choices: [], citations: [], navigation: [] }, t));
    return [...card.matchAll(/"id":"in\.[^"]+"[^{}]*?"label":"([^"]+)"/g)].map((m) => m[1] ?? '');
  };

  // A vehicle needs no description: a number plate alone is often all that was seen; nor an adult, whose name heard is
  // useful alone (issue 8). Each item needs one of its two answers: a page sent with neither adds none.
  it('marks nothing required on the adults\' and vehicles\' pages, which may be left empty', () => {
    expect(labels(makesafeReportForm, 'adults')).toEqual(['Name used', 'Description']);
    expect(labels(makesafeReportForm, 'vehicles')).toEqual(['Make, model or colour', 'Number plate']);
  });

  it('marks the first child\'s description required, and a further child\'s "required if you add one"', () => {
    expect(labels(makesafeReportForm, 'children')).toContain('Description (required)');
    expect(labels(makesafeReportForm, 'children', { children: [{ childDescription: 'Tall, school uniform' }] })).toContain('Description (required if you add one)');
  });

  it('marks it required when an item added is changed from check-your-answers, where it cannot be emptied', () => {
    expect(labels(makesafeReportForm, 'children', { children: [{ childDescription: 'Grey coat' }, { childDescription: 'Red coat' }] }, 1)).toContain('Description (required)');
  });
});
