import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Keyring } from './keyring';
import type { RecordEvent } from './recordEvents/recordEvent.types';
import { parseJsonObjectText, type DraftRecord, type JsonObject, type ListedDraft, type Storage, type SubmissionRecord } from './types';

/**
 * Encryption at rest, the same on every backend (shared/design/STORAGE.md, "Data protection"):
 * a decorator that encrypts conversation state, draft state and submission payloads before they
 * reach the inner store, and decrypts them on read. Everything else is passed through; the audit
 * log holds no personal data by design and is stored as it is.
 *
 * The stored form is itself a JSON object, so every adapter stores it unchanged:
 *
 *   { "enc": "aes-256-gcm", "kid": "k2", "iv": <12 bytes>, "tag": <16 bytes>, "data": <ciphertext> }
 *
 * (binary values base64). Each write draws a fresh random IV and uses the keyring's current key;
 * reads find the key by `kid`, so older keys keep reading what they wrote. The additional
 * authenticated data binds a ciphertext to its record: a conversation's state to its id and
 * revision, a draft's to its owner, id and flow, a submission's payload to its idempotency key,
 * kind and owner. A ciphertext copied to another record, or altered, fails to decrypt.
 *
 * What cannot be decrypted (an unknown key id, a failed tag, a malformed envelope) never crashes
 * a turn and never reaches a log: a conversation loads with no state but keeps its revision and is
 * marked `undecryptable` (the journey starts again, the user is told and the reset audited, in
 * dialogs/conversation.ts), a draft is listed without its state, marked `undecryptable` (its owner can
 * only delete it) and is not found by `get`, and a submission read throws UnreadableRecordError,
 * which names the reference and the reason only.
 *
 * Records written before encryption was switched on (no "enc" marker) are read as they are, so
 * switching it on is not a migration; conversations and drafts are written encrypted on their
 * next save. Submissions are written once, so an older plain one stays as it was.
 */

export const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type UnreadableReason = 'unknown-key' | 'failed-authentication' | 'malformed';

/** A submission whose payload this deployment cannot decrypt. Carries no content. */
export class UnreadableRecordError extends Error {
  constructor(
    readonly reference: string,
    readonly reason: UnreadableReason,
  ) {
    super(`submission ${reference} cannot be decrypted (${explain(reason)}); check DATA_KEYS_JSON / DATA_KEYS_FILE holds the key it was written with`);
    this.name = 'UnreadableRecordError';
  }
}

export interface EncryptedStorageOptions {
  /** Told of each record that could not be decrypted: which kind and why, never its content or ids. */
  onUnreadable?: (record: 'conversation' | 'draft' | 'submission' | 'recordEvent', reason: UnreadableReason) => void;
}

const envelopeSchema = z
  .object({
    enc: z.literal(ALGORITHM),
    kid: z.string().min(1),
    iv: z.string(),
    tag: z.string(),
    data: z.string(),
  })
  .strict();

/** The additional authenticated data: a JSON array, so no id can be crafted to match another record's. */
const bindings = {
  conversation: (conversationId: string, revision: number) => JSON.stringify(['conversation', conversationId, revision]),
  draft: (draft: Pick<DraftRecord, 'ownerKey' | 'draftId' | 'flowId'>) => JSON.stringify(['draft', draft.ownerKey, draft.draftId, draft.flowId]),
  submission: (submission: Pick<SubmissionRecord, 'idempotencyKey' | 'kind' | 'ownerKey'>) =>
    JSON.stringify(['submission', submission.idempotencyKey, submission.kind, submission.ownerKey]),
  recordEvent: (event: Pick<RecordEvent, 'reference' | 'eventKey' | 'kind' | 'actorKey'>) => JSON.stringify(['recordEvent', event.reference, event.eventKey, event.kind, event.actorKey]),
};

type Opened = { ok: true; value: JsonObject } | { ok: false; reason: UnreadableReason };

