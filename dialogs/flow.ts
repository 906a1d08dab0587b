import { createActor, waitFor, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { z } from 'zod';
import { effectRunning, stepNowOf, walkedCarryOver, type CarryOverRule } from './carryOverRules';
import type { DeploymentLists } from './forms/vocabulary';
import { checkedContexts } from './checkedContexts';
import { persistedJourneySchema, type PersistedJourney } from './persistedJourney.schema';
import { statechartStep } from './statechartStep';
import type { CheckSectionView, CitationView, ContactView, InputView, RecordView, StepView, TextRef, Translate } from '../cards/view';

/**
 * A journey: its statechart, the answers its cards may send, and which view each state shows.
 * What is persisted is the state name and the zod-checked context, never XState internals, so
 * a stored journey is validated on every load and a changed machine is noticed by its version.
 */

export interface Answer {
  type: string;
  value?: string;
  /** What the card's inputs held, by input id. */
  inputs?: Record<string, string>;
}

export interface AnswerChoice {
  label: TextRef;
  answer: Answer;
  style?: 'positive' | 'destructive';
  /** Sends none of the card's inputs (a form's Remove): required inputs left empty never block it. */
  ignoresInputs?: boolean;
}

/** A state's view without the navigation and action data, which the conversation adds. */
export interface StepBody {
  tone: StepView['tone'];
  alert?: TextRef;
  title: TextRef;
  lines: TextRef[];
  steps?: TextRef[];
  inputs?: InputView[];
  record?: RecordView;
  choices: AnswerChoice[];
  contacts?: ContactView[];
  contactsMissing?: TextRef;
  citations: CitationView[];
  /** A form page's position ("Page 3 of 7"). */
  progress?: TextRef;
  /** A form's check-your-answers, each row's Change an answer to the flow. */
  check?: Array<CheckSectionView<AnswerChoice>>;
  prompts?: TextRef[];
  /** Journeys this step offers next, started with what this journey recorded (see FlowSpec.carryIn). */
  next?: Array<{ label: TextRef; flowId: string }>;
  /** Cards sent before this step's own, for a result too long for one Teams message; they carry no actions. */
  leads?: Array<{ title: TextRef; lines: TextRef[] }>;
}

/** The journey a new one was started from: its id and recorded context. */
export interface CarriedJourney {
  flowId: string;
  context: Record<string, unknown>;
}

/** Deployment facts a view may show: local contacts come from configuration, never from the 2017 text. */
export interface DeploymentFacts {
  contacts: Partial<Record<'mash' | 'cseLead' | 'maseCoordinator' | 'out_of_hours', { label: string; phone?: string; email?: string; note?: string }>>;
  /** The lists a form's choice may offer from configuration (the boroughs of the settings file); without them, none. */
  lists?: DeploymentLists;
}

/** The stored journey every flow reads and returns (persistedJourney.schema.ts): part of this contract. */
export type { PersistedJourney };

/** A problem with one input, by input id: the zod issue, named as the error keys name it. */
export type InputErrors = Record<string, 'tooLong' | 'invalid'>;

export type StepResult =
  | { ok: true; journey: PersistedJourney }
  | { ok: false; reason: 'notAccepted' | 'invalidAnswer' | 'corrupt' }
  | { ok: false; reason: 'invalidInput'; errors: InputErrors; messages?: Record<string, TextRef> };

/** What a step may need from the turn: the time, and (for a form) the submission, bound to its owner and form instance. */
export interface StepEffects {
  now: Date;
  /** The deployment's facts: a form's answers are checked against its lists (the host borough). */
  facts?: DeploymentFacts;
  submit?: (payload: Record<string, unknown>) => Promise<{ reference: string }>;
}

/** What a form is started with when a journey offers it: its first answers, and what the journey recorded. */
export interface FlowStart {
  /** Kept only where they fit the form's stored schema. */
  answers?: Record<string, unknown>;
  prefill?: Record<string, string | string[]>;
  /** The journey this one was started from, whose recorded facts a journey may carry in (FlowSpec.carryIn). */
  from?: CarriedJourney;
}

/** Who the offer is for and how to word what it fills in: the conversation's role (when known) and the turn's `t`. */
export interface OfferContext {
  role?: string;
  t?: Translate;
}

/**
 * A form a journey's summary offers on one button, pre-filled with what the journey recorded. A
 * journey may offer several; each is shown (and accepted) only where `fits` holds for what it recorded.
 */
export interface FormOffer {
  formId: string;
  label: TextRef;
  /** Whether the offer fits this journey's answers (and the user's role); absent: always. */
  fits?(journey: PersistedJourney, context: OfferContext): boolean;
  prefill(journey: PersistedJourney, context?: OfferContext): FlowStart;
}

export interface FlowDialog {
  id: string;
  version: number;
  titleKey: string;
  stateNames: string[];
  /** For path tests and the generated diagrams. */
  machine: AnyStateMachine;
  input: Record<string, unknown> | undefined;
  answerSchema: z.ZodType;
  start(init?: FlowStart): PersistedJourney;
  step(journey: PersistedJourney, answer: Answer, effects?: StepEffects): Promise<StepResult>;
  view(journey: PersistedJourney, facts: DeploymentFacts): StepBody;
  isFinal(journey: PersistedJourney): boolean;
  /**
   * Reads a stored journey once: a known state and a valid context, or undefined when this version
   * cannot continue it. The journey it returns (like those start and step return) carries its checked
   * context, so stepping and drawing it parse nothing again.
   */
  restore(stored: unknown): PersistedJourney | undefined;
  /** Whether a stored journey is one this version can continue. */
  canRestore(journey: unknown): boolean;
  /**
   * A flow that goes back by itself (a form: the previous page asked, its answers kept); undefined when
   * there is nothing before. Made from the journey given, whose context was checked, it carries its
   * checked context like those start and step return, so the turn does not read it again.
   */
  back?(journey: PersistedJourney): PersistedJourney | undefined;
  /**
   * Which page a journey shows, when one state shows many (a form: its page, and the group item it is on): a page's
   * unsent values are kept by it, wherever in the path the page comes again, until the page is sent. Undefined: a
   * journey's pages are its states, kept by their place in the path.
   */
  pageKey?(journey: PersistedJourney): string;
  /** Forms offered on the summary (a final state, or a state named in `summaryStates`), each where it fits. */
  formOffers?: readonly FormOffer[];
  /** States besides the final ones that are the journey's summary (its result, before an optional last step). */
  summaryStates?: readonly string[];
  /**
   * An answer that takes away something the user gave (a form's Remove): the item it removes, named by
   * its heading only ("Victim 2"), so the turn asks once before it is taken. Undefined when the answer
   * removes nothing, or what it names is not there (the step then refuses it).
   */
  removalOf?(journey: PersistedJourney, answer: Answer): TextRef | undefined;
  /** What tells a saved draft of it apart, without personal data (a form: its `describedBy` answer). */
  describe?(journey: PersistedJourney): TextRef | undefined;
  /**
   * A journey stored by an older version, started afresh with what still fits (a form: the answers still
   * valid, with the open page's unsent values, by input id, taken as answers where they fit; a journey
   * from `defineFlow`: its recorded answers walked through the new statechart, replayAnswers.ts; a
   * journey may have its own rule for an older version whose states it reads, carryOverRules.ts).
   * Undefined: it cannot be.
   */
  carryOver?: CarryOverRule;
}

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

/** The forms this journey offers now: none before its summary, then each offer that fits what it recorded. */
export function offersFitting(flow: FlowDialog, journey: PersistedJourney, context: OfferContext): FormOffer[] {
  const atSummary = flow.isFinal(journey) || (flow.summaryStates?.includes(journey.value) ?? false);
  if (!atSummary) return [];
  return (flow.formOffers ?? []).filter((offer) => offer.fits?.(journey, context) ?? true);
}
