import { ConfigError, loadConfig } from '../config';
import { openStorageDirect } from '../storage/openDirect';
import type { Storage } from '../storage/types';
import { describeBreak, verifyAuditChain } from '../storage/verifyAuditChain';

/** The exit codes of `npm run audit:verify`. */
export const VERIFY_EXIT = { intact: 0, broken: 1, unreadable: 2 } as const;

/**
 * `npm run audit:verify`: reads the same settings as the server, walks the audit chain in pages and
 * prints the entries checked and the first broken link. Prints no entry's content: only numbers,
 * the kind of break and the head hash.
 */
export async function runAuditVerify(env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  let storage: Storage;
  try {
    storage = await openStorageDirect(loadConfig(env).storage);
  } catch (error) {
    print(`audit chain: NOT CHECKED: the store could not be opened (${whyUnreadable(error)})`);
    return VERIFY_EXIT.unreadable;
  }
  try {
    const report = await verifyAuditChain(storage.audit);
    if (report.unchained > 0) print(`audit chain: ${report.unchained} entries written before the chain began are kept but not covered by it`);
    if (report.broken !== undefined) {
      print(`audit chain: BROKEN at ${describeBreak(report.broken)}; ${report.checked} entries before it are intact`);
      return VERIFY_EXIT.broken;
    }
    print(`audit chain: intact, ${report.checked} entries checked; head ${report.head.seq} ${report.head.hash}`);
    return VERIFY_EXIT.intact;
  } catch (error) {
    print(`audit chain: NOT CHECKED: the store could not be read (${whyUnreadable(error)})`);
    return VERIFY_EXIT.unreadable;
  } finally {
    await storage.close().catch(() => undefined);
  }
}

/** The kind of failure, and a configuration problem's own words (they name settings, never values). */
function whyUnreadable(error: unknown): string {
  if (error instanceof ConfigError) return error.problems.join('; ');
  if (error instanceof Error && error.name === 'StoreNotReadableError') return error.message;
  return error instanceof Error ? error.name : 'unknown error';
}
