import type { FieldControl, InputView, TextRef } from '../cards/view';
import { type ActiveFlow, storableProblems } from './conversationState.schema';
import type { InputErrors } from './flow';
import { parseDate, parseTime } from './forms/dates';

/**
 * What each page of a journey last held, kept by the page's depth in the path (ActiveFlow.pageInputs):
 * Back shows the page it returns to as it was left, and Save for later, Skip and Cancel keep the open
 * page's unsent values. A page's values are checked against that page's own inputs, by its limits.
 * A form's pages are one state and its Back walks forward in the path, so a form's unsent values are
 * kept by page (FlowDialog.pageKey): one entry a page, found wherever the page comes again, and dropped
 * when the page is sent (its answers are the form's then).
 */

type Values = Record<string, string>;
type Pages = NonNullable<ActiveFlow['pageInputs']>;

export type PageCheck = { ok: true; values: Values } | { ok: false; errors: InputErrors; messages: Record<string, TextRef> };

type FieldCheck = { ok: true; value: string } | { ok: false; message: TextRef };

const problem = (key: string, label: TextRef, values?: Record<string, number>): FieldCheck => ({
  ok: false,
  message: values === undefined ? { key: `forms:errors.${key}`, refs: { label } } : { key: `forms:errors.${key}`, refs: { label }, values },
});

/**
 * An unsent form answer, by its input's own limits: text within its length, choices among the
 * options, a whole number in range; a date or time as people type it is kept in the form its picker
 * shows (ISO), so it is seen again when the page comes back. Blank is always kept: it is not sent yet.
 */
function checkField(control: FieldControl, label: TextRef, value: string, today: string): FieldCheck {
  if (value.trim() === '') return { ok: true, value };
  switch (control.type) {
    case 'text':
      return value.length > control.maxLength ? problem('tooLong', label, { max: control.maxLength }) : { ok: true, value };
    case 'choice': {
      const given = control.multiSelect ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : [value];
      return given.every((v) => control.choices.some((c) => c.value === v)) ? { ok: true, value: given.join(',') } : problem('option', label);
    }
    case 'number': {
      const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
      return n >= control.min && n <= control.max ? { ok: true, value: String(n) } : problem('range', label, { min: control.min, max: control.max });
    }
    case 'date': {
      const date = parseDate(value, today);
      return date.ok ? { ok: true, value: date.iso } : problem('realDate', label);
    }
    case 'time': {
      const time = parseTime(value);
      return time.ok ? { ok: true, value: time.iso } : problem('realTime', label);
    }
  }
}

/** Each posted value for the page's own inputs, checked by its input's limits: those within them, and the problems of the others. */
function checkEach(inputs: readonly InputView[], given: Values, today: string): { values: Values; errors: InputErrors; messages: Record<string, TextRef> } {
  const values: Values = {};
  const errors: InputErrors = {};
  const messages: Record<string, TextRef> = {};
  for (const input of inputs) {
    const value = given[input.id];
    if (value === undefined) continue;
    if (input.kind === 'field') {
      const checked = checkField(input.control, input.label, value, today);
      if (checked.ok) values[input.id] = checked.value;
      else {
        errors[input.id] = 'invalid';
        messages[input.id] = checked.message;
      }
    } else if (input.kind === 'text' && value.length > input.maxLength) errors[input.id] = 'tooLong';
    else if (input.kind === 'choice' && !input.choices.some((c) => c.value === value)) errors[input.id] = 'invalid';
    else values[input.id] = value;
  }
  return { values, errors, messages };
}

/** The values posted for a page, kept only for its own inputs and within their limits; `today` (London's) reads a typed date. */
export function checkPageValues(inputs: readonly InputView[], given: Values, today: string): PageCheck {
  const { values, errors, messages } = checkEach(inputs, given, today);
  return Object.keys(errors).length > 0 ? { ok: false, errors, messages } : { ok: true, values };
}

/**
 * The values of a page sent back with problems that can be kept: each within its input's own limits (a future date
 * is a real date, kept to be checked again when the page is sent), the others (not a real date) dropped.
 */
export function valuesWithinLimits(inputs: readonly InputView[], given: Values, today: string): Values {
  return checkEach(inputs, given, today).values;
}

/** Whether the values differ from what the page shows now: something typed that has not been sent. */
export function differsFromPage(inputs: readonly InputView[], values: Values): boolean {
  return inputs.some((input) => values[input.id] !== undefined && values[input.id] !== input.value);
}

/** A page's problems as it was sent back with them, by input id (a form's messages), in the page's order. */
export type Problems = Record<string, TextRef>;

/** The journey with this page's values kept (none: its entry goes), and the problems it was sent back with, if it was. */
export function withPageValues(active: ActiveFlow, state: string, values: Values, problems?: Problems): ActiveFlow {
  const depth = String(active.history.length);
  const { [depth]: _replaced, ...rest } = active.pageInputs ?? {};
  const storable = problems === undefined ? {} : storableProblems(problems);
  const kept = Object.keys(storable).length === 0 ? { state, values } : { state, values, problems: storable };
  const pages: Pages = Object.keys(values).length === 0 ? rest : { ...rest, [depth]: kept };
  const { pageInputs: _old, ...flow } = active;
  return Object.keys(pages).length === 0 ? flow : { ...flow, pageInputs: pages };
}

