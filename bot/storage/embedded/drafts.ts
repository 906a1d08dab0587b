import type Database from 'libsql';
import { z } from 'zod';
import { draftKeys } from '../queryKeys';
import { checkStorageKeys } from '../storageKey';
import { parseJsonObjectText, type DraftRecord, type DraftStore } from '../types';

/** Drafts ("save for later") in the embedded file: one row per (owner, draft), replaced on each put; expired ones are never read. */

const draftRow = z.object({
  owner_key: z.string(),
  draft_id: z.string(),
  flow_id: z.string(),
  state: z.string(),
  expires_at: z.number(),
  updated_at: z.number(),
});

const toDraft = (found: unknown): DraftRecord => {
  const row = draftRow.parse(found);
  return {
    ownerKey: row.owner_key,
    draftId: row.draft_id,
    flowId: row.flow_id,
    state: parseJsonObjectText(row.state),
    expiresAt: new Date(row.expires_at),
    updatedAt: new Date(row.updated_at),
  };
};

export function embeddedDrafts(db: Database.Database): DraftStore {
  const upsertDraft = db.prepare(
    `INSERT INTO drafts (owner_key, draft_id, flow_id, state, expires_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (owner_key, draft_id) DO UPDATE SET flow_id = excluded.flow_id, state = excluded.state,
       expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
  );
  const draftById = db.prepare('SELECT * FROM drafts WHERE owner_key = ? AND draft_id = ? AND expires_at > ?');
  const draftsOfOwner = db.prepare('SELECT * FROM drafts WHERE owner_key = ? AND expires_at > ? ORDER BY updated_at DESC');
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE owner_key = ? AND draft_id = ?');

  return {
    async put(draft: DraftRecord): Promise<void> {
      checkStorageKeys(draftKeys(draft));
      upsertDraft.run(draft.ownerKey, draft.draftId, draft.flowId, JSON.stringify(draft.state), draft.expiresAt.getTime(), draft.updatedAt.getTime());
    },
    async get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined> {
      checkStorageKeys({ ownerKey, draftId });
      const found = draftById.get(ownerKey, draftId, now.getTime());
      return found === undefined ? undefined : toDraft(found);
    },
    async list(ownerKey: string, now: Date): Promise<DraftRecord[]> {
      checkStorageKeys({ ownerKey });
      return draftsOfOwner.all(ownerKey, now.getTime()).map(toDraft);
    },
    async remove(ownerKey: string, draftId: string): Promise<void> {
      checkStorageKeys({ ownerKey, draftId });
      deleteDraft.run(ownerKey, draftId);
    },
  };
}
