import type { InputView, View } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import { londonClock } from './forms/dates';
import { checkPageValues, withoutPage, withPageValues, withUnsentPage } from './pageInputs';
import type { LiveJourney, TurnDeps } from './turn';
import { journeyView } from './views';

/**
 * What a journey keeps of its pages as the user moves (dialogs/pageInputs.ts keeps them): the open page's
 * unsent values posted with Back, Save for later or Cancel, the good values of a page refused, and the page
 * left by an answer.
 */

/** What the open page posted with a navigation press: kept on the journey, or the page again with the problems beside them. */
export function keepOpenPage(live: LiveJourney, given: Record<string, string> | undefined, deps: TurnDeps): { ok: true; live: LiveJourney } | { ok: false; views: View[] } {
  if (given === undefined || Object.keys(given).length === 0) return { ok: true, live };
  const inputs = live.flow.view(live.journey, deps.facts).inputs ?? [];
  const checked = checkPageValues(inputs, given, londonClock(deps.now).today);
  if (!checked.ok) {
    // A journey's own inputs word their problems from their error keys; a form's come as messages.
    const messages = Object.keys(checked.messages).length > 0 ? { messages: checked.messages } : {};
    return { ok: false, views: journeyView(live, deps, { values: given, errors: checked.errors, ...messages }) };
  }
  const key = live.flow.pageKey?.(live.journey);
  const active = key === undefined ? withPageValues(live.active, live.journey.value, checked.values) : withUnsentPage(live.active, key, checked.values);
  return { ok: true, live: { ...live, active } };
}

/**
 * The journey with its open page's values kept, but for those refused: a page that failed its checks still holds what was
 * right on it. A refusal names a question; its other inputs are `<id>.<part>` (a date and time's `<id>.time`, timeInputId).
 */
export function keepGoodValues(live: LiveJourney, given: Record<string, string>, refused: readonly string[], deps: TurnDeps): LiveJourney {
  const good = Object.fromEntries(Object.entries(given).filter(([id]) => !refused.some((r) => id === r || id.startsWith(`${r}.`))));
  if (Object.keys(good).length === 0) return live;
  const kept = keepOpenPage(live, good, deps);
  return kept.ok ? kept.live : live;
}

/**
 * The journey as the page answered leaves it: a journey's page keeps what was given on it, for Back; a form's page
 * sent is in its answers now, so what was kept of it unsent goes.
 */
export function leftPage({ active, flow, journey }: LiveJourney, sent: Record<string, string>, inputs: readonly InputView[], deps: TurnDeps): ActiveFlow {
  const key = flow.pageKey?.(journey);
  if (key !== undefined) return withoutPage(active, key);
  // London's date (for a typed date) only when something was sent: most answers send nothing.
  const left = Object.keys(sent).length === 0 ? { ok: true as const, values: {} } : checkPageValues(inputs, sent, londonClock(deps.now).today);
  return withPageValues(active, journey.value, left.ok ? left.values : {});
}

