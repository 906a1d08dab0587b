import { setTimeout as sleep } from 'node:timers/promises';
import { ObjectId, type Collection } from 'mongodb';
import { checkAuditEntry, EMPTY_TAIL, nextLink, type ChainTail } from '../auditChain';
import { auditEntryKeys } from '../queryKeys';
import { withStorageKeys } from '../storageKey';
import { checkChainPage, type AuditEntry, type AuditLog, type ChainedAuditEntry } from '../types';
import { auditRead, chainRead, chainTailRead, SCHEMA_VERSION, type AuditDoc, type ChainDoc } from './documents';
import { isDuplicateKey, retrying, type Run } from './resilience';

/**
 * The audit log on MongoDB: one hash chain in `audit_chain`, whichever instance appends. The next
 * sequence number is taken by an insert under the unique `seq` index (atomic on every backend,
 * FerretDB included); an instance that loses the race re-reads the tail and tries again. Appends of
 * one process are queued, so only other instances ever compete, and each builds on the tail this
 * process last saw: one insert per append while no other instance appends (FerretDB, the test
 * server, scans a collection for a sorted read; MongoDB and Cosmos use the seq index). Entries from before the chain stay
 * in `audit_log` and are still listed.
 */

/** Attempts at taking the next number before giving up (the caller is told; nothing is lost silently). */
const CHAIN_ATTEMPTS = 20;
/** A random pause after a lost race, so two instances do not keep colliding in step. */
const MAX_BACKOFF_MS = 8;

export function mongoAuditLog(legacy: Collection<AuditDoc>, chain: Collection<ChainDoc>, run: Run, maxTimeMS: number): AuditLog {
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * The tail this process last wrote or read. The first attempt builds on it without reading: if
   * another instance has appended since, the insert meets the unique key and the tail is read again.
   */
  let knownTail: ChainTail | undefined;

  const readTail = async (signal: AbortSignal): Promise<ChainTail> => {
    const found = await retrying(signal, () => chain.findOne({}, { sort: { seq: -1 }, projection: { _id: 0, seq: 1, hash: 1 }, maxTimeMS, signal }));
    return found === null ? EMPTY_TAIL : chainTailRead.parse(found);
  };

  const appendOnce = (entry: AuditEntry): Promise<void> =>
    run(async (signal) => {
      let tail = knownTail ?? (await readTail(signal));
      for (let attempt = 0; attempt < CHAIN_ATTEMPTS; attempt += 1) {
        const link = nextLink(entry, tail);
        const doc: ChainDoc = { _id: new ObjectId(), schemaVersion: SCHEMA_VERSION, ...link };
        try {
          await retrying(signal, () => chain.insertOne(doc));
          knownTail = { seq: link.seq, hash: link.hash };
          return;
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          // Ours if a throttled attempt was in fact applied; otherwise another instance took this number.
          const holder = await retrying(signal, () => chain.findOne({ seq: link.seq }, { maxTimeMS, signal }));
          if (holder !== null && chainRead.parse(holder)._id.equals(doc._id)) {
            knownTail = { seq: link.seq, hash: link.hash };
            return;
          }
          if (attempt > 0) await sleep(Math.floor(Math.random() * MAX_BACKOFF_MS), undefined, { signal });
          tail = await readTail(signal);
        }
      }
      knownTail = undefined;
      throw new Error(`audit entry not appended: the chain's next number was taken ${CHAIN_ATTEMPTS} times in a row`);
    });

  return {
    append(entry: AuditEntry): Promise<void> {
      return withStorageKeys(auditEntryKeys(entry), () => {
        try {
          checkAuditEntry(entry);
        } catch (error) {
          return Promise.reject(error);
        }
        const appended = queue.then(() => appendOnce(entry));
        queue = appended.catch(() => undefined);
        return appended;
      });
    },
    listBySubject(subject: string): Promise<AuditEntry[]> {
      return withStorageKeys({ subject }, () =>
        run(async (signal) => {
          // Every legacy entry is older than every chained one.
          const before = await retrying(signal, () => legacy.find({ subject }, { sort: { seq: 1, _id: 1 }, maxTimeMS, signal }).toArray());
          const chained = await retrying(signal, () => chain.find({ subject }, { sort: { seq: 1 }, maxTimeMS, signal }).toArray());
          return [...before, ...chained].map((doc) => auditRead.parse(doc));
        }),
      );
    },
    readChain(afterSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
      try {
        checkChainPage(afterSeq, limit);
      } catch (error) {
        return Promise.reject(error);
      }
      return run(async (signal) => {
        const found = await retrying(signal, () => chain.find({ seq: { $gt: afterSeq } }, { sort: { seq: 1 }, limit, maxTimeMS, signal }).toArray());
        return found.map((doc) => {
          const row = chainRead.parse(doc);
          return { at: row.at, actorKey: row.actorKey, action: row.action, subject: row.subject, seq: row.seq, prevHash: row.prevHash, hash: row.hash };
        });
      });
    },
    countUnchained(): Promise<number> {
      return run((signal) => retrying(signal, () => legacy.countDocuments({}, { maxTimeMS, signal })));
    },
  };
}
