import { decide, decideRead } from '../dialogs/access/decide';
import type { Actor, Decision, RecordAccess } from '../dialogs/access/access.schema';
import type { SubmissionRecord } from './storage/types';

/**
 * What the authorisation function is told of a stored submission: its owner and form, never its
 * contents. Submissions do not yet store where they were routed (routing to a lead's list is a later
 * part of issue 11), so every record is routed to nobody and only its owner may read it.
 */
export function recordAccessOf(record: Pick<SubmissionRecord, 'ownerKey' | 'kind'>): RecordAccess {
  return { ownerKey: record.ownerKey, formKind: record.kind, routedTo: [] };
}

/** The actor of a request that names only an owner key: that person, holding no role. */
export const ownerOnly = (ownerKey: string): Actor => ({ kind: 'person', ownerKey, holds: [] });

/** What a user asks of one stored submission, as the operation decided and audited. */
export type RecordRequest = 'read' | 'export';

export function decideOn(actor: Actor, request: RecordRequest, record: Pick<SubmissionRecord, 'ownerKey' | 'kind'>): Decision {
  const access = recordAccessOf(record);
  return request === 'read' ? decideRead(actor, access) : decide(actor, 'export', access);
}

/** The audit action of a refusal: it names what was asked, never who owns the record. */
export const refusedAction = (request: RecordRequest): string => `submission.refused.${request}`;
