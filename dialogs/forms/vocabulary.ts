import type { TextRef } from '../../cards/view';
import type { ChangeId } from '../../knowledge/changes';
import type { DraftDescribers } from './draftDescriber.schema';
import type { ExportLayout } from './exportLayout';

/**
 * The form vocabulary: what a form definition is made of. A form is one definition file
 * (`dialogs/forms/<name>.form.ts`) listing its pages and questions; the card inputs, the posted
 * and stored zod schemas, the error messages, the check-your-answers rows and the exports are all
 * derived from it, so a question is written once.
 *
 * Strings never live here. A form's i18n namespace holds, by convention:
 *   `<ns>:title`                          the form's name ("Concern record")
 *   `<ns>:pages.<pageId>.title`           a page's heading
 *   `<ns>:pages.<pageId>.intro`           optional, when the page sets `intro: true`
 *   `<ns>:pages.<pageId>.introFromJourney` optional, when the page sets `introFromJourney: true`
 *   `<ns>:questions.<questionId>.label`   the question as shown beside its input and in check-your-answers
 *   `<ns>:questions.<questionId>.hint`    optional, when the question sets `hint: true`
 *   `<ns>:questions.<questionId>.what`    a noun phrase for messages: "Enter {{what}}" → "Enter the child's date of birth"
 *   `<ns>:groups.<groupId>.item`          a repeated group's item heading, with {{n}} ("Victim {{n}}")
 *   `<ns>:groups.<groupId>.add`           "Add another victim"
 * Option lists (`OptionList`, in `dialogs/forms/options/`) are shared: `forms:options.<listId>.<value>`.
 * Messages are the shared `forms:errors.*` in GOV.UK style ("Enter …", "… must be in the past").
 */


/** How an answer is typed, parsed and shown. */
export type QuestionKind =
  | 'shortText'
  | 'longText'
  | 'date'
  | 'time'
  | 'dateTime'
  /** An age or a count: whole numbers within `min`/`max`. */
  | 'number'
  | 'yesNo'
  | 'oneOf'
  | 'severalOf'
  | 'postcode'
  | 'phone'
  | 'email';

