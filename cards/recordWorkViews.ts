import type { InputView } from './inputView';
import type { ActionView, TextRef } from './viewParts';

/** A record as the people it was routed to work on it: its review, an update to it, and Records for me. */

/** A record as the person it was routed to works on it: where it stands, what was done, and what they can do next. */
export interface RecordReviewView {
  kind: 'recordReview';
  reference: string;
  /** The form's title in words; absent when this version does not know the form. */
  title?: string;
  status: TextRef;
  /** The lead's events, oldest first (what a lead typed is escaped by the card); `shared` when the reporter sees it too. */
  history: Array<{ at: number; line: TextRef; shared?: boolean }>;
  /** Said above the actions: "This record is closed". */
  note?: TextRef;
  /** The other records about the same child (same name and date of birth, in this setting), oldest first. */
  chronology?: Array<{ title?: string; reference: string; submitted: number; status: TextRef; open: ActionView }>;
  /** Acknowledge, add an action, record the decision, close: only those that apply now. */
  work: ActionView[];
  actions: ActionView[];
}

/** Adding an action or recording the decision: inputs with their problems next to them, the answers kept. */
export interface RecordUpdateView {
  kind: 'recordUpdate';
  reference: string;
  title: TextRef;
  intro: TextRef;
  problems?: TextRef[];
  inputs: InputView[];
  /** Where the choices come from. */
  source?: TextRef;
  submit: ActionView;
  actions: ActionView[];
}

/** Records for me: the records routed to the reader's roles, by status, overdue deadlines first. */
export interface RecordsForMeView {
  kind: 'recordsForMe';
  /** "Concern records only" when filtered by a form. */
  filter?: TextRef;
  groups: Array<{
    heading: TextRef;
    items: Array<{ title?: string; reference: string; submitted: number; deadlines: TextRef[]; overdue: boolean; open: ActionView }>;
  }>;
  /** Said when more records are routed to the reader than one page shows. */
  more?: TextRef;
  filters: ActionView[];
  actions: ActionView[];
}
