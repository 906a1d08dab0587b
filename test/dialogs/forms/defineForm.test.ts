import type { PersistedJourney, StepEffects, StepResult } from '../../../dialogs/flow';
import { defineForm } from '../../../dialogs/forms/defineForm';
import { formViews } from '../../../dialogs/forms/formViews';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { concernRecordOffer } from '../../../dialogs/referral/concernRecordPrefill';
import { sampleForm } from '../../support/sampleForm';

/** A form as a flow, on the fictional sample form: pages, a repeated group, Back, change, submit and its failure, a changed version. */

const now = new Date('2026-12-04T12:00:00Z');
const flow = defineForm(sampleForm);
const CHILD = { name: 'Fictional Child A', setting: 'school' };
const EVENT = { known: 'yes', worker: 'Fictional Worker B' };
const CONTACT = { postcode: 'zz1a 1zz' };

function ok(result: StepResult): PersistedJourney {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.journey;
}
const page = (j: PersistedJourney, inputs: Record<string, string>, effects: StepEffects = { now }, value: 'continue' | 'addAnother' = 'continue') => flow.step(j, { type: 'form.page', value, inputs }, effects);

async function toPlaces(): Promise<PersistedJourney> {
  let j = flow.start();
  for (const inputs of [CHILD, EVENT, CONTACT]) j = ok(await page(j, inputs));
  return j;
}

describe('a form as a flow', () => {
  it('starts on its first page and moves a page at a time, skipping a page whose condition fails', async () => {
    const start = flow.start();
    expect(start).toMatchObject({ value: 'editingPage', context: { page: 'child', answers: {} } });
    const event = ok(await page(start, { ...CHILD, setting: 'other' }));
    const places = ok(await page(event, { known: 'no' }));
    expect(places.context.page).toBe('places');
    expect(flow.view(places, { contacts: {} }).progress).toEqual({ key: 'forms:progress', values: { n: 3, of: 3 } });
  });

  it('refuses a page with problems, keeping nothing of it, and says which', async () => {
    const result = await page(flow.start(), { setting: 'castle' });
    expect(result).toMatchObject({ ok: false, reason: 'invalidInput', errors: { name: 'invalid', setting: 'invalid' } });
  });

  it('adds and removes a group’s items, up to its maximum', async () => {
    let j = await toPlaces();
    j = ok(await page(j, { place: 'A fictional park' }, { now }, 'addAnother'));
    j = ok(await page(j, { place: 'A fictional station' }, { now }, 'addAnother'));
    expect(j.context.answers).toMatchObject({ places: [{ place: 'A fictional park' }, { place: 'A fictional station' }] });
    j = ok(await flow.step(j, { type: 'form.remove', value: '0' }));
    expect(j.context.answers).toMatchObject({ places: [{ place: 'A fictional station' }] });
    j = ok(await page(j, { place: 'A fictional cafe' }, { now }, 'addAnother'));
    j = ok(await page(j, { place: 'A fictional bus stop' }, { now }, 'addAnother'));
    expect(flow.view(j, { contacts: {} }).inputs).toBeUndefined();
    j = ok(await page(j, {}));
    expect(j.value).toBe('checkingAnswers');
    expect(j.context.answers).toMatchObject({ places: [{ place: 'A fictional station' }, { place: 'A fictional cafe' }, { place: 'A fictional bus stop' }] });
  });

  it('goes back a page with its answers, and from check-your-answers to the last page', async () => {
    const places = await toPlaces();
    const back = flow.back?.(places);
    expect(back?.context).toMatchObject({ page: 'contact', answers: { postcode: 'ZZ1A 1ZZ', ...CHILD } });
    expect(flow.back?.(flow.start())).toBeUndefined();
    const check = ok(await page(places, {}));
    expect(flow.back?.(check)?.context.page).toBe('places');
  });

  it('changes an answer, goes through a page the change now asks, and returns to check-your-answers', async () => {
    let j = flow.start();
    j = ok(await page(j, { ...CHILD, setting: 'other' }));
    j = ok(await page(j, { known: 'no' }));
    j = ok(await page(j, {}));
    expect(j.value).toBe('checkingAnswers');
    j = ok(await flow.step(j, { type: 'form.change', value: 'setting' }));
    expect(j.context).toMatchObject({ page: 'child', returnToCheck: true });
    j = ok(await page(j, CHILD));
    expect(j.value).toBe('checkingAnswers');
    j = ok(await flow.step(j, { type: 'form.change', value: 'known' }));
    j = ok(await page(j, EVENT));
    expect(j.value).toBe('checkingAnswers');
    expect(j.context.answers).toMatchObject({ worker: 'Fictional Worker B' });
  });

  it('submits once with the stored payload, and keeps everything when the store cannot be reached', async () => {
    const check = ok(await page(await toPlaces(), {}));
    const down = ok(await flow.step(check, { type: 'form.submit' }, { now, submit: () => Promise.reject(new Error('storage unavailable')) }));
    expect(down).toMatchObject({ value: 'checkingAnswers', context: { submitFailed: true, answers: check.context.answers } });
    expect(flow.view(down, { contacts: {} }).lines[0]).toEqual({ key: 'forms:check.submitFailed' });
    const payloads: unknown[] = [];
    const done = ok(await flow.step(down, { type: 'form.submit' }, { now, submit: (payload) => (payloads.push(payload), Promise.resolve({ reference: 'CSE-7K2M-9QXD' })) }));
    expect(done).toMatchObject({ value: 'submitted', context: { reference: 'CSE-7K2M-9QXD', submitFailed: false } });
    expect(payloads).toEqual([{ formId: 'form.sample', formVersion: 1, schemaVersion: 2, answers: { ...CHILD, ...EVENT, postcode: 'ZZ1A 1ZZ' } }]);
    expect(flow.isFinal(done)).toBe(true);
    expect(await flow.step(done, { type: 'form.submit' }, { now })).toEqual({ ok: false, reason: 'notAccepted' });
  });

  it('refuses a submission while a required answer is missing', async () => {
    const check = ok(await page(await toPlaces(), {}));
    const missing: PersistedJourney = { ...check, context: { ...check.context, answers: { setting: 'other', known: 'no' } } };
    expect(await flow.step(missing, { type: 'form.submit' }, { now })).toEqual({ ok: false, reason: 'notAccepted' });
    expect(flow.view(missing, { contacts: {} }).choices).toEqual([]);
  });

  it('carries a draft of an older version over with only the answers that still fit', () => {
    const old = { value: 'editingPage', context: { page: 'gone', answers: { name: 'Fictional Child A', setting: 'castle', shoeSize: '5', age: '40' }, returnToCheck: false, submitFailed: false } };
    expect(flow.carryOver?.(old)).toEqual({ value: 'editingPage', context: { page: 'child', answers: { name: 'Fictional Child A' }, returnToCheck: false, submitFailed: false } });
    expect(flow.carryOver?.({ value: 'x' })).toBeUndefined();
  });
});

