import type { Effect } from './turn';

/**
 * The audit entry of a conversation whose whole stored state this version could not read (written by
 * another version, or damaged) and which was started afresh (readState in conversation.ts), so a
 * reviewer sees that whatever was open in it was reset, not silently lost. There is no journey instance
 * to name, and no entry names a conversation, so the subject is the kind of reset, one opaque token, as
 * `identity:<why>` names a refused identity; the actor key says whose conversation it was. Nothing read
 * from the stored state reaches the entry.
 */
export const UNREADABLE_STATE_ACTION = 'conversation.reset';
export const UNREADABLE_STATE_SUBJECT = 'conversation:unreadableState';

export const unreadableStateAudit = (): Effect => ({ type: 'audit', action: UNREADABLE_STATE_ACTION, subject: UNREADABLE_STATE_SUBJECT });
