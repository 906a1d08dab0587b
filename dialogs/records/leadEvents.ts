import { z } from 'zod';
import { LEAD_DECISIONS } from './leadDecisions';

/**
 * What the people a record was routed to do with it, as events appended to the record (never
 * changed): acknowledged, an action added, the decision recorded, closed; and the escalations the
 * assistant made when nobody had acknowledged it in time (bot/alerts/alertDispatcher.ts), which its
 * history lists beside them. The record's status is derived from the people's events, never stored.
 */

export const LEAD_OPERATIONS = ['acknowledge', 'addAction', 'decide', 'close'] as const;
export type LeadOperation = (typeof LEAD_OPERATIONS)[number];

/** Set on a note its writer shared with the person who submitted the record; absent (every older note too): not shared. */
const sharedSchema = z.literal(true).optional();

/** An action: what, who does it, by when (an ISO date). */
export const actionDetailsSchema = z.object({ what: z.string().min(1), who: z.string().min(1), byWhen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), shared: sharedSchema });
export const decisionDetailsSchema = z.object({ decision: z.enum(LEAD_DECISIONS.values), reason: z.string(), shared: sharedSchema });
/** The wait after the submit, and the roles it went to as "settingId/role" (absent on an escalation recorded before they were kept). */
export const escalationDetailsSchema = z.object({ afterMinutes: z.number().int().positive(), to: z.array(z.string()).optional() });

export const leadEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('acknowledged'), details: z.object({}) }),
  z.object({ kind: z.literal('actionAdded'), details: actionDetailsSchema }),
  z.object({ kind: z.literal('decided'), details: decisionDetailsSchema }),
  z.object({ kind: z.literal('closed'), details: z.object({}) }),
  z.object({ kind: z.literal('escalated'), details: escalationDetailsSchema }),
]);
export type LeadEventBody = z.infer<typeof leadEventSchema>;
/** An event a person on the record appends (never an escalation, which only the dispatcher records). */
export type LeadWorkBody = Exclude<LeadEventBody, { kind: 'escalated' }>;
export type LeadEvent = LeadEventBody & { key: string; at: Date };

/** The event each operation appends. */
export const EVENT_OF: Record<LeadOperation, LeadWorkBody['kind']> = { acknowledge: 'acknowledged', addAction: 'actionAdded', decide: 'decided', close: 'closed' };

/** Acknowledging and closing happen once per record, whoever presses: their key is the operation itself. */
export const ONCE_PER_RECORD: ReadonlySet<LeadOperation> = new Set(['acknowledge', 'close']);

/** Stored events as this version reads them; one it cannot read (a newer kind) is left out. */
export function leadEventsOf(stored: ReadonlyArray<{ eventKey: string; kind: string; at: Date; details: unknown }>): LeadEvent[] {
  return stored.flatMap((event) => {
    const parsed = leadEventSchema.safeParse({ kind: event.kind, details: event.details });
    return parsed.success ? [{ ...parsed.data, key: event.eventKey, at: event.at }] : [];
  });
}

/** A lead's note (an action or a decision) its writer shared with the person who submitted the record. */
export type SharedNote = Extract<LeadEvent, { kind: 'actionAdded' | 'decided' }>;

/** The notes shared with the reporter, oldest first: nothing else of the lead's work (not who acknowledged or closed it). */
export function sharedNotesOf(events: readonly LeadEvent[]): SharedNote[] {
  return events.filter((event): event is SharedNote => (event.kind === 'actionAdded' || event.kind === 'decided') && event.details.shared === true);
}

export const RECORD_STATUSES = ['new', 'acknowledged', 'inProgress', 'closed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Closed once closed; in progress once an action or a decision is recorded; else acknowledged, else new. */
export function statusOf(events: ReadonlyArray<Pick<LeadEvent, 'kind'>>): RecordStatus {
  const kinds = new Set(events.map((e) => e.kind));
  if (kinds.has('closed')) return 'closed';
  if (kinds.has('actionAdded') || kinds.has('decided')) return 'inProgress';
  return kinds.has('acknowledged') ? 'acknowledged' : 'new';
}
