import { FORM_FLOWS } from '../../../dialogs/forms';
import { formLogic } from '../../../dialogs/forms/formLogic';
import { maseInformationForm as form } from '../../../dialogs/forms/maseInformation.form';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import type { PersistedJourney } from '../../../dialogs/flow';

/** One item of a repeated group (a MASE victim) changed or removed from check-your-answers, the other items kept as they were. */

const logic = formLogic(form);
const ONE = { name: 'Fictional Person One' };
const TWO = { name: 'Fictional Person Two' };
const effects = { now: new Date('2026-12-04T12:00:00Z') };

describe('the form logic', () => {
  it('replaces the item changed, where it is', () => {
    expect(logic.recordSettingAside({ victims: [ONE, TWO] }, 'victims', { name: 'Fictional Person Changed' }, 0, {}).answers).toMatchObject({ victims: [{ name: 'Fictional Person Changed' }, TWO] });
  });

  it('keeps the item when its change is posted blank', () => {
    expect(logic.recordSettingAside({ victims: [ONE, TWO] }, 'victims', {}, 1, {}).answers).toMatchObject({ victims: [ONE, TWO] });
  });

  it('adds an item when none is being changed', () => {
    expect(logic.recordSettingAside({ victims: [ONE] }, 'victims', TWO, undefined, {}).answers).toMatchObject({ victims: [ONE, TWO] });
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

describe('an item on its group page (the Makesafe report\'s children)', () => {
  const flow = FORM_FLOWS.find((f) => f.id === makesafeReportForm.id);
  if (flow === undefined) throw new Error('no Makesafe report flow');
  const CHILD = { childAge: '13', childDescription: 'boy, small, grey tracksuit, looked scared' };
  const onPage: PersistedJourney = { value: 'editingPage', context: { page: 'children', answers: { premisesType: 'taxi', children: [CHILD] }, returnToCheck: false, submitFailed: false } };

  // The exploratory test: "Child 1: Not answered" beside a Remove, and a real child's description removed on trust of it.
  it('says what an item holds, not "Not answered" when its first question was left empty', () => {
    const [line] = flow.view(onPage, { contacts: {} }).lines.filter((l) => l.key === 'forms:group.itemLine');
    expect(JSON.stringify(line)).toContain('13');
    expect(JSON.stringify(line)).toContain('boy, small, grey');
    expect(JSON.stringify(line)).not.toContain('forms:answers.notAnswered');
  });

  it('keeps the summary short', () => {
    const long = { ...onPage, context: { ...onPage.context, answers: { children: [{ childDescription: 'a very long description '.repeat(20) }] } } };
    const [line] = flow.view(long, { contacts: {} }).lines.filter((l) => l.key === 'forms:group.itemLine');
    expect(JSON.stringify(line).length).toBeLessThan(400);
    expect(JSON.stringify(line)).toContain('…');
  });

  it('offers a Change for each item beside its Remove, which opens that item with its answers and comes back to the group page', async () => {
    const view = flow.view(onPage, { contacts: {} });
    expect(view.choices.map((c) => c.answer)).toEqual(expect.arrayContaining([{ type: 'form.changeOnPage', value: '0' }, { type: 'form.remove', value: '0' }]));
    const opened = await flow.step(onPage, { type: 'form.changeOnPage', value: '0' }, effects);
    expect(opened).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { page: 'children', item: 0, returnToCheck: false } } });
    if (!opened.ok) return;
    const openedView = flow.view(opened.journey, { contacts: {} });
    expect(openedView.inputs?.find((i) => i.id === 'childDescription')?.value).toBe(CHILD.childDescription);
    const saved = await flow.step(opened.journey, { type: 'form.page', value: 'continue', inputs: { ...CHILD, childAge: '12' } }, effects);
    expect(saved).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { page: 'children', answers: { children: [{ ...CHILD, childAge: '12' }] } } } });
    expect(saved.ok && saved.journey.context.item).toBeUndefined();
  });

  it('goes back to the group page from an item opened there', async () => {
    const opened = await flow.step(onPage, { type: 'form.changeOnPage', value: '0' }, effects);
    if (!opened.ok) throw new Error('not opened');
    expect(flow.back?.(opened.journey)).toMatchObject({ value: 'editingPage', context: { page: 'children', answers: { children: [CHILD] } } });
    expect(flow.back?.(opened.journey)?.context.item).toBeUndefined();
  });

  it('refuses a Change of an item that is not there', async () => {
    expect(await flow.step(onPage, { type: 'form.changeOnPage', value: '1' }, effects)).toEqual({ ok: false, reason: 'notAccepted' });
  });
});