/** A form page's unsent values (and the problems it was sent back with), kept once: an entry for the same page elsewhere in the path goes. */
export function withUnsentPage(active: ActiveFlow, key: string, values: Values, problems?: Problems): ActiveFlow {
  return withPageValues(withoutPage(active, key), key, values, problems);
}

/**
 * The journey with every kept page's values and none of its problems: once the user moves to another page (Back), an
 * answer the problems named may change there (the date a return cannot come before), so the page is checked again
 * when it is sent, as it always is, and its problems are not shown from before.
 */
export function withoutProblems(active: ActiveFlow): ActiveFlow {
  const pages = Object.entries(active.pageInputs ?? {});
  if (!pages.some(([, page]) => page.problems !== undefined)) return active;
  return { ...active, pageInputs: Object.fromEntries(pages.map(([depth, { state, values }]) => [depth, { state, values }])) };
}

/** The journey with nothing kept for a page any more (a form's page, sent). */
export function withoutPage(active: ActiveFlow, key: string): ActiveFlow {
  const pages = Object.entries(active.pageInputs ?? {});
  if (!pages.some(([, page]) => page.state === key)) return active;
  const { pageInputs: _old, ...flow } = active;
  const kept = pages.filter(([, page]) => page.state !== key);
  return kept.length === 0 ? flow : { ...flow, pageInputs: Object.fromEntries(kept) };
}

/** The journey with the kept values `forgets` names dropped from every page (danger told: a form's "no" to danger); the same journey when none is. */
export function withoutForgotten(active: ActiveFlow, forgets: (inputId: string, value: string) => boolean): ActiveFlow {
  const pages = Object.entries(active.pageInputs ?? {});
  if (!pages.some(([, page]) => Object.entries(page.values).some(([id, value]) => forgets(id, value)))) return active;
  const kept = pages.map(([depth, page]): [string, Pages[string]] => [depth, { ...page, values: Object.fromEntries(Object.entries(page.values).filter(([id, value]) => !forgets(id, value))) }]);
  return { ...active, pageInputs: Object.fromEntries(kept) };
}

/** When the oldest step of a long path is dropped, every kept page moves one step nearer the start. */
export function shiftPages(pages: Pages | undefined, dropped: number): Pages | undefined {
  if (pages === undefined || dropped <= 0) return pages;
  const shifted: Pages = {};
  for (const [depth, page] of Object.entries(pages)) {
    const at = Number(depth) - dropped;
    if (at >= 0) shifted[String(at)] = page;
  }
  return shifted;
}

/** Which page a card shows: its state, and (a form) the page within it, by which its unsent values are kept wherever it comes again. */
export interface PageOf {
  state: string;
  page?: string;
}

/**
 * What was kept of the page a card shows, when it is the same page (same state, and its inputs): at its place in the
 * path (a form's too, when kept there by its state before forms kept by page: a draft saved then), or a form's page
 * wherever it was kept.
 */
function keptPageFor(inputs: readonly InputView[], active: ActiveFlow, { state, page }: PageOf): Pages[string] | undefined {
  const here = active.pageInputs?.[String(active.history.length)];
  const atPlace = here !== undefined && (here.state === state || here.state === page) ? here : undefined;
  const kept = atPlace ?? (page === undefined ? undefined : Object.values(active.pageInputs ?? {}).find((p) => p.state === page));
  if (kept === undefined) return undefined;
  const ids = new Set(inputs.map((i) => i.id));
  return Object.keys(kept.values).every((id) => ids.has(id)) ? kept : undefined;
}

/** The page's inputs showing what it last held, when it is the same page as was kept. */
export function withKeptValues(inputs: InputView[], active: ActiveFlow, pageOf: PageOf): InputView[] {
  const kept = keptPageFor(inputs, active, pageOf);
  return kept === undefined ? inputs : inputs.map((input) => ({ ...input, value: kept.values[input.id] ?? input.value }));
}

/**
 * The problems the page was sent back with, when it shows what it was sent back with (it has not been sent since), by
 * input id in the card's order: each beside its input, as on the card sent back. None when nothing was kept of it.
 */
export function keptProblems(inputs: readonly InputView[], active: ActiveFlow, pageOf: PageOf): Problems | undefined {
  const problems = keptPageFor(inputs, active, pageOf)?.problems;
  if (problems === undefined) return undefined;
  const onCard = inputs.flatMap((input): Array<[string, TextRef]> => {
    const problem = problems[input.id];
    return problem === undefined ? [] : [[input.id, problem]];
  });
  return onCard.length === 0 ? undefined : Object.fromEntries(onCard);
}
