import { decide, decideRead } from '../dialogs/access/decide';
import type { Actor, Decision, RecordAccess } from '../dialogs/access/access.schema';
import type { SubmissionRecord } from './storage/types';

/**
 * What the authorisation function is told of a stored submission: its owner, its form and where it
 * was routed when it was submitted (the settings file's routes then), never its contents. A record
 * stored before routing was, or by someone in no setting, is routed to nobody: only its owner reads it.
 */
export function recordAccessOf(record: Pick<SubmissionRecord, 'ownerKey' | 'kind' | 'routedTo'>): RecordAccess {
  return { ownerKey: record.ownerKey, formKind: record.kind, routedTo: [...record.routedTo] };
}

/** The actor of a request that names only an owner key: that person, holding no role. */
export const ownerOnly = (ownerKey: string): Actor => ({ kind: 'person', ownerKey, holds: [] });

/** What a user asks of one stored submission, as the operation decided and audited. */
export type RecordRequest = 'read' | 'export';

export function decideOn(actor: Actor, request: RecordRequest, record: Pick<SubmissionRecord, 'ownerKey' | 'kind' | 'routedTo'>): Decision {
  const access = recordAccessOf(record);
  return request === 'read' ? decideRead(actor, access) : decide(actor, 'export', access);
}

/** The audit action of a refusal: it names what was asked, never who owns the record. */
export const refusedAction = (request: RecordRequest): string => `submission.refused.${request}`;
