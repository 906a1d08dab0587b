import { decide } from '../../dialogs/access/decide';
import { ConfigError, type RetentionConfig } from '../config';
import { recordAccessOf } from '../recordAccess';
import type { Storage, SubmissionHeader } from '../storage/types';

/**
 * The retention job: every submitted record older than its form's period is deleted, one at a time,
 * each as the retention job asking `decide(…, 'purge', record)`, and each deletion audited as
 * `submission.purged` with the reference, and what other stores keep about it (its lead events, its
 * alerts) removed with it. Drafts and conversations expire on their own (the sweep); the audit trail
 * is never purged.
 */

/** The actor of a purge in the audit trail: the job, not a person. */
export const RETENTION_JOB_ACTOR = 'retention-job';
export const PURGED_ACTION = 'submission.purged';
/** Records listed per step: a purge never holds an unbounded set. */
const PURGE_PAGE = 100;
const DAY_MS = 86_400_000;

export interface PurgeDeps {
  storage: Pick<Storage, 'submissions' | 'audit'>;
  /** The forms whose records are kept and purged (the catalogue's form ids). */
  forms: readonly string[];
  retention: Pick<RetentionConfig, 'defaultDays' | 'byForm'>;
  now: Date;
  /**
   * Removes what other stores keep about a record (its events, its alert outbox): removeRelatedOf in
   * production. Called before the record goes, so a purge stopped in between finds the record and
   * its related data again, and once more after, for anything added while it went. Must be
   * idempotent: it also runs on every instance that reaches the same record.
   */
  purgeRelated: PurgeRelated;
}

export type PurgeRelated = (record: SubmissionHeader) => Promise<void>;

export interface PurgeReport {
  /** Records this run deleted (and audited). */
  purged: number;
  /** Records another instance deleted between the listing and the delete. */
  alreadyGone: number;
}

/** The period of each form, in days. */
export function retentionDaysOf(form: string, retention: PurgeDeps['retention']): number {
  return retention.byForm[form] ?? retention.defaultDays;
}

/** A period configured for a form that does not exist is a mistake: it would purge nothing, silently. */
export function checkRetentionForms(retention: Pick<RetentionConfig, 'byForm'>, forms: readonly string[]): void {
  const unknown = Object.keys(retention.byForm).filter((form) => !forms.includes(form));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((form) => `RECORD_RETENTION_DAYS_BY_FORM.${form}: no such form (the forms are ${forms.join(', ')})`));
  }
}

export async function purgeExpiredRecords(deps: PurgeDeps): Promise<PurgeReport> {
  const report: PurgeReport = { purged: 0, alreadyGone: 0 };
  for (const form of deps.forms) {
    const cutoff = new Date(deps.now.getTime() - retentionDaysOf(form, deps.retention) * DAY_MS);
    for (;;) {
      const expired = await deps.storage.submissions.listCreatedBefore(form, cutoff, PURGE_PAGE);
      for (const record of expired) {
        // Where a record was routed has no bearing on its retention: the header carries no routing.
        if (!decide({ kind: 'retentionJob' }, 'purge', recordAccessOf({ ...record, routedTo: [] })).allowed) throw new Error('the retention job was refused a purge');
        await deps.purgeRelated(record);
        if (await deps.storage.submissions.remove(record.reference)) {
          await deps.storage.audit.append({ at: deps.now, actorKey: RETENTION_JOB_ACTOR, action: PURGED_ACTION, subject: record.reference });
          report.purged += 1;
        } else {
          report.alreadyGone += 1;
        }
        // A lead's event or an alert's claim written by someone who read the record just before it went.
        await deps.purgeRelated(record);
      }
      if (expired.length < PURGE_PAGE) break;
    }
  }
  return report;
}
