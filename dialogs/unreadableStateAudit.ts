import type { Effect } from './turn';

/**
 * The audit entry of a conversation whose whole stored state could not be read, and which was started
 * afresh (readState in conversation.ts), so a reviewer sees that whatever was open in it was reset, not
 * silently lost: this version could not read it (written by another version, or damaged), or the store
 * could not decrypt it (its key was removed from the keyring, its tag failed, its envelope is malformed).
 * There is no journey instance to name, and no entry names a conversation, so the subject is the kind of
 * reset, one opaque token, as `identity:<why>` names a refused identity; the actor key says whose
 * conversation it was. Nothing read from the stored state, nor which key or check failed, reaches the entry.
 */
export const UNREADABLE_STATE_ACTION = 'conversation.reset';
export const UNREADABLE_STATE_SUBJECT = 'conversation:unreadableState';
export const UNDECRYPTABLE_STATE_SUBJECT = 'conversation:undecryptable';

/** Why a conversation was reset: its state did not read as this version's, or could not be decrypted. */
export type UnreadableStateCause = 'unreadableState' | 'undecryptable';

const SUBJECTS: Record<UnreadableStateCause, string> = { unreadableState: UNREADABLE_STATE_SUBJECT, undecryptable: UNDECRYPTABLE_STATE_SUBJECT };

export const unreadableStateAudit = (cause: UnreadableStateCause): Effect => ({ type: 'audit', action: UNREADABLE_STATE_ACTION, subject: SUBJECTS[cause] });
