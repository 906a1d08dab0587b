import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { SaveResult } from '../../bot/storage/types';
import { z } from 'zod';

/**
 * Issue 14: the embedded store commits concurrent saves together in a worker thread. What a caller
 * sees must not change: each save answered after its own commit, conflicts decided in order inside
 * a shared transaction, nothing asked for lost at close. (The kill -9 during a burst of turns is
 * test/integration/burst.test.ts.) All data is fictional.
 */

jest.setTimeout(30_000);

const T0 = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');
const dirs: string[] = [];
const freshFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-group-commit-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const revisionRow = z.object({ revision: z.number() });

/** What another connection reads from the file: what is committed, not what one connection holds. */
function committedRevisions(file: string, conversationId: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT revision FROM conversation_revisions WHERE conversation_id = ? ORDER BY revision')
      .all(conversationId)
      .map((row) => revisionRow.parse(row).revision);
  } finally {
    db.close();
  }
}

describe('group commit of conversation saves (embedded file)', () => {
  it('a burst over many conversations: every save ok, each committed when it is answered', async () => {
    const file = freshFile();
    const storage = openEmbeddedStorage(file);
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `conv-burst-${i}`);
      const answered = await Promise.all(
        ids.map(async (id) => {
          const result = await storage.conversations.save(id, 0, { child: 'Test Child A', n: id }, LATER, T0);
          return { result, committed: committedRevisions(file, id) };
        }),
      );
      for (const { result, committed } of answered) {
        expect(result).toEqual({ ok: true, revision: 1 });
        expect(committed).toEqual([1]);
      }
      for (const id of ids) await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: { child: 'Test Child A', n: id } });
    } finally {
      await storage.close();
    }
  });

  it('saves of one revision in the same batch: the first asked wins, the rest are conflicts, across conversations independently', async () => {
    const storage = openEmbeddedStorage(freshFile());
    try {
      await storage.conversations.save('conv-a', 0, { n: 0 }, LATER, T0);
      await storage.conversations.save('conv-b', 0, { n: 0 }, LATER, T0);
      const results: SaveResult[] = await Promise.all(
        Array.from({ length: 12 }, (_, i) => storage.conversations.save(i % 2 === 0 ? 'conv-a' : 'conv-b', 1, { writer: i }, LATER, T0)),
      );
      expect(results.filter((r) => r.ok)).toEqual([{ ok: true, revision: 2 }, { ok: true, revision: 2 }]);
      expect(results.flatMap((r, i) => (r.ok ? [i] : []))).toEqual([0, 1]);
      await expect(storage.conversations.load('conv-a', T0)).resolves.toEqual({ revision: 2, state: { writer: 0 } });
      await expect(storage.conversations.load('conv-b', T0)).resolves.toEqual({ revision: 2, state: { writer: 1 } });
      // A chain within one burst: revision 3 asked after revision 2 was answered goes on from it.
      await expect(storage.conversations.save('conv-a', 2, { n: 3 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 3 });
    } finally {
      await storage.close();
    }
  });

  it('close waits for the saves already asked for: none is lost', async () => {
    const file = freshFile();
    const storage = openEmbeddedStorage(file);
    const asked = Array.from({ length: 25 }, (_, i) => storage.conversations.save(`conv-close-${i}`, 0, { n: i }, LATER, T0));
    await storage.close();
    await expect(Promise.all(asked)).resolves.toHaveLength(25);
    for (let i = 0; i < 25; i += 1) expect(committedRevisions(file, `conv-close-${i}`)).toEqual([1]);
    const reopened = openEmbeddedStorage(file);
    try {
      await expect(reopened.conversations.load('conv-close-24', T0)).resolves.toEqual({ revision: 1, state: { n: 24 } });
    } finally {
      await reopened.close();
    }
  });
});
