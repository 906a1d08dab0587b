import { buildCatalogue } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import { ConfigError, loadConfig, type RetentionConfig } from '../config';
import { checkRetentionForms, purgeExpiredRecords } from '../retention/purge';
import { removeRelatedOf } from '../retention/purgeRelated';
import { openStorageDirect } from '../storage/openDirect';
import type { Storage } from '../storage/types';

export const PURGE_EXIT = { done: 0, failed: 1, unreadable: 2 } as const;

/**
 * `npm run purge`: the retention job once, with the server's settings, as the server runs it on its
 * schedule. Prints counts only, never a reference.
 */
export async function runPurge(env: Record<string, string | undefined>, print: (line: string) => void, now = new Date()): Promise<number> {
  let storage: Storage;
  let forms: readonly string[];
  let retention: RetentionConfig;
  try {
    const config = loadConfig(env);
    forms = buildCatalogue(CATALOGUE_ENTRIES).forms;
    checkRetentionForms(config.retention, forms);
    retention = config.retention;
    storage = await openStorageDirect(config.storage);
  } catch (error) {
    print(`purge: NOT RUN (${why(error)})`);
    return PURGE_EXIT.unreadable;
  }
  try {
    const report = await purgeExpiredRecords({ storage, forms, retention, now, purgeRelated: removeRelatedOf(storage) });
    print(`purge: ${report.purged} records past their retention period deleted and audited${report.alreadyGone > 0 ? `; ${report.alreadyGone} already deleted by another instance` : ''}`);
    return PURGE_EXIT.done;
  } catch (error) {
    print(`purge: STOPPED (${why(error)}); records deleted before it are audited; run it again`);
    return PURGE_EXIT.failed;
  } finally {
    await storage.close().catch(() => undefined);
  }
}

function why(error: unknown): string {
  if (error instanceof ConfigError) return error.problems.join('; ');
  if (error instanceof Error && error.name === 'StoreNotReadableError') return error.message;
  return error instanceof Error ? error.name : 'unknown error';
}
