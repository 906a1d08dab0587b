import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PURGE_EXIT, runPurge } from '../../bot/commands/purge';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';

jest.setTimeout(60_000);

/** `npm run purge`: the retention job once, with the server's settings. */

const NOW = new Date('2056-03-04T09:00:00.000Z');
const DAY = 86_400_000;

describe('npm run purge', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cse-purge-cmd-'));
    file = join(dir, 'store.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function seed(createdDaysAgo: number[]): Promise<string[]> {
    const storage = openEmbeddedStorage(file);
    const references: string[] = [];
    for (const [i, days] of createdDaysAgo.entries()) {
      const { reference } = await storage.submissions.submit({
        idempotencyKey: `flow-${i}`,
        kind: 'form.makesafeReport',
        ownerKey: 'owner-test-1',
        payload: { business: 'Fictional Hotel' },
        createdAt: new Date(NOW.getTime() - days * DAY),
      });
      references.push(reference);
    }
    await storage.close();
    return references;
  }

  test('deletes what is past its period with the configured periods, and prints counts only', async () => {
    const [old, young] = await seed([400, 100]);
    const lines: string[] = [];
    const code = await runPurge({ DATA_FILE: file, RECORD_RETENTION_DAYS_BY_FORM: '{"form.makesafeReport": 365}' }, (line) => lines.push(line), NOW);
    expect(code).toBe(PURGE_EXIT.done);
    expect(lines).toEqual(['purge: 1 records past their retention period deleted and audited']);
    const storage = openEmbeddedStorage(file);
    await expect(storage.submissions.get(old ?? '')).resolves.toBeUndefined();
    await expect(storage.submissions.get(young ?? '')).resolves.toBeDefined();
    await storage.close();
  });

  test('a period for a form that does not exist, or no store: exit 2 and nothing deleted', async () => {
    const [old] = await seed([400]);
    const lines: string[] = [];
    await expect(runPurge({ DATA_FILE: file, RECORD_RETENTION_DAYS_BY_FORM: '{"form.nothing": 1}' }, (line) => lines.push(line), NOW)).resolves.toBe(PURGE_EXIT.unreadable);
    expect(lines[0]).toMatch(/^purge: NOT RUN \(RECORD_RETENTION_DAYS_BY_FORM\.form\.nothing: no such form/);
    await expect(runPurge({ DATA_FILE: join(dir, 'none.db') }, (line) => lines.push(line), NOW)).resolves.toBe(PURGE_EXIT.unreadable);
    const storage = openEmbeddedStorage(file);
    await expect(storage.submissions.get(old ?? '')).resolves.toBeDefined();
    await storage.close();
  });

  test('the npm script runs it (nothing is older than 25 years here, so nothing goes)', async () => {
    await seed([400]);
    const result = spawnSync('npm', ['run', '--silent', 'purge'], { cwd: join(__dirname, '../..'), env: { ...process.env, DATA_FILE: file, MONGODB_URI: '' }, encoding: 'utf8' });
    expect(result.stdout).toBe('purge: 0 records past their retention period deleted and audited\n');
    expect(result.status).toBe(PURGE_EXIT.done);
  });
});
