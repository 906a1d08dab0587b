import { createActor, waitFor, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import type { z } from 'zod';
import { effectRunning, stepNowOf, walkedCarryOver } from './carryOverRules';
import { checkedContexts } from './checkedContexts';
import type { CarriedJourney, DeploymentFacts, FlowDialog, FormOffer, InputErrors, StepBody } from './flow';
import { persistedJourneySchema, type PersistedJourney } from './persistedJourney.schema';
import { statechartStep } from './statechartStep';

/**
 * `defineFlow`: a journey's FlowDialog (dialogs/flow.ts) from its statechart, the answers its cards may
 * send and a view per state. What is persisted is the state name and the zod-checked context, never
 * XState internals, so a stored journey is validated on every load and a changed machine is noticed by
 * its version.
 */

interface FlowSpec<TContext extends Record<string, unknown>, TEvent extends EventObject> {
  id: string;
  version: number;
  titleKey: string;
  machine: AnyStateMachine;
  /** What the machine is started with (e.g. which questions this role is asked). */
  input?: Record<string, unknown>;
  contextSchema: z.ZodType<TContext>;
  answerSchema: z.ZodType<TEvent>;
  views: Record<string, (context: TContext, facts: DeploymentFacts) => StepBody>;
  formOffers?: readonly FormOffer[];
  summaryStates?: readonly string[];
  /** What this journey takes from the one it was started from, as extra machine input. */
  carryIn?: (from: CarriedJourney) => Record<string, unknown>;
}

/** Invoked actors (effects that can fail) must settle before the turn is saved. */
const SETTLE_TIMEOUT_MS = 10_000;

/** The first state of a machine whose start does more than assign: an actor starts it, and is stopped. */
function startedByActor(machine: AnyStateMachine, input: Record<string, unknown> | undefined): AnyMachineSnapshot {
  const actor = createActor(machine, { input }).start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** Issues under `inputs.<id>`, by input id; issues elsewhere mean the card itself was wrong. */
function inputErrors(issues: z.core.$ZodIssue[]): InputErrors {
  const errors: InputErrors = {};
  for (const issue of issues) {
    const [where, id] = issue.path;
    if (where === 'inputs' && typeof id === 'string') errors[id] = issue.code === 'too_big' ? 'tooLong' : 'invalid';
  }
  return errors;
}

export function defineFlow<TContext extends Record<string, unknown>, TEvent extends EventObject>(spec: FlowSpec<TContext, TEvent>): FlowDialog {
  const stateNames = Object.keys(spec.machine.root.states);
  const finals = new Set(stateNames.filter((n) => spec.machine.root.states[n]?.type === 'final'));

  // The checked context of each journey this flow has read or made, so a turn parses it once.
  const { remember, contextOf } = checkedContexts(stateNames, spec.contextSchema);

  const resolve = (journey: PersistedJourney) => {
    const context = contextOf(journey);
    return context === undefined ? undefined : spec.machine.resolveState({ value: journey.value, context });
  };

  const persist = (value: unknown, context: unknown): PersistedJourney | undefined => {
    const parsed = spec.contextSchema.safeParse(context);
    return typeof value === 'string' && stateNames.includes(value) && parsed.success ? remember(value, parsed.data) : undefined;
  };

  /**
   * The machine's state after a step, as a stored journey. Its context is not parsed again: the machine
   * made it from a context read once this turn and an answer its schema checked, and every journey along
   * every path is proven to read back as it was stored (test/machines/flows.paths.test.ts).
   */
  const stepped = (snapshot: AnyMachineSnapshot): PersistedJourney | undefined => {
    const { value, context } = snapshot;
    return typeof value === 'string' && stateNames.includes(value) && typeof context === 'object' && context !== null ? remember(value, context) : undefined;
  };

  // Made once per flow: a step moves the statechart without an actor of its own (statechartStep.ts).
  const pureStep = statechartStep(spec.machine);

  /** A step that does more than assign (an invoked actor) is run by an actor, and its effects waited for. */
  const stepByActor = async (resolved: AnyMachineSnapshot, event: EventObject): Promise<AnyMachineSnapshot> => {
    const actor = createActor(spec.machine, { snapshot: resolved }).start();
    actor.send(event);
    const settled = await waitFor(actor, (s) => !effectRunning(s), { timeout: SETTLE_TIMEOUT_MS });
    actor.stop();
    return settled;
  };

  const restoreStored = (stored: unknown): PersistedJourney | undefined => {
    const envelope = persistedJourneySchema.safeParse(stored);
    if (!envelope.success || !stateNames.includes(envelope.data.value)) return undefined;
    const context = spec.contextSchema.safeParse(envelope.data.context);
    return context.success ? remember(envelope.data.value, context.data) : undefined;
  };

  const flow: FlowDialog = {
    id: spec.id,
    version: spec.version,
    titleKey: spec.titleKey,
    stateNames,
    machine: spec.machine,
    input: spec.input,
    answerSchema: spec.answerSchema,
    start(init) {
      const from = init?.from;
      const carried = from === undefined || spec.carryIn === undefined ? undefined : spec.carryIn(from);
      const input = carried === undefined ? spec.input : { ...spec.input, ...carried };
      const snapshot = pureStep.initial(input) ?? startedByActor(spec.machine, input);
      // What a journey starts with may come from outside it (what another journey recorded): checked.
      const journey = persist(snapshot.value, snapshot.context);
      if (journey === undefined) throw new Error(`flow ${spec.id}: initial state is not a flat state with a valid context`);
      return journey;
    },
    async step(journey, answer) {
      const event = spec.answerSchema.safeParse(answer);
      if (!event.success) {
        const errors = inputErrors(event.error.issues);
        return Object.keys(errors).length > 0 ? { ok: false, reason: 'invalidInput', errors } : { ok: false, reason: 'invalidAnswer' };
      }
      const resolved = resolve(journey);
      if (resolved === undefined) return { ok: false, reason: 'corrupt' };
      if (!resolved.can(event.data)) return { ok: false, reason: 'notAccepted' };
      const settled = pureStep.next(resolved, event.data) ?? (await stepByActor(resolved, event.data));
      const next = stepped(settled);
      return next === undefined ? { ok: false, reason: 'corrupt' } : { ok: true, journey: next };
    },
    view(journey, facts) {
      const render = spec.views[journey.value];
      const context = contextOf(journey);
      if (render === undefined || context === undefined) throw new Error(`flow ${spec.id}: no view for its state`);
      return render(context, facts);
    },
    isFinal(journey) {
      return finals.has(journey.value);
    },
    restore: restoreStored,
    canRestore(journey) {
      return restoreStored(journey) !== undefined;
    },
  };
  flow.carryOver = walkedCarryOver({ ...flow, stepNow: stepNowOf({ machine: spec.machine, answerSchema: spec.answerSchema, resolve, persist, pureStep }) });
  if (spec.formOffers !== undefined) flow.formOffers = spec.formOffers;
  if (spec.summaryStates !== undefined) flow.summaryStates = spec.summaryStates;
  return flow;
}
