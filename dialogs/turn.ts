import type { View } from '../cards/view';
import type { ActiveFlow, ConversationState } from './conversationState.schema';
import type { SearchContext } from '../knowledge/search';
import type { DeploymentFacts } from './flow';

/** A journey parked with "save for later", as the runner loaded it for this turn. */
export interface ParkedJourney {
  draftId: string;
  flowId: string;
  flow: ActiveFlow;
  updatedAt: Date;
}

/** An answer from knowledge, or the honest "I am not sure" when no entry covers the question. */
export interface Answered {
  confident: boolean;
  views: View[];
}

/** What the runner gives a turn: everything I/O produced before it; the turn itself is pure. */
export interface TurnDeps {
  now: Date;
  newId: () => string;
  facts: DeploymentFacts;
  /** The user's parked journeys (for the menu). */
  drafts: ParkedJourney[];
  /** The protocol's knowledge: answers to free text (weighed for the user's role when it is known), and entries opened from a card. */
  knowledge: { answer: (text: string, context?: SearchContext) => Answered; open: (entryId: string) => View[] };
  draftTtlDays: number;
  /**
   * Stores a form's submission once per idempotency key (the form instance), for this turn's owner,
   * and gives back the store's reference. Absent where nothing can be submitted.
   */
  submitForm?: (kind: string, idempotencyKey: string, payload: Record<string, unknown>) => Promise<{ reference: string }>;
}

export type Effect =
  | { type: 'draft.park'; draftId: string; flow: ActiveFlow }
  | { type: 'draft.remove'; draftId: string }
  | { type: 'audit'; action: string; subject: string };

export interface TurnOutcome {
  state: ConversationState;
  /** False when nothing stored changed: the runner then skips the save. */
  changed: boolean;
  views: View[];
  effects: Effect[];
}
