import type { RecordEvent } from './recordEvents/recordEvent.types';
import type { NewAlert } from './alert.types';
import type { AuditEntry, DraftRecord, NewSubmission } from './types';

/**
 * The keys of each stored thing that go into a query, as both adapters check them with
 * checkStorageKeys before a write (storageKey.ts): one list per thing, so the adapters cannot drift.
 */

export const draftKeys = (draft: DraftRecord) => ({ ownerKey: draft.ownerKey, draftId: draft.draftId, flowId: draft.flowId });

export const submissionKeys = (submission: NewSubmission) => ({ idempotencyKey: submission.idempotencyKey, ownerKey: submission.ownerKey, kind: submission.kind });

export const auditEntryKeys = (entry: AuditEntry) => ({ actorKey: entry.actorKey, action: entry.action, subject: entry.subject });

export const recordEventKeys = (event: RecordEvent) => ({ reference: event.reference, eventKey: event.eventKey, kind: event.kind, actorKey: event.actorKey });

export const alertKeys = (alert: NewAlert) => ({ alertId: alert.alertId, idempotencyKey: alert.idempotencyKey, recipientObjectId: alert.recipientObjectId, formKind: alert.formKind });
