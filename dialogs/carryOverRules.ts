import { Actor, createActor, type AnyStateMachine, type EventObject } from 'xstate';
import { z } from 'zod';
import type { Answer, FlowDialog } from './flow';
import { persistedJourneySchema, type PersistedJourney } from './persistedJourney.schema';
import { replayAnswers, type Replayable } from './replayAnswers';
import type { StatechartStep } from './statechartStep';

/**
 * The rules a flow carries a journey over by when it was stored by another version of its statechart:
 * what the flow is given of the stored journey, the one synchronous step the general walk takes, the
 * walk as a journey's rule, and a journey's own rules for the versions it knows, with the walk for any
 * other. Where a stored journey is carried over, and how the user is told, is carryOver.ts.
 */

/** What each page of a stored journey last held, by its depth in the path (ActiveFlow.pageInputs). */
export type KeptPageValues = Record<string, { state: string; values: Record<string, string> }>;

/** What a stored journey brings besides its snapshot: the version that stored it, every kept page, the open page's values, and the path behind it. */
export interface KeptOnCarryOver {
  /** The version of the flow that stored it (ActiveFlow.machineVersion): a journey's own rule reads one version. */
  fromVersion: number;
  pages?: KeptPageValues;
  openPage?: Record<string, string>;
  /** The snapshots before each answer on the path, oldest first (ActiveFlow.history). */
  history?: readonly unknown[];
}

/** A flow's rule: the stored journey started afresh at the version running now, or undefined when it cannot be. */
export type CarryOverRule = (stored: unknown, kept?: KeptOnCarryOver) => PersistedJourney | undefined;

/** Whether an effect the step started (an invoked actor) is still running. */
export function effectRunning(snapshot: { children: Record<string, unknown> }): boolean {
  return Object.values(snapshot.children).some((child) => child instanceof Actor && child.getSnapshot().status === 'active');
}

/** What defineFlow gives the synchronous step of its statechart. */
export interface StepNowParts {
  machine: AnyStateMachine;
  answerSchema: z.ZodType<EventObject>;
  /** The stored journey as a machine state, or undefined when its state or context is not this version's. */
  resolve(journey: PersistedJourney): ReturnType<AnyStateMachine['resolveState']> | undefined;
  /** The machine's state after the step, checked, as a stored journey. */
  persist(value: unknown, context: unknown): PersistedJourney | undefined;
  /** The flow's statechart moved without an actor (statechartStep.ts); an actor only for a step with effects. */
  pureStep: StatechartStep;
}

/** One step with no effect to wait for (the walk replays answers): undefined when refused, or when an effect starts. */
export function stepNowOf({ machine, answerSchema, resolve, persist, pureStep }: StepNowParts): (journey: PersistedJourney, answer: Answer) => PersistedJourney | undefined {
  return (journey, answer) => {
    const event = answerSchema.safeParse(answer);
    const resolved = event.success ? resolve(journey) : undefined;
    if (!event.success || resolved === undefined || !resolved.can(event.data)) return undefined;
    const pure = pureStep.next(resolved, event.data);
    if (pure !== undefined) return persist(pure.value, pure.context);
    const actor = createActor(machine, { snapshot: resolved }).start();
    actor.send(event.data);
    const after = actor.getSnapshot();
    const busy = effectRunning(after);
    actor.stop();
    return busy ? undefined : persist(after.value, after.context);
  };
}

/** The general rule of every journey built by defineFlow: its recorded answers walked through the statechart running now (replayAnswers.ts). */
export function walkedCarryOver(flow: Replayable): CarryOverRule {
  return (stored, kept) => {
    const recorded = persistedJourneySchema.safeParse(stored);
    if (!recorded.success) return undefined;
    const history = z.array(persistedJourneySchema).safeParse(kept?.history ?? []);
    const given = kept?.history?.length ?? 0;
    return replayAnswers(flow, history.success ? [...history.data, recorded.data] : [recorded.data], given, kept);
  };
}

/**
 * A journey with rules of its own for the older versions whose states it reads (by version). A journey
 * stored by any other version is carried by the flow's own rule (the general walk), so none is lost for
 * want of a rule; it is retired only when that walk fits nothing.
 */
export function withVersionRules(flow: FlowDialog, rules: Readonly<Record<number, CarryOverRule>>): FlowDialog {
  const general = flow.carryOver;
  return {
    ...flow,
    carryOver(stored, kept) {
      const own = kept === undefined ? undefined : rules[kept.fromVersion];
      return own === undefined ? general?.(stored, kept) : own(stored, kept);
    },
  };
}
