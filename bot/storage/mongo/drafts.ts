import type { Collection } from 'mongodb';
import { draftKeys } from '../queryKeys';
import type { DraftRecord, DraftStore } from '../types';
import { draftRead, parseJsonObject, SCHEMA_VERSION, type DraftDoc } from './documents';
import { isDuplicateKey, retrying, type KeyedRun, type Run } from './resilience';

/** Drafts ("save for later") on MongoDB: one document per (owner, draft), upserted on each put; expired ones are filtered on read and swept. */

/** A concurrent upsert of the same draft can lose the insert race with a duplicate key: retry it. */
const UPSERT_RETRIES = 2;

const toDraft = (found: unknown): DraftRecord => {
  const row = draftRead.parse(found);
  return {
    ownerKey: row.ownerKey,
    draftId: row.draftId,
    flowId: row.flowId,
    state: parseJsonObject(row.stateJson),
    expiresAt: row.expiresAt,
    updatedAt: row.updatedAt,
  };
};

export function mongoDrafts(drafts: Collection<DraftDoc>, keyedRun: KeyedRun, maxTimeMS: number): DraftStore {
  return {
    put(draft: DraftRecord): Promise<void> {
      const { ownerKey, draftId } = draft;
      const stateJson = JSON.stringify(draft.state);
      return keyedRun(draftKeys(draft), async (signal) => {
        await retrying(
          signal,
          () =>
            drafts.updateOne(
              { ownerKey, draftId },
              {
                $set: { schemaVersion: SCHEMA_VERSION, flowId: draft.flowId, stateJson, expiresAt: draft.expiresAt, updatedAt: draft.updatedAt },
                $setOnInsert: { createdAt: draft.updatedAt },
              },
              { upsert: true },
            ),
          { when: isDuplicateKey, times: UPSERT_RETRIES },
        );
      });
    },
    get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined> {
      return keyedRun({ ownerKey, draftId }, async (signal) => {
        const found = await retrying(signal, () => drafts.findOne({ ownerKey, draftId, expiresAt: { $gt: now } }, { maxTimeMS, signal }));
        return found === null ? undefined : toDraft(found);
      });
    },
    list(ownerKey: string, now: Date): Promise<DraftRecord[]> {
      return keyedRun({ ownerKey }, async (signal) => {
        const found = await retrying(signal, () =>
          drafts.find({ ownerKey, expiresAt: { $gt: now } }, { sort: { updatedAt: -1 }, maxTimeMS, signal }).toArray(),
        );
        return found.map(toDraft);
      });
    },
    remove(ownerKey: string, draftId: string): Promise<void> {
      return keyedRun({ ownerKey, draftId }, async (signal) => {
        await retrying(signal, () => drafts.deleteOne({ ownerKey, draftId }));
      });
    },
  };
}

/** Deletes expired drafts (no TTL index is relied on: STORAGE.md). */
export async function sweepDrafts(drafts: Collection<DraftDoc>, run: Run, now: Date): Promise<void> {
  await run((signal) => retrying(signal, () => drafts.deleteMany({ expiresAt: { $lte: now } })));
}
