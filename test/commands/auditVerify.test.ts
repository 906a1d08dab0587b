import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { MongoClient } from 'mongodb';
import { runAuditVerify, VERIFY_EXIT } from '../../bot/commands/auditVerify';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { AuditEntry, Storage } from '../../bot/storage/types';

jest.setTimeout(60_000);

/** `npm run audit:verify` on each store: intact, tampered with directly in the store, and unreadable. */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const entry = (n: number): AuditEntry => ({ at: new Date(T0.getTime() + n * 1000), actorKey: 'actor-1', action: 'submission.read', subject: `CSE-TEST-${String(n).padStart(4, '0')}` });

async function run(env: Record<string, string>): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runAuditVerify(env, (line) => lines.push(line));
  return { code, lines };
}

async function appendSome(storage: Storage, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) await storage.audit.append(entry(n));
  await storage.close();
}

describe('audit:verify on the embedded store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cse-verify-'));
    file = join(dir, 'store.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('an intact chain: exit 0, the count and the head', async () => {
    await appendSome(openEmbeddedStorage(file), 1_001);
    const { code, lines } = await run({ DATA_FILE: file });
    expect(code).toBe(VERIFY_EXIT.intact);
    expect(lines).toEqual([expect.stringMatching(/^audit chain: intact, 1001 entries checked; head 1001 [0-9a-f]{64}$/)]);
  });

  test('a row forged in the file: exit 1 and the first broken link', async () => {
    await appendSome(openEmbeddedStorage(file), 8);
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_chain_no_update');
    db.prepare("UPDATE audit_chain SET action = 'submission.listed' WHERE seq = 5").run();
    db.close();
    const { code, lines } = await run({ DATA_FILE: file });
    expect(code).toBe(VERIFY_EXIT.broken);
    expect(lines).toEqual(['audit chain: BROKEN at entry 5: hash mismatch, its content does not match its hash (the entry was altered); 4 entries before it are intact']);
  });

  test('no store at DATA_FILE: exit 2, and no file is made', async () => {
    const { code, lines } = await run({ DATA_FILE: file });
    expect(code).toBe(VERIFY_EXIT.unreadable);
    expect(lines).toEqual([`audit chain: NOT CHECKED: the store could not be opened (no store at DATA_FILE (${file}))`]);
    expect(existsSync(file)).toBe(false);
  });

  test('settings the server would refuse: exit 2, naming the setting', async () => {
    const { code, lines } = await run({ DATA_FILE: file, MONGODB_DB: 'not a name' });
    expect(code).toBe(VERIFY_EXIT.unreadable);
    expect(lines[0]).toMatch(/^audit chain: NOT CHECKED: the store could not be opened \(MONGODB_DB: /);
  });

  test('npm run audit:verify exits with the code (the script as installed)', async () => {
    await appendSome(openEmbeddedStorage(file), 3);
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_chain_no_delete');
    db.prepare('DELETE FROM audit_chain WHERE seq = 2').run();
    db.close();
    const result = spawnSync('npm', ['run', '--silent', 'audit:verify'], { cwd: join(__dirname, '../..'), env: { ...process.env, DATA_FILE: file, MONGODB_URI: '' }, encoding: 'utf8' });
    expect(result.status).toBe(VERIFY_EXIT.broken);
    expect(result.stdout).toBe('audit chain: BROKEN at entry 3: gap, expected entry 2 next (an entry was removed); 1 entries before it are intact\n');
  });
});

const uri = process.env.MONGODB_URI ?? '';

describe('audit:verify on MongoDB when it cannot be reached', () => {
  test('exit 2', async () => {
    const { code, lines } = await run({ MONGODB_URI: 'mongodb://127.0.0.1:1/cse_outage?directConnection=true', MONGODB_DB: 'cse_outage' });
    expect(code).toBe(VERIFY_EXIT.unreadable);
    expect(lines).toEqual(['audit chain: NOT CHECKED: the store could not be opened (StorageUnavailableError)']);
  });
});

(uri === '' ? describe.skip : describe)('audit:verify on MongoDB (needs MONGODB_URI)', () => {
  const database = `verify_${randomBytes(4).toString('hex')}`;
  const client = new MongoClient(uri || 'mongodb://127.0.0.1:1', { serverSelectionTimeoutMS: 3000 });
  afterAll(async () => {
    await client.db(database).dropDatabase();
    await client.close();
  });

  test('intact, then a document updated through the driver: exit 0, then exit 1 at that entry', async () => {
    // Paging past a page boundary is checked by the chain contract and the embedded test: a few entries suffice here.
    await appendSome(await openMongoStorage({ uri, database }), 12);
    const env = { MONGODB_URI: uri, MONGODB_DB: database };
    await expect(run(env)).resolves.toEqual({ code: VERIFY_EXIT.intact, lines: [expect.stringMatching(/^audit chain: intact, 12 entries checked; head 12 [0-9a-f]{64}$/)] });
    await client.db(database).collection('audit_chain').updateOne({ seq: 11 }, { $set: { at: new Date(T0.getTime() - 1) } });
    await expect(run(env)).resolves.toEqual({
      code: VERIFY_EXIT.broken,
      lines: ['audit chain: BROKEN at entry 11: hash mismatch, its content does not match its hash (the entry was altered); 10 entries before it are intact'],
    });
  });
});