export function encrypt(keyring: Keyring, value: JsonObject, aad: string): JsonObject {
  const { kid, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = joined(cipher.update(JSON.stringify(value), 'utf8'), cipher.final());
  return { enc: ALGORITHM, kid, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** GCM is a stream mode: `final()` gives nothing more, so the text is not copied into a third buffer on every save and load. */
function joined(head: Buffer, tail: Buffer): Buffer {
  return tail.length === 0 ? head : Buffer.concat([head, tail]);
}

/** A stored value is encrypted when it carries the marker; anything else is a plain record from before. */
function isEncrypted(stored: JsonObject): boolean {
  return Object.hasOwn(stored, 'enc') && stored['enc'] === ALGORITHM;
}

export function decrypt(keyring: Keyring, stored: JsonObject, aad: string): Opened {
  if (!isEncrypted(stored)) return { ok: true, value: stored };
  const envelope = envelopeSchema.safeParse(stored);
  if (!envelope.success) return { ok: false, reason: 'malformed' };
  const key = keyring.byId(envelope.data.kid);
  if (key === undefined) return { ok: false, reason: 'unknown-key' };
  const iv = Buffer.from(envelope.data.iv, 'base64');
  const tag = Buffer.from(envelope.data.tag, 'base64');
  // A short tag would be accepted by GCM and weaken it: only the full length is.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return { ok: false, reason: 'malformed' };
  let plain: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    plain = joined(decipher.update(Buffer.from(envelope.data.data, 'base64')), decipher.final()).toString('utf8');
  } catch {
    return { ok: false, reason: 'failed-authentication' };
  }
  try {
    return { ok: true, value: parseJsonObjectText(plain) };
  } catch {
    // Authentic but not a JSON object: written by something else with our key. Never echoed.
    return { ok: false, reason: 'malformed' };
  }
}

export function encryptedStorage(inner: Storage, keyring: Keyring, options: EncryptedStorageOptions = {}): Storage {
  const unreadable = (record: 'conversation' | 'draft' | 'submission' | 'recordEvent', reason: UnreadableReason): void => {
    try {
      options.onUnreadable?.(record, reason);
    } catch {
      // A reporter's failure must not fail the read.
    }
  };

  const openDraft = (draft: DraftRecord): DraftRecord | undefined => {
    const opened = decrypt(keyring, draft.state, bindings.draft(draft));
    if (opened.ok) return { ...draft, state: opened.value };
    unreadable('draft', opened.reason);
    return undefined;
  };
  // One record this deployment cannot read is reported and left out; the rest still list.
  const openAll = (records: SubmissionRecord[]): SubmissionRecord[] =>
    records.flatMap((record) => {
      const opened = decrypt(keyring, record.payload, bindings.submission(record));
      if (opened.ok) return [{ ...record, payload: opened.value }];
      unreadable('submission', opened.reason);
      return [];
    });

  return {
    kind: inner.kind,
    conversations: {
      async load(conversationId, now) {
        const loaded = await inner.conversations.load(conversationId, now);
        if (loaded.state === undefined) return loaded;
        const opened = decrypt(keyring, loaded.state, bindings.conversation(conversationId, loaded.revision));
        if (opened.ok) return { revision: loaded.revision, state: opened.value };
        unreadable('conversation', opened.reason);
        // The revision still counts: the next save goes after it, with a fresh state. The turn is told, not the reason.
        return { revision: loaded.revision, state: undefined, undecryptable: true };
      },
      save(conversationId, expectedRevision, state, expiresAt, now) {
        const sealed = encrypt(keyring, state, bindings.conversation(conversationId, expectedRevision + 1));
        return inner.conversations.save(conversationId, expectedRevision, sealed, expiresAt, now);
      },
    },
    drafts: {
      put(draft) {
        return inner.drafts.put({ ...draft, state: encrypt(keyring, draft.state, bindings.draft(draft)) });
      },
      async get(ownerKey, draftId, now) {
        const found = await inner.drafts.get(ownerKey, draftId, now);
        return found === undefined ? undefined : openDraft(found);
      },
      async list(ownerKey, now) {
        const found = await inner.drafts.list(ownerKey, now);
        // One that cannot be decrypted is listed without its state, so its owner can delete it.
        return found.map((draft): ListedDraft => {
          if (draft.state === undefined) return draft;
          const { state: _sealed, ...header } = draft;
          return openDraft(draft) ?? { ...header, undecryptable: true };
        });
      },
      remove: (ownerKey, draftId) => inner.drafts.remove(ownerKey, draftId),
    },
    submissions: {
      submit(submission) {
        return inner.submissions.submit({ ...submission, payload: encrypt(keyring, submission.payload, bindings.submission(submission)) });
      },
      async get(reference) {
        const found = await inner.submissions.get(reference);
        if (found === undefined) return undefined;
        const opened = decrypt(keyring, found.payload, bindings.submission(found));
        if (opened.ok) return { ...found, payload: opened.value };
        unreadable('submission', opened.reason);
        throw new UnreadableRecordError(found.reference, opened.reason);
      },
      async listByOwner(ownerKey, limit) {
        return openAll(await inner.submissions.listByOwner(ownerKey, limit));
      },
      async listByKind(kind, since, limit) {
        return openAll(await inner.submissions.listByKind(kind, since, limit));
      },
      async listRoutedTo(recipients, limit, kind) {
        const found = await inner.submissions.listRoutedTo(recipients, limit, kind);
        return found.flatMap((record) => {
          const opened = decrypt(keyring, record.payload, bindings.submission(record));
          if (opened.ok) return [{ ...record, payload: opened.value }];
          unreadable('submission', opened.reason);
          return [];
        });
      },
      referenceOf: (idempotencyKey) => inner.submissions.referenceOf(idempotencyKey),
      addRoutes: (reference, recipients) => inner.submissions.addRoutes(reference, recipients),
      listCreatedBefore: (kind, createdBefore, limit) => inner.submissions.listCreatedBefore(kind, createdBefore, limit),
      remove: (reference) => inner.submissions.remove(reference),
    },
    recordEvents: {
      append: (event) => inner.recordEvents.append({ ...event, details: encrypt(keyring, event.details, bindings.recordEvent(event)) }),
      async listFor(references) {
        const found = await inner.recordEvents.listFor(references);
        // An event this deployment cannot read is reported and left out; the record's other events still show.
        return found.flatMap((event) => {
          const opened = decrypt(keyring, event.details, bindings.recordEvent(event));
          if (opened.ok) return [{ ...event, details: opened.value }];
          unreadable('recordEvent', opened.reason);
          return [];
        });
      },
      removeFor: (reference) => inner.recordEvents.removeFor(reference),
      // Headers carry no payload: nothing to decrypt.
    },
    audit: inner.audit,
    // A conversation reference and an alert hold ids and a form's kind, never a record's contents.
    references: inner.references,
    alerts: inner.alerts,
    ping: () => inner.ping(),
    sweepExpired: (now) => inner.sweepExpired(now),
    close: () => inner.close(),
  };
}

function explain(reason: UnreadableReason): string {
  switch (reason) {
    case 'unknown-key':
      return 'its key id is not in the keyring';
    case 'failed-authentication':
      return 'it failed authentication: altered, moved from another record, or a different key under the same id';
    case 'malformed':
      return 'its stored form is malformed';
  }
}
