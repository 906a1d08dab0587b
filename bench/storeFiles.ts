import { existsSync, statSync } from 'node:fs';
import Database from 'libsql';
import { z } from 'zod';

/**
 * What the embedded store holds, read from outside the measured process: the sizes of its
 * database, WAL and shared-memory index files, and its SQLite settings as a new connection gets
 * them (the assistant's two connections set none of these, so they have the same).
 */

export interface StoreFiles {
  database: number;
  wal: number;
  shm: number;
  pageSize: number;
  pageCount: number;
  /** SQLite's page cache per connection: negative is KiB, positive is pages. */
  cacheSize: number;
  mmapSize: number;
  walAutocheckpoint: number;
  revisions: number;
  conversations: number;
}

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);
const number = z.number();

export function storeFilesOf(file: string): StoreFiles {
  const sizes = { database: sizeOf(file), wal: sizeOf(`${file}-wal`), shm: sizeOf(`${file}-shm`) };
  const db = new Database(file);
  try {
    // libsql's pragma(…, { simple: true }) answers the row, not its value.
    const pragma = (name: string): number => number.parse(Object.values(z.record(z.string(), z.unknown()).parse(db.prepare(`PRAGMA ${name}`).get()))[0]);
    const count = (sql: string): number => z.object({ n: number }).parse(db.prepare(sql).get()).n;
    return {
      ...sizes,
      pageSize: pragma('page_size'),
      pageCount: pragma('page_count'),
      cacheSize: pragma('cache_size'),
      mmapSize: pragma('mmap_size'),
      walAutocheckpoint: pragma('wal_autocheckpoint'),
      revisions: count('SELECT COUNT(*) AS n FROM conversation_revisions'),
      conversations: count('SELECT COUNT(DISTINCT conversation_id) AS n FROM conversation_revisions'),
    };
  } finally {
    db.close();
  }
}
