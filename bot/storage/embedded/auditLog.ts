import type Database from 'libsql';
import { z } from 'zod';
import { checkAuditEntry, EMPTY_TAIL, nextLink, type ChainTail } from '../auditChain';
import { auditEntryKeys } from '../queryKeys';
import { checkStorageKeys } from '../storageKey';
import { checkChainPage, type AuditEntry, type AuditLog, type ChainedAuditEntry } from '../types';
import type { Transaction } from './transaction';

/**
 * The audit log in the embedded file: one hash chain in audit_chain (auditChain.ts), append-only
 * by trigger. Entries from before the chain (audit_log) are read, never written.
 */

const auditRow = z.object({ at: z.number(), actor_key: z.string(), action: z.string(), subject: z.string() });
const chainRow = auditRow.extend({ seq: z.number().int(), prev_hash: z.string(), hash: z.string() });
const tailRow = z.object({ seq: z.number().int(), hash: z.string() });
const countRow = z.object({ n: z.number() });

const toEntry = (found: unknown): AuditEntry => {
  const row = auditRow.parse(found);
  return { at: new Date(row.at), actorKey: row.actor_key, action: row.action, subject: row.subject };
};

export function embeddedAuditLog(db: Database.Database, transaction: Transaction): AuditLog {
  const legacyAuditOfSubject = db.prepare('SELECT at, actor_key, action, subject FROM audit_log WHERE subject = ? ORDER BY seq');
  const legacyAuditCount = db.prepare('SELECT COUNT(*) AS n FROM audit_log');
  const chainOfSubject = db.prepare('SELECT at, actor_key, action, subject FROM audit_chain WHERE subject = ? ORDER BY seq');
  const chainTail = db.prepare('SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1');
  const chainPage = db.prepare('SELECT * FROM audit_chain WHERE seq > ? ORDER BY seq LIMIT ?');
  const insertChained = db.prepare('INSERT INTO audit_chain (seq, at, actor_key, action, subject, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');

  /** The write lock is held from reading the tail to the insert: another process appends before or after, never in between. */
  const appendChained = (entry: AuditEntry): void =>
    transaction(() => {
      const found = chainTail.get();
      const tail: ChainTail = found === undefined ? EMPTY_TAIL : tailRow.parse(found);
      const link = nextLink(entry, tail);
      insertChained.run(link.seq, link.at.getTime(), link.actorKey, link.action, link.subject, link.prevHash, link.hash);
    });

  return {
    async append(entry: AuditEntry): Promise<void> {
      checkStorageKeys(auditEntryKeys(entry));
      checkAuditEntry(entry);
      appendChained(entry);
    },
    async listBySubject(subject: string): Promise<AuditEntry[]> {
      checkStorageKeys({ subject });
      // Every legacy entry is older than every chained one.
      return [...legacyAuditOfSubject.all(subject), ...chainOfSubject.all(subject)].map(toEntry);
    },
    async readChain(afterSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
      checkChainPage(afterSeq, limit);
      return chainPage.all(afterSeq, limit).map((found) => {
        const row = chainRow.parse(found);
        return { ...toEntry(row), seq: row.seq, prevHash: row.prev_hash, hash: row.hash };
      });
    },
    async countUnchained(): Promise<number> {
      return countRow.parse(legacyAuditCount.get()).n;
    },
  };
}
