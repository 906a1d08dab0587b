import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openStorage } from '../../bot/storage/open';
import { alertsContract } from './alerts.contract';
import { z } from 'zod';
import { auditChainContract, type Tampering } from './auditChain.contract';
import { verifyAuditChain } from '../../bot/storage/verifyAuditChain';
import { storageContract } from './storage.contract';
import { routingContract } from './routing.contract';
import { recordRemovalContract } from './recordRemoval.contract';

jest.setTimeout(30_000);

const dirs: string[] = [];
const freshFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-storage-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
const removeDirs = (): void => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};

storageContract('embedded', async () => openEmbeddedStorage(freshFile()), removeDirs);
routingContract('embedded', async () => openEmbeddedStorage(freshFile()), removeDirs);
alertsContract('embedded', async () => openEmbeddedStorage(freshFile()), removeDirs);
recordRemovalContract('embedded', async () => openEmbeddedStorage(freshFile()), removeDirs);

describe('embedded storage', () => {
  afterEach(removeDirs);

  const T0 = new Date('2031-03-04T09:00:00.000Z');
  const LATER = new Date('2031-03-05T09:00:00.000Z');

  test('a file written before escalations keeps its alerts, gains the escalation column once, and takes escalations', async () => {
    const file = freshFile();
    const old = new Database(file);
    old.exec(`CREATE TABLE alert_outbox (alert_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, recipient_object_id TEXT NOT NULL, form_kind TEXT NOT NULL,
      created_at INTEGER NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL, settled_at INTEGER)`);
    old.prepare("INSERT INTO alert_outbox VALUES ('alert-old', 'form-old', 'object-old', 'form.concernRecord', ?, 'sent', 1, ?, ?)").run(T0.getTime(), T0.getTime(), T0.getTime());
    old.close();
    for (let start = 0; start < 2; start += 1) {
      const storage = openEmbeddedStorage(file);
      expect(await storage.alerts.listByKey('form-old')).toEqual([
        { alertId: 'alert-old', idempotencyKey: 'form-old', recipientObjectId: 'object-old', formKind: 'form.concernRecord', createdAt: T0, status: 'sent', attempts: 1, nextAttemptAt: T0, settledAt: T0 },
      ]);
      const escalation = { alertId: `alert-new-${start}`, idempotencyKey: 'form-new', recipientObjectId: 'object-new', formKind: 'form.concernRecord', createdAt: T0, escalation: { afterMinutes: 30, to: ['fictional-school/deputyLead'] } };
      await storage.alerts.enqueue([escalation]);
      expect((await storage.alerts.listByKey('form-new')).find((a) => a.alertId === escalation.alertId)).toMatchObject({ escalation: escalation.escalation, status: 'pending' });
      await storage.close();
    }
  });

  test('openStorage chooses the embedded adapter', async () => {
    const storage = await openStorage({ kind: 'embedded', file: freshFile() });
    expect(storage.kind).toBe('embedded');
    await storage.ping();
    await storage.close();
  });

  test('what was written survives closing and reopening the file', async () => {
    const file = freshFile();
    const first = openEmbeddedStorage(file);
    await first.conversations.save('conv-1', 0, { child: 'Test Child A', step: 1 }, LATER, T0);
    await first.drafts.put({ ownerKey: 'owner-1', draftId: 'd1', flowId: 'referral', state: { step: 2 }, expiresAt: LATER, updatedAt: T0 });
    const { reference } = await first.submissions.submit({
      idempotencyKey: 'flow-1',
      kind: 'referral',
      ownerKey: 'owner-1',
      payload: { child: 'Test Child A' },
      createdAt: T0,
    });
    await first.audit.append({ at: T0, actorKey: 'actor-1', action: 'submitted', subject: reference });
    await first.close();

    const second = openEmbeddedStorage(file);
    try {
      await expect(second.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 1, state: { child: 'Test Child A', step: 1 } });
      await expect(second.drafts.get('owner-1', 'd1', T0)).resolves.toEqual({
        ownerKey: 'owner-1',
        draftId: 'd1',
        flowId: 'referral',
        state: { step: 2 },
        expiresAt: LATER,
        updatedAt: T0,
      });
      await expect(second.submissions.get(reference)).resolves.toMatchObject({ idempotencyKey: 'flow-1', payload: { child: 'Test Child A' } });
      await expect(second.submissions.submit({ idempotencyKey: 'flow-1', kind: 'referral', ownerKey: 'owner-1', payload: {}, createdAt: T0 })).resolves.toEqual({
        reference,
        created: false,
      });
      await expect(second.audit.listBySubject(reference)).resolves.toEqual([{ at: T0, actorKey: 'actor-1', action: 'submitted', subject: reference }]);
      await expect(second.conversations.save('conv-1', 0, { step: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
    } finally {
      await second.close();
    }
  });

  test('the audit log refuses UPDATE and DELETE at the SQL level, from another connection too', async () => {
    const file = freshFile();
    const storage = openEmbeddedStorage(file);
    await storage.audit.append({ at: T0, actorKey: 'actor-1', action: 'viewed', subject: 'CSE-TEST-0001' });
    const other = new Database(file);
    try {
      expect(() => other.prepare("UPDATE audit_chain SET action = 'edited'").run()).toThrow(/append-only/);
      expect(() => other.prepare('DELETE FROM audit_chain').run()).toThrow(/append-only/);
      expect(other.prepare('SELECT COUNT(*) AS n FROM audit_chain').get()).toMatchObject({ n: 1 });
      // An entry from before the chain (written by an older version) is protected as before.
      other.prepare("INSERT INTO audit_log (at, actor_key, action, subject) VALUES (?, 'actor-0', 'viewed', 'CSE-TEST-0001')").run(T0.getTime() - 1000);
      expect(() => other.prepare("UPDATE audit_log SET action = 'edited'").run()).toThrow(/append-only/);
      expect(() => other.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      other.close();
    }
    // It is still listed, before the chained entries, and counted apart from the chain.
    await expect(storage.audit.listBySubject('CSE-TEST-0001')).resolves.toEqual([
      { at: new Date(T0.getTime() - 1000), actorKey: 'actor-0', action: 'viewed', subject: 'CSE-TEST-0001' },
      { at: T0, actorKey: 'actor-1', action: 'viewed', subject: 'CSE-TEST-0001' },
    ]);
    await expect(verifyAuditChain(storage.audit)).resolves.toMatchObject({ checked: 1, unchained: 1, broken: undefined });
    await storage.close();
  });

  test("record events: a stray UPDATE or DELETE is refused by the file itself; only the purge's removeFor deletes, one record's", async () => {
    const file = freshFile();
    // A file made by the version whose trigger refused every delete: opening it again replaces that trigger.
    const old = new Database(file);
    old.exec(`CREATE TABLE record_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL, event_key TEXT NOT NULL, kind TEXT NOT NULL,
      actor_key TEXT NOT NULL, at INTEGER NOT NULL, details TEXT NOT NULL, UNIQUE (reference, event_key));
      CREATE TRIGGER record_events_no_delete BEFORE DELETE ON record_events BEGIN SELECT RAISE(ABORT, 'record events are append-only'); END;`);
    old.close();
    const storage = openEmbeddedStorage(file);
    const event = (reference: string) => ({ reference, eventKey: 'acknowledged', kind: 'acknowledged', actorKey: 'actor-1', at: T0, details: {} });
    await storage.recordEvents.append(event('CSE-TEST-0001'));
    await storage.recordEvents.append(event('CSE-TEST-0002'));
    const other = new Database(file);
    try {
      expect(() => other.prepare("UPDATE record_events SET kind = 'closed'").run()).toThrow(/append-only/);
      expect(() => other.prepare("DELETE FROM record_events WHERE reference = 'CSE-TEST-0001'").run()).toThrow(/append-only/);
      expect(() => other.prepare('DELETE FROM record_events').run()).toThrow(/append-only/);
    } finally {
      other.close();
    }
    await storage.recordEvents.removeFor('CSE-TEST-0001');
    await expect(storage.recordEvents.listFor(['CSE-TEST-0001', 'CSE-TEST-0002'])).resolves.toEqual([event('CSE-TEST-0002')]);
    const after = new Database(file);
    try {
      // The mark that let the purge delete is gone with its transaction: the next stray delete is refused again.
      expect(after.prepare('SELECT COUNT(*) AS n FROM record_event_purges').get()).toMatchObject({ n: 0 });
      expect(() => after.prepare('DELETE FROM record_events').run()).toThrow(/append-only/);
    } finally {
      after.close();
    }
    await storage.close();
  });
});

/** What someone with the file could do: drop the append-only triggers and change the chain. */
function tamperEmbedded(file: string, seq: number, how: Tampering): void {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER audit_chain_no_update; DROP TRIGGER audit_chain_no_delete;');
    if (how === 'alterSubject') db.prepare("UPDATE audit_chain SET subject = 'CSE-FORG-ED00' WHERE seq = ?").run(seq);
    if (how === 'remove') db.prepare('DELETE FROM audit_chain WHERE seq = ?').run(seq);
    if (how === 'swapWithNext') {
      const row = z.object({ at: z.number(), actor_key: z.string(), action: z.string(), subject: z.string(), prev_hash: z.string(), hash: z.string() });
      const read = (n: number) => row.parse(db.prepare('SELECT * FROM audit_chain WHERE seq = ?').get(n));
      const [first, second] = [read(seq), read(seq + 1)];
      const write = db.prepare('UPDATE audit_chain SET at = ?, actor_key = ?, action = ?, subject = ?, prev_hash = ?, hash = ? WHERE seq = ?');
      write.run(second.at, second.actor_key, second.action, second.subject, second.prev_hash, second.hash, seq);
      write.run(first.at, first.actor_key, first.action, first.subject, first.prev_hash, first.hash, seq + 1);
    }
  } finally {
    db.close();
  }
}

auditChainContract('embedded', () => {
  const file = freshFile();
  return {
    open: async () => [openEmbeddedStorage(file), openEmbeddedStorage(file)],
    tamper: async (seq, how) => tamperEmbedded(file, seq, how),
    cleanup: async () => removeDirs(),
  };
});