describe('the concern record offered on the school and health summaries', () => {
  it('is filled in with the signs, notes, route and danger answer the journey recorded', () => {
    const journey = {
      value: 'referringToMash',
      context: { asksImagery: true, checklist: 'safeguard', danger: 'notSure', areaIndex: 9, signs: { 'indicator.gifts-money.unexplained-money': 'seen' }, notes: { 'gifts-money': 'A fictional new phone' } },
    };
    const start = concernRecordOffer.prefill(journey);
    expect(start.answers).toEqual({ signs: expect.stringMatching(/^R: .+ \(seen or told\)$/), whatHappened: 'Receipt of unexplained gifts or money: A fictional new phone', danger: 'notSure', routeShown: 'mash' });
    expect(start.prefill).toEqual({ signs: ['indicator.gifts-money.unexplained-money'], danger: 'notSure', route: 'mash' });
  });
});

// The fourth exploratory test (defect 11): the police closing report read "Page 4 of 9", then "Page 5 of 8".
describe('the page count while a page to come may yet be ruled out', () => {
  const views = formViews(policeClosingReportForm);
  const progressOn = (page: string, answers: Record<string, string>) => views.editingPage?.({ page, answers, returnToCheck: false, submitFailed: false }).progress;

  it('is a most until it is known, then the count of the pages asked', () => {
    expect(progressOn('victim', {})).toEqual({ key: 'forms:progressUpTo', values: { n: 4, of: 9 } });
    expect(progressOn('perpetrators', { victimEngaged: 'yes' })).toEqual({ key: 'forms:progress', values: { n: 5, of: 8 } });
    expect(progressOn('reapproach', { victimEngaged: 'no' })).toEqual({ key: 'forms:progress', values: { n: 5, of: 9 } });
  });
});
