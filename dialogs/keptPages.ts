import type { InputView, TextRef, View } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import { londonClock } from './forms/dates';
import { checkPageValues, differsFromPage, keptProblems, type PageOf, type Problems, valuesWithinLimits, withKeptValues, withoutPage, withPageValues, withUnsentPage } from './pageInputs';
import type { LiveJourney, TurnDeps } from './turn';
import { journeyView } from './views';

/**
 * What a journey keeps of its pages as the user moves (dialogs/pageInputs.ts keeps them): the open page's
 * unsent values posted with Back, Save for later or Cancel, what a page sent back with problems held, and the page
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
  // Sent with what the card showed when it came back with problems (Save for later straight away): still the page
  // sent back, with its problems. Anything changed on it is checked again when it is sent, not told from before.
  const page = pageOf(live);
  if (keptProblems(inputs, live.active, page) !== undefined && !differsFromPage(withKeptValues(inputs, live.active, page), checked.values)) return { ok: true, live };
  return { ok: true, live: { ...live, active: keptOn(live, checked.values) } };
}

const pageOf = ({ flow, journey }: LiveJourney): PageOf => {
  const page = flow.pageKey?.(journey);
  return page === undefined ? { state: journey.value } : { state: journey.value, page };
};

/**
 * The journey with what a page sent back with problems held: every value within its input's own limits, a refused
 * answer's too (a date of birth in the future, a date and its `<id>.time`), so the page shows what was typed wherever it
 * comes again (Carry on where I was, Back then forward, a draft resumed) and checks it again when sent. A value outside
 * its limits (not a real date) is not kept: the page shows what it held before. A form's messages are kept with it, as
 * they were worded (not worked out again, which would word a date dropped for not being real as one not given), and
 * shown beside their inputs whenever the page is shown as it was sent back: after Carry on where I was, or a draft
 * saved so and resumed; not after Back (keptPages' back drops them), nor once the page is sent.
 */
export function keepSentBackPage(live: LiveJourney, given: Record<string, string>, deps: TurnDeps, messages?: Problems): LiveJourney {
  const inputs = live.flow.view(live.journey, deps.facts).inputs ?? [];
  const values = valuesWithinLimits(inputs, given, londonClock(deps.now).today);
  if (Object.keys(values).length === 0) return live;
  return { ...live, active: keptOn(live, values, messages) };
}

/**
 * The words of the open page as it was sent back with problems and not sent since: read for danger when they were sent,
 * so the same words sent again bring no second 999 card (issue 8: danger typed on a page refused for a bad postcode
 * brought the card again when the page was sent unchanged). Not what a page kept unsent (Back, Save for later with
 * something changed): those words were never read.
 */
export function sentBackTexts(live: LiveJourney, deps: TurnDeps): string[] {
  const inputs = live.flow.view(live.journey, deps.facts).inputs ?? [];
  const page = pageOf(live);
  if (keptProblems(inputs, live.active, page) === undefined) return [];
  return withKeptValues(inputs, live.active, page).flatMap((input) => (input.value.trim() === '' ? [] : [input.value.trim()]));
}

/** The journey with a page's values kept: a form's by its page, a journey's by its place in the path. */
function keptOn({ active, flow, journey }: LiveJourney, values: Record<string, string>, problems?: Problems): ActiveFlow {
  const key = flow.pageKey?.(journey);
  return key === undefined ? withPageValues(active, journey.value, values, problems) : withUnsentPage(active, key, values, problems);
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

/**
 * What a reply to a chat message typed over an open page says beside its way back: a typed message carries none of the
 * card's inputs (Web Chat and Teams send only the text), so what was typed or ticked on the page and not sent is not
 * kept, but the page above is still current (a message changes no revision), and its own button or Save for later keeps
 * it. For a form's page or a journey's card with inputs (a warning-signs area's ticks and note); a card without inputs,
 * or without a button that sends them, gets none.
 */
export function unsentPageNote(live: LiveJourney | undefined, deps: TurnDeps): TextRef | undefined {
  if (live === undefined || live.flow.isFinal(live.journey)) return undefined;
  const page = live.flow.view(live.journey, deps.facts);
  if ((page.inputs ?? []).length === 0) return undefined;
  // The page's own button that sends it: Continue, Save and go back to check your answers, or Next: warning signs 2 of 10.
  const send = page.choices.find((c) => c.style === 'positive')?.label;
  return send === undefined ? undefined : { key: 'forms:page.unsentNotKept', refs: { send, save: { key: 'common:nav.saveForLater' } } };
}
