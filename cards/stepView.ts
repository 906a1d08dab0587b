import type { InputView } from './inputView';
import type { ActionView, CitationView, ContactView, TextRef } from './viewParts';

/** A journey's or a form's step: its question, inputs, check-your-answers, summary and what was recorded on the way. */

/** One page (or group item) of check-your-answers; `A` is how its Change action is given. */
export interface CheckSectionView<A> {
  heading: TextRef;
  rows: Array<{ label: TextRef; value: TextRef[]; change: A }>;
}

/** What the user recorded on the way: the reasons, shown back in the summary exactly as given. */
export interface RecordView {
  heading: TextRef;
  items: Array<{ title: string; answer: TextRef }>;
  /** The user's own notes (escaped by the card), each under a translated heading. */
  notes: Array<{ heading: TextRef; text: string }>;
  empty: TextRef;
}

export interface StepView {
  kind: 'step';
  tone: 'question' | 'urgent' | 'summary';
  /** The answer pressed on the card before, when the button was the answer: "You answered: No", first, so a transcript shows it. */
  answered?: TextRef;
  /** Shown above everything else, in the danger colour: 999 on a summary after a "yes" or "not sure" to danger. */
  alert?: TextRef;
  title: TextRef;
  lines: TextRef[];
  /** Numbered actions for a summary: what to do now, in order. */
  steps?: TextRef[];
  /** The time limits that apply (a heading, then one line each): on a summary, shown with the first steps, never behind "Show details". */
  deadlines?: TextRef[];
  inputs?: InputView[];
  /** Shown above the inputs when the server found a problem with what was sent. */
  errorSummary?: TextRef;
  /** A form's error summary at the top of the card: "There is a problem" and each message, in the page's order. */
  problems?: TextRef[];
  /** "Page 3 of 7", above a form page's title. */
  progress?: TextRef;
  /** A form's check-your-answers: each answer under its page, with its Change action. */
  check?: Array<CheckSectionView<ActionView>>;
  /** Record-quality prompts before submitting: they never block. */
  prompts?: TextRef[];
  record?: RecordView;
  choices: ActionView[];
  contacts?: ContactView[];
  /** Shown when a contact the step needs is not configured for this deployment. */
  contactsMissing?: TextRef;
  citations: CitationView[];
  navigation: ActionView[];
  /** A part of a result too long for one message, sent before its last card: drawn whole, with no navigation and no sources (a form's Change its only actions). */
  lead?: true;
}
