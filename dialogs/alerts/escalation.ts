import { leadEventsOf, statusOf } from '../records/leadEvents';

/**
 * Whether an escalation alert, now due, goes out. The check "not acknowledged by then" is made when it
 * is due: a record still new (nobody it was routed to has acknowledged it, added an action, decided or
 * closed it) is escalated; any other is not, and its alert is cancelled.
 *
 * The decision is recorded once per record and wait, as an event under a key of its own, by whichever
 * dispatcher writes it first; every alert of that escalation, on any instance, then follows the recorded
 * decision, so all the next contacts of one escalation hear of it or none does.
 */

export type EscalationDecision = 'escalated' | 'escalationNotNeeded';

/** The key of the event recording the decision of the escalation after this wait: unique within the record. */
export const escalationEventKey = (afterMinutes: number): string => `escalation-${afterMinutes}`;

type StoredEvent = { eventKey: string; kind: string; at: Date; details: unknown };

/** The decision already recorded for this wait, if any. */
export function recordedEscalation(events: readonly StoredEvent[], afterMinutes: number): EscalationDecision | undefined {
  const found = events.find((event) => event.eventKey === escalationEventKey(afterMinutes));
  if (found === undefined) return undefined;
  return found.kind === 'escalated' ? 'escalated' : 'escalationNotNeeded';
}

/** The decision to record now: escalate a record nobody has acknowledged or worked on yet. */
export function escalationNow(events: readonly StoredEvent[]): EscalationDecision {
  return statusOf(leadEventsOf(events)) === 'new' ? 'escalated' : 'escalationNotNeeded';
}
