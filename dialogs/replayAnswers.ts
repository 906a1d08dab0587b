import { isDeepStrictEqual } from 'node:util';
import type { KeptOnCarryOver } from './carryOverRules';
import type { Answer, DeploymentFacts, StepBody } from './flow';
import type { PersistedJourney } from './persistedJourney.schema';

/**
 * The general rule for carrying a journey over to a new version of its statechart: walk the new
 * statechart from its start, at each step taking the one answer its card offers that records what the
 * old journey recorded, with what that page held when it was left. The walk stops at the first question
 * the old journey never answered (or answered in a way no choice now records), so nothing is guessed;
 * and it takes no more steps than the user did, so an acknowledgement they had not yet given is not
 * given for them.
 */

/** What the walk needs of a flow: stepping is synchronous, and refuses a step that starts an effect. */
export interface Replayable {
  stateNames: readonly string[];
  start(): PersistedJourney;
  restore(stored: unknown): PersistedJourney | undefined;
  view(journey: PersistedJourney, facts: DeploymentFacts): StepBody;
  isFinal(journey: PersistedJourney): boolean;
  stepNow(journey: PersistedJourney, answer: Answer): PersistedJourney | undefined;
}

/** Which choices a card offers does not depend on the deployment's contacts. */
const NO_FACTS: DeploymentFacts = { contacts: {} };

/** The keys a step changed. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !isDeepStrictEqual(before[key], after[key]));
}

/** Whether every key the step changed now holds what was recorded. */
function agrees(before: Record<string, unknown>, after: Record<string, unknown>, recorded: Record<string, unknown>): boolean {
  return changedKeys(before, after).every((key) => isDeepStrictEqual(after[key], recorded[key]));
}

/** What a page showing this state held when it was last left: the deepest kept page that showed it. */
function keptValues(kept: KeptOnCarryOver | undefined, state: string): Record<string, string> {
  const pages = Object.entries(kept?.pages ?? {})
    .filter(([, page]) => page.state === state)
    .sort(([a], [b]) => Number(b) - Number(a));
  return pages[0]?.[1].values ?? {};
}

/** The one result that records what `recorded` holds: an answer first, else an acknowledgement; the path's own next step where several do. */
function chosen(journey: PersistedJourney, results: PersistedJourney[], recorded: PersistedJourney, nextState: string | undefined): PersistedJourney | undefined {
  const agreeing = results.filter((next) => agrees(journey.context, next.context, recorded.context));
  const answering = agreeing.filter((next) => changedKeys(journey.context, next.context).length > 0);
  const taken = answering.length > 0 ? answering : agreeing;
  const distinct = taken.filter((next, i) => taken.findIndex((other) => isDeepStrictEqual(other, next)) === i);
  const fitting = distinct.length > 1 ? distinct.filter((next) => next.value === nextState) : distinct;
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The next step: the answer that records what the old path recorded at this depth (the same statechart,
 * or one changed further on), else what the old journey recorded in the end (one with a question taken
 * out before here); none when neither is one answer.
 */
function agreeingStep(flow: Replayable, journey: PersistedJourney, path: readonly PersistedJourney[], depth: number, kept: KeptOnCarryOver | undefined): PersistedJourney | undefined {
  const card = flow.view(journey, NO_FACTS);
  const values = keptValues(kept, journey.value);
  const withInputs = (card.inputs ?? []).length > 0;
  const results = card.choices
    .map((choice) => flow.stepNow(journey, withInputs && choice.ignoresInputs !== true ? { ...choice.answer, inputs: values } : choice.answer))
    .filter((next): next is PersistedJourney => next !== undefined);
  const next = path[depth + 1];
  const last = path.at(-1);
  return (next === undefined ? undefined : chosen(journey, results, next, next.value)) ?? (last === undefined ? undefined : chosen(journey, results, last, next?.value));
}

/** The start, with what the old journey started with (a journey it was carried in from) where the new one still reads it. */
function startLike(flow: Replayable, first: PersistedJourney | undefined): PersistedJourney {
  const fresh = flow.start();
  if (first === undefined || first.value !== fresh.value) return fresh;
  return flow.restore({ value: fresh.value, context: { ...fresh.context, ...first.context } }) ?? fresh;
}

/**
 * The old journey walked through the new statechart: `path` is the snapshot before each answer it was
 * given, oldest first, then the one it is at (only that one when the path cannot be read); `given` is how
 * many answers that was. Undefined when not one of them could be carried.
 */
export function replayAnswers(flow: Replayable, path: readonly PersistedJourney[], given: number, kept?: KeptOnCarryOver): PersistedJourney | undefined {
  const recorded = path.at(-1);
  if (recorded === undefined) return undefined;
  // Nothing answered: the journey opens at its start, if what it was at is still a step of it.
  if (given === 0 && !flow.stateNames.includes(recorded.value)) return undefined;
  let journey = startLike(flow, path.length > given ? path[0] : undefined);
  let taken = 0;
  while (taken < given && !flow.isFinal(journey)) {
    if (journey.value === recorded.value && isDeepStrictEqual(journey.context, recorded.context)) break;
    const next = agreeingStep(flow, journey, path.length > given ? path : [recorded], taken, kept);
    if (next === undefined) break;
    journey = next;
    taken += 1;
  }
  return given > 0 && taken === 0 ? undefined : journey;
}
