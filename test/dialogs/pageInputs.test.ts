import type { FieldControl, InputView } from '../../cards/view';
import type { ActiveFlow } from '../../dialogs/conversationState.schema';
import { checkPageValues, keptProblems, valuesWithinLimits, withKeptValues, withoutPage, withoutProblems, withPageValues, withUnsentPage } from '../../dialogs/pageInputs';

/** The open page's unsent values, checked by each input's own limits before Save for later, Skip, Cancel or Back keeps them. */

const TODAY = '2026-12-04';
const label = { key: 'test:questions.x.label' };
const field = (id: string, control: FieldControl): InputView => ({ kind: 'field', id, label, required: false, control, value: '', errorMessage: { key: 'forms:errors.required.enter' } });
const choices = ['police', 'mash', 'notYet'].map((value) => ({ label: { key: `test:${value}` }, value }));

const INPUTS: InputView[] = [
  field('name', { type: 'text', multiline: false, maxLength: 10 }),
  field('when', { type: 'date' }),
  field('at', { type: 'time' }),
  field('age', { type: 'number', min: 0, max: 17 }),
  field('one', { type: 'choice', style: 'expanded', multiSelect: false, choices }),
  field('several', { type: 'choice', style: 'expanded', multiSelect: true, choices }),
  { kind: 'text', id: 'note', label, value: '', maxLength: 5, errorKey: 'test:note' },
  { kind: 'choice', id: 'answer', label, value: '', errorKey: 'test:answer', choices },
];

describe('kept, in the form each input shows', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['text at its limit', { name: 'x'.repeat(10) }, { name: 'x'.repeat(10) }],
    ['a date as typed, shown by the picker as ISO', { when: '27/3/2012' }, { when: '2012-03-27' }],
    ['an ISO date', { when: '2026-11-30' }, { when: '2026-11-30' }],
    ['a time as typed', { at: '2.30pm' }, { at: '14:30' }],
    ['a whole number in range', { age: ' 14 ' }, { age: '14' }],
    ['a choice', { one: 'mash' }, { one: 'mash' }],
    ['several choices', { several: 'police, mash' }, { several: 'police,mash' }],
    ['blanks: nothing sent yet', { name: '', when: '', at: '', age: '', one: '', several: '' }, { name: '', when: '', at: '', age: '', one: '', several: '' }],
    ["a journey's own note and choice", { note: 'abc', answer: 'police' }, { note: 'abc', answer: 'police' }],
    ['values for inputs the page does not have are dropped', { elsewhere: 'x', name: 'ok' }, { name: 'ok' }],
  ])('%s', (_case, given, values) => {
    expect(checkPageValues(INPUTS, given, TODAY)).toEqual({ ok: true, values });
  });
});

describe('refused, with the message beside the input', () => {
  it.each<[string, Record<string, string>, string, string, Record<string, number> | null]>([
    ['text one over its limit', { name: 'x'.repeat(11) }, 'name', 'forms:errors.tooLong', { max: 10 }],
    ['not a real date', { when: '31/2/2026' }, 'when', 'forms:errors.realDate', null],
    ['not a real time', { at: '25:00' }, 'at', 'forms:errors.realTime', null],
    ['a number out of range', { age: '18' }, 'age', 'forms:errors.range', { min: 0, max: 17 }],
    ['not a whole number', { age: '1.5' }, 'age', 'forms:errors.range', { min: 0, max: 17 }],
    ['a choice not offered', { one: 'newspaper' }, 'one', 'forms:errors.option', null],
    ['one of several not offered', { several: 'police,newspaper' }, 'several', 'forms:errors.option', null],
  ])('%s', (_case, given, id, key, values) => {
    const message = values === null ? { key, refs: { label } } : { key, refs: { label }, values };
    expect(checkPageValues(INPUTS, given, TODAY)).toEqual({ ok: false, errors: { [id]: 'invalid' }, messages: { [id]: message } });
  });

  it("keeps a journey's own inputs' error keys", () => {
    expect(checkPageValues(INPUTS, { note: 'abcdef', answer: 'x' }, TODAY)).toEqual({ ok: false, errors: { note: 'tooLong', answer: 'invalid' }, messages: {} });
  });
});

describe('a page sent back: each value kept that is within its own limits, the others dropped', () => {
  it("keeps a refused question's values when they are within their inputs' limits: a future date and its time", () => {
    expect(valuesWithinLimits(INPUTS, { name: 'ok', when: '1/5/2031', at: '10.15pm', age: '14' }, TODAY)).toEqual({ name: 'ok', when: '2031-05-01', at: '22:15', age: '14' });
  });

  it('drops only the values outside their limits, keeping the rest of the page', () => {
    expect(valuesWithinLimits(INPUTS, { name: 'ok', when: '31/2/2026', at: '2.30pm', age: '18', several: 'police,newspaper', note: 'abcdef', answer: 'mash' }, TODAY)).toEqual({
      name: 'ok',
      at: '14:30',
      answer: 'mash',
    });
  });

  it('keeps nothing for inputs the page does not have', () => {
    expect(valuesWithinLimits(INPUTS, { elsewhere: 'x' }, TODAY)).toEqual({});
  });
});

