import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openStorage } from '../../bot/storage/open';
import { alertsContract } from './alerts.contract';
import { storageContract } from './storage.contract';
import { routingContract } from './routing.contract';

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

describe('embedded storage', () => {
  afterEach(removeDirs);

  const T0 = new Date('2031-03-04T09:00:00.000Z');
  const LATER = new Date('2031-03-05T09:00:00.000Z');

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
      expect(() => other.prepare("UPDATE audit_log SET action = 'edited'").run()).toThrow(/append-only/);
      expect(() => other.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(other.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toMatchObject({ n: 1 });
    } finally {
      other.close();
    }
    await expect(storage.audit.listBySubject('CSE-TEST-0001')).resolves.toEqual([{ at: T0, actorKey: 'actor-1', action: 'viewed', subject: 'CSE-TEST-0001' }]);
    await storage.close();
  });
});
