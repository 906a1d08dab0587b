import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { CarryOverRule } from './carryOverRules';
import type { DeploymentLists } from './forms/vocabulary';
import type { PersistedJourney } from './persistedJourney.schema';
import type { CheckSectionView, CitationView, ContactView, InputView, RecordView, StepView, TextRef, Translate, UrgentAudience } from '../cards/view';

/**
 * What the engine is given of a journey or form (FlowDialog) and the shapes a step takes: a journey's
 * is made by `defineFlow` (dialogs/defineFlow.ts) from its statechart, the answers its cards may send
 * and a view per state; a form's by `defineForm` (dialogs/forms/defineForm.ts).
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
  /** The time limits that apply to the steps (a heading, then one line each); see StepView.deadlines. */
  deadlines?: TextRef[];
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
  /**
   * Cards sent before this step's own, for a result too long for one Teams message: no navigation and no sources, and
   * no actions but a form's Change on its part of check-your-answers.
   */
  leads?: Array<{ title: TextRef; lines: TextRef[]; check?: Array<CheckSectionView<AnswerChoice>> }>;
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

/** What a flow keeps once danger is told while it runs: its journey when that changes, and the kept page values to forget. */
export interface DangerToldChange {
  journey?: PersistedJourney;
  forgets(inputId: string, value: string): boolean;
}

/** What a form is started with when a journey offers it: its first answers, and what the journey recorded. */
export interface FlowStart {
  /** Kept only where they fit the form's stored schema. */
  answers?: Record<string, unknown>;
  prefill?: Record<string, string | string[]>;
  /** The journey this one was started from, whose recorded facts a journey may carry in (FlowSpec.carryIn). */
  from?: CarriedJourney;
  /** Danger was told during the journey that offered the form: its answers fill in no "no" to danger (dialogs/forms/dangerTold.ts). */
  dangerTold?: true;
}

/** Who the offer is for and how to word what it fills in: the conversation's role (when known) and the turn's `t`. */
export interface OfferContext {
  role?: string;
  t?: Translate;
  /** What the user typed before the journey, when it went into none of its note boxes (dialogs/openingNote.ts): for an offer that takes it. */
  openingNote?: string;
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
  /** Its prefill puts the journey's opening note (OfferContext.openingNote) into the form's own words: the form is not given it again. */
  takesOpeningNote?: true;
}

/** One answer that may describe a saved draft: its question's id and label, and its value when answered. */
export interface DraftFact {
  id: string;
  label: TextRef;
  value?: TextRef;
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
  /** `reader`: who reads it, as the 999 card names them, for a line that says how to get help now (an officer's radio). */
  view(journey: PersistedJourney, facts: DeploymentFacts, reader?: UrgentAudience): StepBody;
  isFinal(journey: PersistedJourney): boolean;
  /**
   * Danger told while this flow runs (dialogs/dangerTold.ts): what it is to keep now (a form: its "no" to danger given
   * before then dropped, from its answers and from what its pages kept unsent, dialogs/forms/dangerTold.ts); undefined
   * when nothing of it changes.
   */
  dangerTold?(journey: PersistedJourney): DangerToldChange | undefined;
  /**
   * Whether this flow's boxes are a record of the past, whose words bring the 999 card only when they tell of now
   * (dialogs/danger/presentTense.ts): a form whose danger-now question the user answered No (stored, or sent with this
   * page's inputs, by input id), a form that is a record after the event by its nature, or one that has already shown
   * the card (dialogs/forms/dangerTold.ts, `readsAsRecordOfPast`). Undefined: a journey.
   */
  readsAsRecordOfPast?(journey: PersistedJourney, inputs: Record<string, string>): boolean;
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
  /**
   * The answers that describe a saved draft of it, without personal data, in the order its definition declares them (a
   * form's `describedBy`), each with its label and, when answered, its value (dialogs/draftDescription.ts chooses which show).
   * `now` gives a child's age in years from a date of birth.
   */
  describe?(journey: PersistedJourney, now: Date): readonly DraftFact[];
  /**
   * A journey stored by an older version, started afresh with what still fits (a form: the answers still
   * valid, with the open page's unsent values, by input id, taken as answers where they fit; a journey
   * from `defineFlow`: its recorded answers walked through the new statechart, replayAnswers.ts; a
   * journey may have its own rule for an older version whose states it reads, carryOverRules.ts).
   * Undefined: it cannot be.
   */
  carryOver?: CarryOverRule;
}

/** The forms this journey offers now: none before its summary, then each offer that fits what it recorded. */
export function offersFitting(flow: FlowDialog, journey: PersistedJourney, context: OfferContext): FormOffer[] {
  const atSummary = flow.isFinal(journey) || (flow.summaryStates?.includes(journey.value) ?? false);
  if (!atSummary) return [];
  return (flow.formOffers ?? []).filter((offer) => offer.fits?.(journey, context) ?? true);
}
