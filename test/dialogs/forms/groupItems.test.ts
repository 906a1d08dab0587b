import { FORM_FLOWS } from '../../../dialogs/forms';
import { formLogic } from '../../../dialogs/forms/formLogic';
import { maseInformationForm as form } from '../../../dialogs/forms/maseInformation.form';
import type { PersistedJourney } from '../../../dialogs/flow';

/** One item of a repeated group (a MASE victim) changed or removed from check-your-answers, the other items kept as they were. */

const logic = formLogic(form);
const ONE = { name: 'Fictional Person One' };
const TWO = { name: 'Fictional Person Two' };
const effects = { now: new Date('2026-12-04T12:00:00Z') };

describe('the form logic', () => {
  it('replaces the item changed, where it is', () => {
    expect(logic.record({ victims: [ONE, TWO] }, 'victims', { name: 'Fictional Person Changed' }, 0)).toMatchObject({ victims: [{ name: 'Fictional Person Changed' }, TWO] });
  });

  it('keeps the item when its change is posted blank', () => {
    expect(logic.record({ victims: [ONE, TWO] }, 'victims', {}, 1)).toMatchObject({ victims: [ONE, TWO] });
  });

  it('adds an item when none is being changed', () => {
    expect(logic.record({ victims: [ONE] }, 'victims', TWO)).toMatchObject({ victims: [ONE, TWO] });
  });
});

describe('from check-your-answers, through the flow', () => {
  const flow = FORM_FLOWS.find((f) => f.id === form.id);
  if (flow === undefined) throw new Error('no MASE flow');
  const atCheck: PersistedJourney = { value: 'checkingAnswers', context: { page: 'themes', answers: { victims: [ONE, TWO] }, returnToCheck: false, submitFailed: false } };

  it('opens the item to change with its answers, and comes back to the check with only that item changed', async () => {
    const opened = await flow.step(atCheck, { type: 'form.changeItem', value: 'name@1' }, effects);
    expect(opened).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { page: 'victims', item: 1, returnToCheck: true } } });
    if (!opened.ok) return;
    expect(flow.view(opened.journey, { contacts: {} }).inputs?.find((i) => i.id === 'name')?.value).toBe('Fictional Person Two');
    const saved = await flow.step(opened.journey, { type: 'form.page', value: 'continue', inputs: { name: 'Fictional Person Changed' } }, effects);
    expect(saved).toMatchObject({ ok: true, journey: { value: 'checkingAnswers', context: { answers: { victims: [ONE, { name: 'Fictional Person Changed' }] }, returnToCheck: false } } });
    expect(saved.ok && saved.journey.context.item).toBeUndefined();
  });

  it('removes one item and keeps the others', async () => {
    expect(await flow.step(atCheck, { type: 'form.removeItem', value: 'victims@0' }, effects)).toMatchObject({ ok: true, journey: { value: 'checkingAnswers', context: { answers: { victims: [TWO] } } } });
  });

  it('refuses an item that is not there, from check-your-answers or on the group page, rather than take another', async () => {
    expect(await flow.step(atCheck, { type: 'form.removeItem', value: 'victims@2' }, effects)).toEqual({ ok: false, reason: 'notAccepted' });
    const onPage: PersistedJourney = { value: 'editingPage', context: { ...atCheck.context, page: 'victims' } };
    expect(await flow.step(onPage, { type: 'form.remove', value: '2' }, effects)).toEqual({ ok: false, reason: 'notAccepted' });
    expect(await flow.step(onPage, { type: 'form.remove', value: '1' }, effects)).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { answers: { victims: [ONE] } } } });
  });

  it('names the item a Remove would take by its heading, only where it is there to remove', () => {
    const onPage: PersistedJourney = { value: 'editingPage', context: { ...atCheck.context, page: 'victims' } };
    expect(flow.removalOf?.(atCheck, { type: 'form.removeItem', value: 'victims@1' })).toEqual({ key: 'maseInformation:groups.victims.item', values: { n: 2 } });
    expect(flow.removalOf?.(onPage, { type: 'form.remove', value: '0' })).toEqual({ key: 'maseInformation:groups.victims.item', values: { n: 1 } });
    expect(flow.removalOf?.(atCheck, { type: 'form.removeItem', value: 'victims@2' })).toBeUndefined();
    expect(flow.removalOf?.(atCheck, { type: 'form.remove', value: '0' })).toBeUndefined();
    expect(flow.removalOf?.(onPage, { type: 'form.removeItem', value: 'victims@0' })).toBeUndefined();
    expect(flow.removalOf?.(atCheck, { type: 'form.submit' })).toBeUndefined();
  });

  it('refuses an item of a group the form does not ask, or a malformed one', async () => {
    expect(await flow.step(atCheck, { type: 'form.removeItem', value: 'nothing@0' }, effects)).toEqual({ ok: false, reason: 'notAccepted' });
    expect(await flow.step(atCheck, { type: 'form.changeItem', value: 'name;1' }, effects)).toEqual({ ok: false, reason: 'invalidAnswer' });
  });
});

describe('the group page', () => {
  const flow = FORM_FLOWS.find((f) => f.id === form.id);
  if (flow === undefined) throw new Error('no MASE flow');
  const onPage = (victims: Array<Record<string, string>>): PersistedJourney => ({ value: 'editingPage', context: { page: 'victims', answers: { victims }, returnToCheck: false, submitFailed: false } });
  const keys = (journey: PersistedJourney) => flow.view(journey, { contacts: {} }).lines.map((line) => line.key);

  // The MASE form needs a victim: Continue with none is refused, so the card does not offer it (the third exploratory test).
  it('does not say "continue if there are no more" while the form still needs an item', () => {
    expect(keys(onPage([]))).toContain('forms:group.needed');
    expect(keys(onPage([]))).not.toContain('forms:group.next');
    expect(keys(onPage([ONE]))).toContain('forms:group.next');
  });
});