/** Whether a question is asked, from answers given earlier in the same form (or the same group item). */
export type Condition =
  | { question: string; equals: string }
  | { question: string; oneOf: readonly string[] }
  /** For `severalOf`: asked when any of these values was ticked. */
  | { question: string; includes: string }
  | { question: string; answered: true }
  /** For `dateTime`: asked when this answer is more than `hours` after the `after` question's (an interview later than 72 hours). */
  | { question: string; moreThan: { hours: number; after: string } }
  /**
   * For text: holds when the answer mentions one of these (patterns in the form's locale, matched as whole words, any case,
   * not after "no", "not", "never", "nobody" or "denies": the return home interview's harm that names a sexual assault).
   */
  | { question: string; mentions: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  /** Holds where the condition does not: a flag not ticked (the police closing report's FQ after a positive disruption). */
  | { not: Condition };

interface QuestionBase {
  /** Stable, camelCase, unique within the form (group questions: unique within the group). Stored answers are keyed by it. */
  id: string;
  required: boolean;
  /** Where the field comes from: the protocol's section, appendix line or statute (docs/forms.md lists them). */
  source: string;
  /** What changed since 2017 in what the question names (a 587/00 report, a CRIS reference): shown with its source's citation on the page. */
  since2017?: readonly ChangeId[];
  condition?: Condition;
  /**
   * A required question required only where this holds too, on answers given before it or on its card: the harm
   * after "Yes" to harm, but not after "Not sure", where what is known or suspected may be nothing yet.
   */
  requiredWhen?: Condition;
  hint?: boolean;
  /**
   * The question's words given with it instead of `<ns>:questions.<id>.label` and `.what`: a journey card's
   * question named by reviewed knowledge (an entry's title), interpolated into a general key.
   */
  label?: TextRef;
  what?: TextRef;
  /**
   * Personal data about a child or another person (names, dates of birth, addresses, what was said).
   * Such answers are never used in a button title, a draft's description or a log.
   */
  personal?: boolean;
}

export interface TextQuestion extends QuestionBase {
  kind: 'shortText' | 'longText';
  /** Characters; short text defaults to 200, long text to 4,000 (the most a card may post per input). */
  maxLength?: number;
  /** A person's name: a record-quality prompt questions initials alone. */
  isName?: boolean;
  /**
   * A reference another service gave (a police incident or crime number): refused unless it has a digit and only
   * letters, digits, spaces and / - . : #, so "don't know yet" is left empty rather than stored as a reference.
   */
  reference?: boolean;
}

export interface DateQuestion extends QuestionBase {
  kind: 'date' | 'dateTime';
  /** A date of birth, an event that has happened: refused if after today. */
  notFuture?: boolean;
  /** A date of birth of a child: the person is 0 to 17 on the day the form is filled. */
  childDateOfBirth?: boolean;
  /** The id of a date question asked before it (same page or earlier) it cannot come before: found after going missing. */
  notBefore?: string;
}

export interface TimeQuestion extends QuestionBase {
  kind: 'time';
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  min: number;
  max: number;
  /** An age: the id of the date-of-birth question (same page or earlier) it must agree with when both are answered. */
  ageOf?: string;
}

/** A list of options, defined once and shared between forms; labels are `forms:options.<id>.<value>`. */
export interface OptionList {
  id: string;
  values: readonly string[];
  /** Where the list comes from; Appendix F's "Choose an item" lists are the project's, documented in docs/forms.md. */
  source: string;
  /**
   * (Several-of lists) Values that each mean none of the others ("Nothing yet"; "Not paid for yet" and "I don't know"):
   * each is refused beside any other answer, another of these included.
   */
  alone?: readonly string[];
}

/** Lists a deployment gives in its configuration, for questions that choose from them: the boroughs its settings file names. */
export interface DeploymentLists {
  /** The boroughs whose MASE (or CSE lead) the settings file names, by name as written there, in the file's order. */
  boroughs: readonly string[];
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'oneOf' | 'severalOf';
  options: OptionList;
  /** Immediate danger: when the answer is one of these values, every later card of the form carries the 999 alert at its top. */
  dangerWhen?: readonly string[];
  /**
   * (`oneOf` only) A deployment's list offered before the list's own values, each shown and stored by
   * its name as written in the configuration (the host borough: the boroughs the settings file names,
   * then "Another local authority"). A stored answer is one of those names, or one of the list's values;
   * a name stays readable after the deployment stops listing it.
   */
  listedFirst?: keyof DeploymentLists;
  /** (`severalOf` only) The id of a several-of question on the same page with the same list: a value ticked in both is refused on this one. */
  notAlsoIn?: string;
  /**
   * Options offered only where a condition on answers given on earlier pages holds, by option value: "Placing
   * authority" among who a return interview was shared with, not for a child recorded as living at home. An option not
   * offered is refused if posted, and dropped from a stored answer once an earlier answer rules it out (as an answer
   * to a question no longer asked is).
   */
  optionsWhen?: Readonly<Record<string, Condition>>;
  /**
   * Options refused beside one answer to a question asked before it, one rule each: the concern record's decisions not
   * to refer ("Not referred: kept under review", "Early help") after a Yes to immediate danger (Appendix C, C2 to C4);
   * the police closing report's MI flag after "no positive intervention" (Appendix E). The option is refused on this
   * question, and that answer given later (from check-your-answers) is refused on the other while the option is chosen.
   * A question not asked does not refuse it. The words are the form's: `<ns>:questions.<id>.refusedBeside` on this
   * question and `<ns>:questions.<question>.refusedBy` on the other, given the option as `{{option}}`, this question
   * as `{{what}}` and the other as `{{other}}`.
   */
  refusedBeside?: readonly RefusedBeside[];
  /**
   * Options refused where a condition on earlier pages' answers holds, one rule each: the Makesafe report's "A child
   * travelling alone" while an adult is listed with the child (`{ question: 'adults', answered: true }`). The words are
   * the form's: `<ns>:questions.<id>.refusedWhen`, given the option as `{{option}}`.
   */
  refusedWhen?: readonly RefusedWhen[];
}

/** One rule of `refusedWhen`: these options are refused where the condition holds. */
export interface RefusedWhen {
  when: Condition;
  options: readonly string[];
}

/** One rule of `refusedBeside`: these options are refused beside this answer to that question. */
export interface RefusedBeside {
  question: string;
  answer: string;
  options: readonly string[];
  /**
   * The rule's own words, for a rule that several questions share (the concern record's allocated social worker after
   * "Known to CSC: No", among the actions and as the decision): `<ns>:refusals.<words>.refusedBeside` and `.refusedBy`
   * instead of the questions' own.
   */
  words?: string;
}

export interface PlainQuestion extends QuestionBase {
  kind: 'yesNo' | 'postcode' | 'phone' | 'email';
}

export type Question = TextQuestion | DateQuestion | TimeQuestion | NumberQuestion | ChoiceQuestion | PlainQuestion;

/** A page asked once: its questions on one card. */
export interface SinglePage {
  id: string;
  questions: readonly Question[];
  condition?: Condition;
  intro?: boolean;
  /** A line above the page shown only when the form was started from a journey ("what you recorded in the journey is filled in below"). */
  introFromJourney?: boolean;
  /** Exports lay this page out as a grid of label/value pairs, `columns` pairs a row (Appendix F's layout). */
  exportColumns?: 1 | 2;
}

/** A page asked once per item, with "add another" (victims, offenders, locations). */
export interface GroupPage extends Omit<SinglePage, 'questions'> {
  group: { id: string; min: number; max: number; questions: readonly Question[] };
}

export type Page = SinglePage | GroupPage;

/** A record-quality prompt shown on check-your-answers before submitting; it never blocks a submission. */
export type QualityRule =
  /** Every `isName` question whose answer looks like initials alone is questioned. */
  | { kind: 'initialsOnly' }
  /** `question` is empty although `when` holds (e.g. no child's own words after a disclosure). */
  | { kind: 'missingWhen'; question: string; when: Condition; messageKey: string }
  /** A plain reminder shown every time (e.g. keep facts apart from opinion), or only where `when` holds (what to do about a harm suspected). */
  | { kind: 'reminder'; messageKey: string; when?: Condition };

/** A deadline computed from an answer and shown on the confirmation ("by 14:30 on 5 December"). */
export interface Deadline {
  id: string;
  /** A `date` or `dateTime` question; when it is unanswered the deadline is shown as not computable. */
  from: string;
  hours: number;
  source: string;
  /** A `dateTime` question whose answer meets the deadline (the interview held): the confirmation says whether it was in time. */
  metBy?: string;
}

/** One form: its pages in order, and what is checked and computed around them. */
export interface FormDefinition {
  /** Also the flow id the form runs as: `form.<name>`. */
  id: string;
  /** Raised when a question is added, removed or changes kind: drafts of an older version are noticed. */
  version: number;
  /** The stored submission's `schemaVersion`: raised when the stored shape changes; older ones must still open. */
  schemaVersion: number;
  /** i18n namespace of its strings. */
  ns: string;
  /** The protocol section the form as a whole comes from. */
  source: string;
  pages: readonly Page[];
  quality: readonly QualityRule[];
  deadlines: readonly Deadline[];
  /**
   * The answers that describe a draft wherever drafts are listed (dialogs/draftDescription.ts), in order: facts that
   * identify the episode, never the child, and never a `personal` question (the structural check refuses one), though a
   * child's date of birth may give the child's age in years (`{ ageFrom }`), which names no one. A draft
   * listed alone shows the first answered; drafts of the form listed together show the first of them that differ.
   */
  describedBy?: DraftDescribers;
  /**
   * How a stored submission of an older `schemaVersion` is brought up to this one: the function keyed
   * by version n turns answers stored at n into answers at n + 1. Submissions are never rewritten.
   */
  migrations?: Readonly<Record<number, (answers: FormAnswers) => FormAnswers>>;
  /** By page id: lines drawn from the answers, above that page's questions. */
  pageLines?: Readonly<Record<string, PageLines>>;
  /**
   * A record written after the event by its nature (a closed investigation, an interview after the child's return): its
   * boxes are read as a record of the past from the first page (dialogs/forms/dangerTold.ts, `readsAsRecordOfPast`).
   */
  recordOfPast?: true;
  /** The Word document's layout when it copies a printed form's tables (`<name>.layout.ts`); without one, a table per page. */
  exportLayout?: ExportLayout;
}

/**
 * Lines drawn from the answers given so far, shown above a page's questions (the Makesafe report's
 * read-out for the call, above whether the police were called). Pure: the same answers, the same lines.
 */
export type PageLines = (answers: FormAnswers, definition: FormDefinition) => TextRef[];

/** Stored answers: a string, several strings (`severalOf`) or, for a group, one record per item. */
export type AnswerValue = string | string[] | Array<Record<string, string | string[]>>;
export type FormAnswers = Record<string, AnswerValue>;
