import { fileInfoAttachment } from '../cards/fileOffer.card';
import type { Translate, View } from '../cards/view';
import type { Actor } from '../dialogs/access/access.schema';
import { profileFileNotice } from '../dialogs/profile/problemProfileView';
import { profileCsv } from '../dialogs/profile/profileCsv';
import type { ProfilePeriod } from '../dialogs/profile/profile.schema';
import { problemProfileOf } from '../dialogs/socialCare/problemProfile';
import type { Logger } from './logger';
import { mayReadProblemProfile, PROFILE_AUDIT_SUBJECT, readableMaseForms, type ProblemProfileDeps } from './problemProfile';
import { putFile } from './teamsFilePut';

/**
 * "Allow" or "Decline" on the problem profile's CSV file card (Teams, one-to-one chats): the rest of
 * the answer (its shape, the chat, the upload URL, the one claim per offer) is checked first by
 * bot/teamsFileConsent.ts. The person must still hold the MASE coordinator or analyst role
 * (decide's readProblemProfile): the CSV is counted again now, from the MASE forms they may read
 * now, audited as `profile.exported` as the CSV text and its download link are, and uploaded.
 */

const CSV_TYPE = 'text/csv; charset=utf-8';

export interface ProfileFileDeps extends Pick<ProblemProfileDeps, 'storage' | 'auditActorOf' | 'recordAccess'> {
  logger: Logger;
}

export interface ProfileFileAnswer {
  months: ProfilePeriod;
  action: 'accept' | 'decline';
  uploadInfo: { name: string; uploadUrl: string; contentUrl: string; uniqueId: string; fileType: string } | undefined;
  actor: Actor;
  ownerKey: string;
  t: Translate;
  now: Date;
}

export interface ProfileFileOutcome {
  views: View[];
  attachments: Array<ReturnType<typeof fileInfoAttachment>>;
}

export async function answerProfileFile(deps: ProfileFileDeps, answer: ProfileFileAnswer): Promise<ProfileFileOutcome> {
  const { months, actor, now } = answer;
  const audit = (action: string) => deps.storage.audit.append({ at: now, actorKey: deps.auditActorOf(answer.ownerKey), action, subject: PROFILE_AUDIT_SUBJECT(months) });
  const says = (views: View[]): ProfileFileOutcome => ({ views, attachments: [] });
  if (!mayReadProblemProfile(actor)) {
    await audit('profile.refused');
    return says([profileFileNotice('notForYou', months)]);
  }
  if (answer.action === 'decline' || answer.uploadInfo === undefined) {
    await audit('profile.fileDeclined');
    return says([profileFileNotice('fileDeclined', months)]);
  }
  const { records, truncated } = await readableMaseForms(deps, actor, months, now);
  const csv = profileCsv(problemProfileOf(records, now, months, truncated), answer.t);
  await audit('profile.exported');
  const sent = await putFile(answer.uploadInfo.uploadUrl, new TextEncoder().encode(csv), CSV_TYPE).catch(() => false);
  if (!sent) {
    await audit('profile.fileUploadFailed');
    deps.logger.warn({ outcome: 'uploadFailed' }, 'file consent: the problem profile upload was not accepted');
    return says([profileFileNotice('fileFailed', months)]);
  }
  await audit('profile.fileUploaded');
  deps.logger.info({ outcome: 'uploaded' }, 'file consent');
  return { views: [], attachments: [fileInfoAttachment(answer.uploadInfo)] };
}