describe("a form's pages, kept by page wherever they come again in the path", () => {
  const base: ActiveFlow = { flowId: 'form.test', machineVersion: 1, instanceId: 'i-1', revision: 0, snapshot: {}, history: [] };
  const at = (depth: number, active: ActiveFlow): ActiveFlow => ({ ...active, history: Array.from({ length: depth }, () => ({})) });
  const nameInput = [field('name', { type: 'text', multiline: false, maxLength: 10 })];
  const shown = (inputs: InputView[]) => inputs.map((i) => i.value);

  it('a page kept unsent at one depth shows when the same page comes again deeper in the path, and only that page', () => {
    const kept = withUnsentPage(at(2, base), 'editingPage:family:new', { name: 'Kept' });
    expect(shown(withKeptValues(nameInput, at(5, kept), { state: 'editingPage', page: 'editingPage:family:new' }))).toEqual(['Kept']);
    expect(shown(withKeptValues(nameInput, at(5, kept), { state: 'editingPage', page: 'editingPage:other:new' }))).toEqual(['']);
    // A journey's pages are kept by their place in the path: the same state elsewhere is another page.
    expect(shown(withKeptValues(nameInput, at(5, kept), { state: 'editingPage:family:new' }))).toEqual(['']);
    expect(shown(withKeptValues(nameInput, at(2, kept), { state: 'editingPage:family:new' }))).toEqual(['Kept']);
  });

  it("a form's page kept by its state at its place in the path (a draft saved before pages were kept by page) still shows there", () => {
    const saved = withPageValues(at(3, base), 'editingPage', { name: 'Saved' });
    expect(shown(withKeptValues(nameInput, saved, { state: 'editingPage', page: 'editingPage:family:new' }))).toEqual(['Saved']);
  });

  it('keeps one entry a page, the latest, and drops it once the page is sent', () => {
    const first = withUnsentPage(at(2, base), 'editingPage:family:new', { name: 'First' });
    const second = withUnsentPage(at(4, first), 'editingPage:family:new', { name: 'Second' });
    expect(Object.values(second.pageInputs ?? {})).toEqual([{ state: 'editingPage:family:new', values: { name: 'Second' } }]);
    expect(withoutPage(second, 'editingPage:family:new').pageInputs).toBeUndefined();
    expect(withoutPage(second, 'editingPage:other:new')).toBe(second);
  });
});

describe('a page sent back keeps the problems it came back with, shown with it until it is sent', () => {
  const base: ActiveFlow = { flowId: 'form.test', machineVersion: 1, instanceId: 'i-1', revision: 0, snapshot: {}, history: [] };
  const inputs = [field('name', { type: 'text', multiline: false, maxLength: 10 }), field('when', { type: 'date' })];
  const PAGE = { state: 'editingPage', page: 'editingPage:family:new' };
  const enterName = { key: 'forms:errors.required.enter', refs: { what: { key: 'test:questions.name.what' } } };
  const notFuture = { key: 'forms:errors.notFuture', refs: { label } };

  it("gives them by input id in the card's order, only for the page they were kept with", () => {
    const kept = withUnsentPage(base, PAGE.page, { name: '', when: '2099-01-01' }, { when: notFuture, name: enterName });
    expect(Object.keys(keptProblems(inputs, kept, PAGE) ?? {})).toEqual(['name', 'when']);
    expect(keptProblems(inputs, kept, { state: 'editingPage', page: 'editingPage:other:new' })).toBeUndefined();
  });

  it('gives none once the page is kept again unsent, sent, or left by Back', () => {
    const kept = withUnsentPage(base, PAGE.page, { name: '' }, { name: enterName });
    expect(keptProblems(inputs, withUnsentPage(kept, PAGE.page, { name: 'Kept' }), PAGE)).toBeUndefined();
    expect(keptProblems(inputs, withoutPage(kept, PAGE.page), PAGE)).toBeUndefined();
    const left = withoutProblems(kept);
    expect(keptProblems(inputs, left, PAGE)).toBeUndefined();
    expect(withKeptValues(inputs, left, PAGE).map((i) => i.value)).toEqual(['', '']);
    expect(withoutProblems(left)).toBe(left);
  });

  it('keeps only a message that reads back as stored: one nested deeper than a message can be is left to the card sent back', () => {
    const deep = { key: 'a', refs: { b: { key: 'b', refs: { c: { key: 'c', refs: { d: { key: 'd', refs: { e: { key: 'e', refs: { f: { key: 'f' } } } } } } } } } } };
    const kept = withUnsentPage(base, PAGE.page, { name: '', when: '' }, { name: deep, when: notFuture });
    expect(keptProblems(inputs, kept, PAGE)).toEqual({ when: notFuture });
  });
});
