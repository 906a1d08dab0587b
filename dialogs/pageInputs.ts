import type { InputView } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { InputErrors } from './flow';

/**
 * What each page of a journey last held, kept by the page's depth in the path (ActiveFlow.pageInputs):
 * Back shows the page it returns to as it was left, and Save for later, Skip and Cancel keep the open
 * page's unsent values. A page's values are checked against that page's own inputs, by its limits.
 */

type Values = Record<string, string>;
type Pages = NonNullable<ActiveFlow['pageInputs']>;

export type PageCheck = { ok: true; values: Values } | { ok: false; errors: InputErrors };

/** The values posted for a page, kept only for its own inputs and within their limits. */
export function checkPageValues(inputs: readonly InputView[], given: Values): PageCheck {
  const values: Values = {};
  const errors: InputErrors = {};
  for (const input of inputs) {
    const value = given[input.id];
    if (value === undefined) continue;
    if (input.kind === 'text' && value.length > input.maxLength) errors[input.id] = 'tooLong';
    else if (input.kind === 'choice' && !input.choices.some((c) => c.value === value)) errors[input.id] = 'invalid';
    else values[input.id] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** Whether the values differ from what the page shows now: something typed that has not been sent. */
export function differsFromPage(inputs: readonly InputView[], values: Values): boolean {
  return inputs.some((input) => values[input.id] !== undefined && values[input.id] !== input.value);
}

/** The journey with this page's values kept (none: its entry goes). */
export function withPageValues(active: ActiveFlow, state: string, values: Values): ActiveFlow {
  const depth = String(active.history.length);
  const { [depth]: _replaced, ...rest } = active.pageInputs ?? {};
  const pages: Pages = Object.keys(values).length === 0 ? rest : { ...rest, [depth]: { state, values } };
  const { pageInputs: _old, ...flow } = active;
  return Object.keys(pages).length === 0 ? flow : { ...flow, pageInputs: pages };
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

/** The page's inputs showing what it last held, when it is the same page (same state, and its inputs) as was kept. */
export function withKeptValues(inputs: InputView[], active: ActiveFlow, state: string): InputView[] {
  const kept = active.pageInputs?.[String(active.history.length)];
  if (kept === undefined || kept.state !== state) return inputs;
  const ids = new Set(inputs.map((i) => i.id));
  if (!Object.keys(kept.values).every((id) => ids.has(id))) return inputs;
  return inputs.map((input) => ({ ...input, value: kept.values[input.id] ?? input.value }));
}
