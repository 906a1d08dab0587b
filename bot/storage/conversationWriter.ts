import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { SaveResult } from './types';

/**
 * Group commit for the embedded store's conversation saves, in a worker thread on its own
 * connection: saves that arrive while a commit is in flight wait and go together in the next
 * transaction. Each save is answered only after the transaction that holds it has committed.
 * Inside a transaction each save is checked against the newest revision in order, so of two saves
 * of one revision the first wins and the second is a conflict, exactly as when they were committed
 * one by one.
 *
 * This connection commits with synchronous=NORMAL (WAL): a commit is written to the WAL file
 * before it is answered, so a killed process loses no acknowledged save (the kernel has it), but it
 * is not fsynced; only a power cut or an OS crash may lose the last saves, which the person answers
 * again. Everything that must survive a power cut too (submissions, record events, the audit log,
 * alerts, drafts) is written on the store's main connection at synchronous=FULL, whose fsync of
 * the WAL also makes every conversation save before it durable. See docs/storage.md.
 */

export interface RevisionWrite {
  conversationId: string;
  revision: number;
  state: string;
  expiresAt: number;
  updatedAt: number;
}

export interface ConversationWriter {
  save(write: RevisionWrite): Promise<SaveResult>;
  /** Waits for the saves already asked for, then stops the worker. */
  close(): Promise<void>;
}

/** Plain JavaScript, run with eval: the same under tsx, jest and the compiled build. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const db = new Database(workerData.file);
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');
const rollback = db.prepare('ROLLBACK');
const newest = db.prepare('SELECT MAX(revision) AS newest FROM conversation_revisions WHERE conversation_id = ?');
const insert = db.prepare('INSERT INTO conversation_revisions (conversation_id, revision, state, expires_at, updated_at) VALUES (?, ?, ?, ?, ?)');
parentPort.on('message', (batch) => {
  // Closed from here, not terminated: tearing libsql down under a termination exception aborts the process.
  if (batch === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    begin.run();
    const results = [];
    try {
      for (const write of batch) {
        const found = newest.get(write.conversationId).newest;
        const ok = found === null || found < write.revision;
        if (ok) insert.run(write.conversationId, write.revision, write.state, write.expiresAt, write.updatedAt);
        results.push(ok);
      }
      commit.run();
    } catch (error) {
      try { rollback.run(); } catch {}
      throw error;
    }
    parentPort.postMessage({ results });
  } catch (error) {
    parentPort.postMessage({ failed: error && error.code ? String(error.code) : 'write failed' });
  }
});
`;

const replySchema = z.union([z.object({ results: z.array(z.boolean()) }), z.object({ failed: z.string() })]);

interface Pending {
  write: RevisionWrite;
  resolve: (result: SaveResult) => void;
  reject: (error: Error) => void;
}

/** The error a save gets when its transaction failed; it names the SQLite code, never the data. */
export class ConversationWriteError extends Error {
  constructor(code: string) {
    super(`the conversation could not be saved (${code})`);
    this.name = 'ConversationWriteError';
  }
}

export function groupCommitWriter(file: string): ConversationWriter {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, libsql: require.resolve('libsql') } });
  worker.unref();
  let waiting: Pending[] = [];
  let inFlight: Pending[] | undefined;
  let broken: Error | undefined;
  let drained: (() => void) | undefined;

  const flush = (): void => {
    if (inFlight !== undefined || broken !== undefined) return;
    if (waiting.length === 0) {
      worker.unref();
      drained?.();
      return;
    }
    inFlight = waiting;
    waiting = [];
    // Referenced while a commit is in flight: a process waiting on a save must not exit under it.
    worker.ref();
    worker.postMessage(inFlight.map((pending) => pending.write));
  };

  const fail = (error: Error): void => {
    broken ??= error;
    for (const pending of [...(inFlight ?? []), ...waiting]) pending.reject(error);
    inFlight = undefined;
    waiting = [];
    drained?.();
  };

  worker.on('message', (message: unknown) => {
    const done = inFlight ?? [];
    inFlight = undefined;
    const reply = replySchema.parse(message);
    if ('failed' in reply) {
      for (const pending of done) pending.reject(new ConversationWriteError(reply.failed));
    } else {
      done.forEach((pending, i) => pending.resolve(reply.results[i] === true ? { ok: true, revision: pending.write.revision } : { ok: false, reason: 'conflict' }));
    }
    flush();
  });
  worker.on('error', (error) => fail(new ConversationWriteError(error.name)));
  worker.on('exit', () => fail(new ConversationWriteError('writer stopped')));

  return {
    save(write: RevisionWrite): Promise<SaveResult> {
      return new Promise<SaveResult>((resolve, reject) => {
        if (broken !== undefined) return reject(broken);
        waiting.push({ write, resolve, reject });
        flush();
      });
    },
    async close(): Promise<void> {
      if (inFlight !== undefined || waiting.length > 0) await new Promise<void>((resolve) => (drained = resolve));
      if (broken !== undefined) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
