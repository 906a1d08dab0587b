import { decide } from '../dialogs/access/decide';
import type { Actor } from '../dialogs/access/access.schema';
import type { StoredSubmission, SubmissionsLoaded } from '../dialogs/forms/export/mySubmissions';
import type { RecordNeed } from '../dialogs/records/leadJourney';
import { EVENT_OF, leadEventsOf, sharedNotesOf, statusOf, type LeadOperation } from '../dialogs/records/leadEvents';
import type { Effect } from '../dialogs/turn';
import type { AuditActorOf } from './auditActor';
import { recordAccessOf } from './recordAccess';
import { removeRelatedOf } from './retention/purgeRelated';
import { MAX_LISTED_SUBMISSIONS, type Storage, type SubmissionRecord } from './storage/types';
import type { ChildOfSubmission, DeadlinesOfSubmission } from '../dialogs/forms/export/submissionDocuments';
import { matchesDue } from '../dialogs/records/dueFilter';
import { sameChild } from '../dialogs/forms/childIdentity';

/**
 * The lead's side of records, as the runner reads and writes it: where each record stands (from its
 * events), the lead's events only for a reader `decide` lets see them, Records for me (a bounded page,
 * every record checked and audited as listed), and the events a lead adds, each checked again and
 * audited once (reference as subject, never text).
 */

/** How many records Records for me shows at once. */
export const RECORDS_FOR_ME_PAGE = 50;

export interface RecordLoadsDeps {
  storage: Storage;
  auditActorOf: AuditActorOf;
  /** Who a stored record is about (supplied at wiring); without it no chronology is drawn. */
  childOf?: ChildOfSubmission;
  /** A stored record's deadlines (supplied at wiring): Records for me filtered by deadline; without it, none matches. */
  deadlines?: DeadlinesOfSubmission;
}

const plain = (record: SubmissionRecord): StoredSubmission => ({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt });

