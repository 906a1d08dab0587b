import type { ActionView, Translate, View } from '../cards/view';
import type { ActiveFlow, ConversationState } from './conversationState.schema';
import type { SearchContext } from '../knowledge/search';
import type { FlowCatalogue } from './catalogue';
import type { DeploymentFacts, FlowDialog, PersistedJourney } from './flow';
import type { FileHandOff, SubmissionDeps, SubmissionsLoaded } from './forms/export/mySubmissions';
import type { LeadOperation } from './records/leadEvents';
import type { ProfileLoaded } from './profile/problemProfileView';
import type { Router } from './router';

/** A journey parked with "save for later", as the runner loaded it for this turn. */
export interface ParkedJourney {
  draftId: string;
  flowId: string;
  flow: ActiveFlow;
  updatedAt: Date;
  /** When the store deletes it. */
  expiresAt: Date;
}

/**
 * A saved draft that cannot be read: the store could not decrypt it, or what it decrypted does not read as
 * a journey (bot/turnReads.ts). Listed, marked so, with Delete only; it cannot be opened.
 */
export type UnopenedDraft = Omit<ParkedJourney, 'flow'>;

/** The running journey as read once when the turn starts: what is stored, its flow, and its checked state. */
export interface LiveJourney {
  active: ActiveFlow;
  flow: FlowDialog;
  journey: PersistedJourney;
}

/** An answer from knowledge, or the honest "I am not sure" when no entry covers the question. */
export interface Answered {
  confident: boolean;
  views: View[];
  /** The search's first entries, each on a button that opens it, confident or not: what a described situation is shown as possibly relevant. */
  nearest?: ActionView[];
}

/** What the runner gives a turn: everything I/O produced before it; the turn itself is pure. */
export interface TurnDeps {
  now: Date;
  newId: () => string;
  facts: DeploymentFacts;
  /** The journeys and forms, built at wiring (bot/app.ts). */
  catalogue: FlowCatalogue;
  /** The user's parked journeys (for the menu). */
  drafts: ParkedJourney[];
  /** The user's saved drafts that cannot be read (UnopenedDraft), read with `drafts`; absent: none. */
  unopenedDrafts?: UnopenedDraft[];
  /** The protocol's knowledge: answers to free text (weighed for the user's role when it is known), and entries opened from a card. */
  knowledge: { answer: (text: string, context?: SearchContext) => Answered; open: (entryId: string) => View[] };
  draftTtlDays: number;
  /**
   * Stores a form's submission once per idempotency key (the form instance), for this turn's owner,
   * and gives back the store's reference. Absent where nothing can be submitted.
   */
  submitForm?: (kind: string, idempotencyKey: string, payload: Record<string, unknown>) => Promise<{ reference: string }>;
  /** The user's own submissions, loaded only for the events that need them (see submissionsNeeded). */
  submissions?: SubmissionsLoaded;
  /** Stored submissions in words, and as plain text, in this turn's language (supplied at wiring). */
  documents?: SubmissionDeps['documents'];
  /** How a file reaches this user here: a download link, a Teams file card, or the text export only. */
  fileHandOff?: FileHandOff;
  /** This turn's language, for what an offered form is filled in with (supplied at wiring). */
  t?: Translate;
  /** True for someone holding a role records are routed to (decide's listForMe): the menu offers Records for me. */
  receivesRecords?: boolean;
  /** Whether this person may see the MASE problem profile (decide's `readProblemProfile`): the menu offers it. */
  mayReadProblemProfile?: boolean;
  /** The problem profile, loaded only for the events that ask for it (see profileNeeded). */
  problemProfile?: ProfileLoaded;
  /** This turn's router (`routerForOneTurn`), shared with what the runner routed before the turn; without it, `route`. */
  route?: Router;
  /** The role the conversation is answered for (set by the turn from its state): which forms a summary offers. */
  role?: ConversationState['role'];
}

export type Effect =
  | { type: 'draft.park'; draftId: string; flow: ActiveFlow }
  | { type: 'draft.remove'; draftId: string }
  | { type: 'audit'; action: string; subject: string }
  /** A lead's event on a record (dialogs/records), appended by the runner under its key after `decide` allows it again. */
  | { type: 'record.append'; reference: string; operation: LeadOperation; key: string; details: Record<string, string | boolean> };

export interface TurnOutcome {
  state: ConversationState;
  /** False when nothing stored changed: the runner then skips the save. */
  changed: boolean;
  views: View[];
  effects: Effect[];
}

/** A turn that changes nothing stored: only its views (and any effects) go out. */
export const same = (state: ConversationState, views: View[], effects: Effect[] = []): TurnOutcome => ({ state, changed: false, views, effects });
