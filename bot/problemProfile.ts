import { decide } from '../dialogs/access/decide';
import type { Actor, RecordAccess } from '../dialogs/access/access.schema';
import type { DomainEvent } from '../dialogs/events.schema';
import { maseInformationForm } from '../dialogs/forms/maseInformation.form';
import { monthsEndingAt, periodStart } from '../dialogs/profile/periods';
import type { ProfileLoaded } from '../dialogs/profile/problemProfileView';
import type { ProfilePeriod } from '../dialogs/profile/profile.schema';
import { profileNeeded, type ProfileOutput } from '../dialogs/profile/profileNeeded';
import type { Router } from '../dialogs/router';
import { problemProfileOf } from '../dialogs/socialCare/problemProfile';
import type { AuditActorOf } from './auditActor';
import { recordAccessOf } from './recordAccess';
import { MAX_KIND_LISTED, type Storage, type SubmissionRecord } from './storage/types';

/**
 * The problem profile's I/O: who may see it (decide's readProblemProfile: the MASE coordinator and
 * analyst), the MASE information forms of the period that the person may read (readRouted, record
 * by record), counted by the pure problemProfileOf. Reading it is audited as `profile.viewed`, its
 * CSV as `profile.exported`, a Teams file card for it as `profile.fileOffered`, a refusal as
 * `profile.refused`; the subject names the period only.
 *
 * The profile is computed here, in the application, not by a store aggregation: the payloads are
 * encrypted at rest, so no store can group by what is inside them (docs/roles-and-alerts.md).
 */

export interface ProblemProfileDeps {
  storage: Storage;
  auditActorOf: AuditActorOf;
  /** What the authorisation function is told of a record: bot/recordAccess.ts's, unless a test routes records itself. */
  recordAccess?: (record: SubmissionRecord) => RecordAccess;
  /** The CSV's download link for a period, where files come by link (the web chat). */
  csvLink?: (months: ProfilePeriod) => string;
  /** The turn's router, so a message is routed once a turn (dialogs/router.ts routerForOneTurn). */
  route?: Router;
}

/** How a turn's reading of the profile is audited: shown, given as CSV text, or offered as a Teams file (exported only when it is uploaded). */
const AUDITED_AS: Record<ProfileOutput, string> = { card: 'profile.viewed', csvText: 'profile.exported', teamsFile: 'profile.fileOffered' };

export const PROFILE_AUDIT_SUBJECT = (months: ProfilePeriod): string => `problemProfile.${months}m`;

export const mayReadProblemProfile = (actor: Actor): boolean => decide(actor, 'readProblemProfile').allowed;

/** The MASE forms of the period the actor may read, and whether the store's bound was reached. */
export async function readableMaseForms(deps: ProblemProfileDeps, actor: Actor, months: ProfilePeriod, now: Date): Promise<{ records: SubmissionRecord[]; truncated: boolean }> {
  const [first] = monthsEndingAt(now, months);
  const listed = await deps.storage.submissions.listByKind(maseInformationForm.id, periodStart(first ?? ''), MAX_KIND_LISTED);
  const accessOf = deps.recordAccess ?? recordAccessOf;
  return { records: listed.filter((record) => decide(actor, 'readRouted', accessOf(record)).allowed), truncated: listed.length >= MAX_KIND_LISTED };
}

export async function loadProblemProfile(deps: ProblemProfileDeps, event: DomainEvent, ownerKey: string, actor: Actor, now: Date): Promise<ProfileLoaded | undefined> {
  const need = profileNeeded(event, deps.route);
  if (need === undefined) return undefined;
  const audit = (action: string) => deps.storage.audit.append({ at: now, actorKey: deps.auditActorOf(ownerKey), action, subject: PROFILE_AUDIT_SUBJECT(need.months) });
  if (!mayReadProblemProfile(actor)) {
    await audit('profile.refused');
    return { kind: 'refused' };
  }
  const { records, truncated } = await readableMaseForms(deps, actor, need.months, now);
  const profile = problemProfileOf(records, now, need.months, truncated);
  await audit(AUDITED_AS[need.output]);
  const url = deps.csvLink?.(need.months);
  return { kind: 'loaded', profile, ...(url === undefined ? {} : { download: { label: { key: 'profile:actions.download' }, url } }) };
}
