import type Database from 'libsql';

/** Runs `work` between BEGIN IMMEDIATE and COMMIT (ROLLBACK if it throws), and returns what it returned. */
export type Transaction = <T>(work: () => T) => T;

/**
 * BEGIN IMMEDIATE takes the write lock before `work` reads anything, so no writer of another
 * connection or process slips in between a check and the write that depends on it.
 */
export function immediateTransaction(db: Database.Database): Transaction {
  // libsql's transaction() runs BEGIN and COMMIT through exec, preparing them on every call.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  return <T>(work: () => T): T => {
    begin.run();
    try {
      const result = work();
      commit.run();
      return result;
    } catch (error) {
      rollback.run();
      throw error;
    }
  };
}