export function createRecordLoads({ storage, auditActorOf, childOf, deadlines }: RecordLoadsDeps) {
  const audit = (ownerKey: string, now: Date, action: string, subject: string) => storage.audit.append({ at: now, actorKey: auditActorOf(ownerKey), action, subject });

  /** The records as the turn sees them, with where each stands and, for a reader allowed to see them, the lead's events. */
  async function withLeadState(records: SubmissionRecord[], actor: Actor): Promise<StoredSubmission[]> {
    const routed = records.filter((r) => r.routedTo.length > 0).map((r) => r.reference);
    const events = routed.length === 0 ? [] : await storage.recordEvents.listFor(routed);
    return records.map((record) => {
      const stored = plain(record);
      stored.own = actor.kind === 'person' && actor.ownerKey === record.ownerKey;
      if (!decide(actor, 'export', recordAccessOf(record)).allowed) stored.mayExport = false;
      if (record.routedTo.length === 0) return stored;
      const leadEvents = leadEventsOf(events.filter((e) => e.reference === record.reference));
      stored.status = { status: statusOf(leadEvents), toLead: record.routedTo.some((to) => to.role === 'lead') };
      if (decide(actor, 'seeLeadNotes', recordAccessOf(record)).allowed) stored.leadEvents = leadEvents;
      else if (decide(actor, 'seeSharedNotes', recordAccessOf(record)).allowed) stored.sharedNotes = sharedNotesOf(leadEvents);
      return stored;
    });
  }

  async function forMe(actor: Actor, ownerKey: string, need: Extract<RecordNeed, { kind: 'forMe' }>, now: Date): Promise<SubmissionsLoaded> {
    if (actor.kind !== 'person' || !decide(actor, 'listForMe').allowed) return { listed: [] };
    const { form, due } = need;
    const recipients = actor.holds.flatMap((held) => (held.role === 'member' ? [] : [{ settingId: held.settingId, role: held.role }]));
    // By deadline, the newest records the store lists at once are looked through, and a page of those that match shown.
    const found = await storage.submissions.listRoutedTo(recipients, due === undefined ? RECORDS_FOR_ME_PAGE + 1 : MAX_LISTED_SUBMISSIONS, form);
    const readable = found.filter((record) => decide(actor, 'readRouted', recordAccessOf(record)).allowed);
    const page = due === undefined ? readable.slice(0, RECORDS_FOR_ME_PAGE) : readable;
    const stated = await withLeadState(page, actor);
    const matching = due === undefined ? stated : stated.filter((item) => matchesDue(due, deadlines?.(item) ?? [], item.status?.status ?? 'new', now));
    const items = matching.slice(0, RECORDS_FOR_ME_PAGE);
    // Only the records shown are listed in the audit trail.
    for (const item of items) await audit(ownerKey, now, 'submission.listed', item.reference);
    const more = due === undefined ? found.length > RECORDS_FOR_ME_PAGE : found.length >= MAX_LISTED_SUBMISSIONS || matching.length > RECORDS_FOR_ME_PAGE;
    return { listed: [], forMe: { items, more, ...(form === undefined ? {} : { form }), ...(due === undefined ? {} : { due }) } };
  }

  /** The record a lead acts on, only when `decide` allows this operation; a refusal is audited and answered as "not found". */
  async function forOperation(actor: Actor, ownerKey: string, reference: string, operation: LeadOperation, now: Date, read: (reference: string) => Promise<SubmissionRecord | undefined>): Promise<SubmissionsLoaded> {
    const record = await read(reference);
    if (record === undefined) return { listed: [] };
    if (!decide(actor, operation, recordAccessOf(record)).allowed) {
      await audit(ownerKey, now, `submission.refused.${operation}`, record.reference);
      return { listed: [] };
    }
    const [opened] = await withLeadState([record], actor);
    return opened === undefined ? { listed: [] } : { listed: [], opened };
  }

  async function load(need: RecordNeed, actor: Actor, ownerKey: string, now: Date, read: (reference: string) => Promise<SubmissionRecord | undefined>): Promise<SubmissionsLoaded> {
    return need.kind === 'forMe' ? forMe(actor, ownerKey, need, now) : forOperation(actor, ownerKey, need.reference, need.operation, now, read);
  }

  /** Appends a lead's event, once per key, after `decide` allows it again; audited only when it was added. */
  async function append(effect: Extract<Effect, { type: 'record.append' }>, actor: Actor, ownerKey: string, now: Date): Promise<void> {
    const record = await storage.submissions.get(effect.reference);
    if (record === undefined || !decide(actor, effect.operation, recordAccessOf(record)).allowed) {
      await audit(ownerKey, now, `submission.refused.${effect.operation}`, effect.reference);
      return;
    }
    const kind = EVENT_OF[effect.operation];
    const { created } = await storage.recordEvents.append({ reference: record.reference, eventKey: effect.key, kind, actorKey: auditActorOf(ownerKey), at: now, details: effect.details });
    if (!created) return;
    // Purged while this was being added (its retention ended that moment): what was just written goes with it.
    if ((await storage.submissions.referenceOf(record.idempotencyKey)) === undefined) {
      await removeRelatedOf(storage)(record);
      return;
    }
    await audit(ownerKey, now, `record.${kind}`, record.reference);
    if (effect.details['shared'] === true) await audit(ownerKey, now, 'record.noteShared', record.reference);
  }

  /**
   * For a lead opening a record: the other records about the same child (same name and date of birth)
   * routed to the same roles in the same setting, each read allowed by `decide` and audited as listed,
   * oldest first. Bounded by one page of the lead's records.
   */
  async function withChronology(opened: StoredSubmission, record: SubmissionRecord, actor: Actor, ownerKey: string, now: Date): Promise<StoredSubmission> {
    const child = childOf?.(plain(record));
    if (childOf === undefined || child === undefined || actor.kind !== 'person' || opened.leadEvents === undefined) return opened;
    const mine = record.routedTo.filter((to) => actor.holds.some((held) => held.settingId === to.settingId && held.role === to.role));
    const found = mine.length === 0 ? [] : await storage.submissions.listRoutedTo(mine, MAX_LISTED_SUBMISSIONS);
    const same = found.filter((other) => {
      if (other.reference === record.reference || !decide(actor, 'readRouted', recordAccessOf(other)).allowed) return false;
      const about = childOf(plain(other));
      return about !== undefined && sameChild(about, child);
    });
    for (const other of same) await audit(ownerKey, now, 'submission.listed', other.reference);
    const chronology = (await withLeadState(same, actor)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return { ...opened, chronology };
  }

  return { withLeadState, withChronology, load, append };
}

export type RecordLoads = ReturnType<typeof createRecordLoads>;
