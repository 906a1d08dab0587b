import { z } from 'zod';
import { fileInfoAttachment } from '../cards/fileOffer.card';
import type { ActionView, Translate, View } from '../cards/view';
import { submissionReference } from '../dialogs/events.schema';
import { profileFileNotice } from '../dialogs/profile/problemProfileView';
import { profilePeriodSchema } from '../dialogs/profile/profile.schema';
import { toDocx } from '../dialogs/forms/export/docx.export';
import type { DocumentOfSubmission } from '../dialogs/forms/export/submissionDocuments';
import type { AuditActorOf } from './auditActor';
import { isLoopback } from './config';
import type { Logger } from './logger';
import { PROFILE_AUDIT_SUBJECT, type ProblemProfileDeps } from './problemProfile';
import { decideOn, ownerOnly, refusedAction } from './recordAccess';
import type { Actor } from '../dialogs/access/access.schema';
import type { Storage } from './storage/types';
import { putFile } from './teamsFilePut';
import { answerProfileFile } from './teamsProfileFile';

/**
 * The user's answer to Teams' file card (`fileConsent/invoke`, one-to-one chats only). The file is a
 * submission's Word document or the problem profile's CSV (bot/teamsProfileFile.ts). On "Allow" the
 * Word document is drawn again from the stored submission, checked to be the user's to export, and PUT to the
 * upload URL Teams gave, as Microsoft documents it (one request, Content-Range over the whole file);
 * the reply is Teams' file info card naming the file. On "Decline" nothing is sent and the text is
 * offered. An upload URL is used only when it is https on an allowed host: Teams hands it over, but
 * anyone who can post an invoke could name any URL, and the bot must not be made to send a child's
 * record elsewhere. Each answer is acted on once (a replay is answered 200 and does nothing): the
 * offer is claimed as revision 1 of a record of its own in the conversation store, an insert under
 * a unique key on every backend. Nothing from the invoke (URLs carry the user's OneDrive path) is logged.
 */

export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** How long an offer's claim is kept: far longer than Teams keeps an upload URL valid. */
const CLAIM_TTL_MS = 7 * 24 * 3_600_000;

const bounded = (max: number) => z.string().min(1).max(max);
const offerId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const consentSchema = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.union([z.object({ reference: submissionReference, offerId }), z.object({ profileMonths: profilePeriodSchema, offerId })]),
  uploadInfo: z
    .object({ name: bounded(256), uploadUrl: bounded(4096), contentUrl: bounded(4096), uniqueId: bounded(256), fileType: bounded(32) })
    .optional(),
});

export interface UploadPolicy {
  /** Host names an upload URL may be on, each with its subdomains (TEAMS_FILE_UPLOAD_HOSTS). */
  hosts: readonly string[];
  /** Tests only (given at wiring, never by the environment): plain http to a loopback address, standing in for OneDrive. */
  allowLoopbackHttp?: boolean;
}

/** True for an https URL (default port, no credentials) on an allowed host or one of its subdomains. */
export function uploadUrlAllowed(raw: string, policy: UploadPolicy): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  if (policy.allowLoopbackHttp === true && url.protocol === 'http:' && isLoopback(host.replace(/^\[|\]$/g, ''))) return true;
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return policy.hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export interface FileConsentDeps {
  storage: Storage;
  documents: DocumentOfSubmission;
  translatorFor: (locale: string | undefined) => Translate;
  auditActorOf: AuditActorOf;
  logger: Logger;
  policy: UploadPolicy;
  /** The problem profile's reading: what a record tells decide (tests route records themselves). */
  problemProfile?: Pick<ProblemProfileDeps, 'recordAccess'>;
  clock?: () => Date;
}

export interface FileConsentRequest {
  value: unknown;
  ownerKey: string;
  /** Who answered the card (bot/identity.ts); without it, the owner holding no role. */
  actor?: Actor;
  conversationType: string | undefined;
  locale: string | undefined;
}

/** What to answer: the invoke's status, and the messages to send first (views as cards, or Teams attachments). */
export interface FileConsentAnswer {
  status: 200 | 400 | 403;
  views: View[];
  attachments: Array<ReturnType<typeof fileInfoAttachment>>;
}

const answer = (status: FileConsentAnswer['status'], views: View[] = [], attachments: FileConsentAnswer['attachments'] = []): FileConsentAnswer => ({ status, views, attachments });

const textAction = (reference: string): ActionView => ({ label: { key: 'exports:actions.text' }, data: { event: 'submission.textRequested', reference }, style: 'positive' });
const listAction = (): ActionView => ({ label: { key: 'exports:actions.list' }, data: { event: 'submissions.listRequested' } });
/**
 * Asks for the file again as any first request does (`submission.fileRequested`): the turn runner checks
 * the submission is the presser's and the chat one-to-one, and sends a new file card with a new offer id.
 * The failed offer stays claimed, so its answer replayed still does nothing.
 */
const retryAction = (reference: string): ActionView => ({ label: { key: 'exports:actions.fileRetry' }, data: { event: 'submission.fileRequested', reference }, style: 'positive' });
const notice = (name: string, reference: string | undefined, tone: 'info' | 'warning' = 'info', actions = reference === undefined ? [listAction()] : [textAction(reference), listAction()]): View => ({
  kind: 'notice',
  tone,
  safetyLine: true,
  title: { key: `exports:notices.${name}.title` },
  lines: [{ key: `exports:notices.${name}.line1` }],
  actions,
});
/** Teams did not take the file: a new file card, or the text. */
const failedNotice = (reference: string): View => notice('fileFailed', reference, 'warning', [retryAction(reference), { label: { key: 'exports:actions.text' }, data: { event: 'submission.textRequested', reference } }, listAction()]);

export function fileConsentHandler(deps: FileConsentDeps): (request: FileConsentRequest) => Promise<FileConsentAnswer> {
  const clock = deps.clock ?? (() => new Date());
  return async (request) => {
    const now = clock();
    const parsed = consentSchema.safeParse(request.value);
    if (!parsed.success) {
      deps.logger.info({ outcome: 'unreadable' }, 'file consent');
      return answer(400);
    }
    const { action, context, uploadInfo } = parsed.data;
    const about = 'reference' in context ? { audited: 'submission', subject: context.reference } : { audited: 'profile', subject: PROFILE_AUDIT_SUBJECT(context.profileMonths) };
    const audit = (what: string) => deps.storage.audit.append({ at: now, actorKey: deps.auditActorOf(request.ownerKey), action: what, subject: about.subject });
    const refusedNotice = (name: 'filePersonalOnly' | 'fileRefused'): View => ('reference' in context ? notice(name, context.reference, name === 'fileRefused' ? 'warning' : 'info') : profileFileNotice(name, context.profileMonths));
    if (request.conversationType !== 'personal') {
      await audit(`${about.audited}.fileRefused`);
      deps.logger.info({ outcome: 'notPersonal' }, 'file consent');
      return answer(403, [refusedNotice('filePersonalOnly')]);
    }
    if (action === 'accept' && (uploadInfo === undefined || !uploadUrlAllowed(uploadInfo.uploadUrl, deps.policy) || !uploadUrlAllowed(uploadInfo.contentUrl, deps.policy))) {
      await audit(`${about.audited}.fileUploadRefused`);
      deps.logger.warn({ outcome: 'uploadUrlRefused' }, 'file consent: the upload URL is not https on an allowed host (TEAMS_FILE_UPLOAD_HOSTS)');
      return answer(400, [refusedNotice('fileRefused')]);
    }
    const claim = await deps.storage.conversations.save(`file-offer:${context.offerId}`, 0, { ...about, action }, new Date(now.getTime() + CLAIM_TTL_MS), now);
    if (!claim.ok) {
      deps.logger.info({ outcome: 'replayed' }, 'file consent');
      return answer(200);
    }
    const actor = request.actor ?? ownerOnly(request.ownerKey);
    const t = deps.translatorFor(request.locale);
    if ('profileMonths' in context) {
      const profileDeps = { storage: deps.storage, auditActorOf: deps.auditActorOf, logger: deps.logger, ...deps.problemProfile };
      const outcome = await answerProfileFile(profileDeps, { months: context.profileMonths, action, uploadInfo, actor, ownerKey: request.ownerKey, t, now });
      return answer(200, outcome.views, outcome.attachments);
    }
    return answerSubmissionFile(deps, { reference: context.reference, action, uploadInfo, actor, t, audit });
  };
}

interface SubmissionFileAnswer {
  reference: string;
  action: 'accept' | 'decline';
  uploadInfo: { name: string; uploadUrl: string; contentUrl: string; uniqueId: string; fileType: string } | undefined;
  actor: Actor;
  t: Translate;
  /** Appends an audit entry about this submission. */
  audit: (action: string) => Promise<unknown>;
}

/** The Word document: the record loaded and decide asked before anything is drawn; drawn again from the store and uploaded. */
async function answerSubmissionFile(deps: FileConsentDeps, request: SubmissionFileAnswer): Promise<FileConsentAnswer> {
  const { uploadInfo, t, audit } = request;
  const record = await deps.storage.submissions.get(request.reference);
  if (record === undefined || !decideOn(request.actor, 'export', record).allowed) {
    if (record !== undefined) await audit(refusedAction('export'));
    return answer(200, [notice('notFound', undefined)]);
  }
  if (request.action === 'decline' || uploadInfo === undefined) {
    await audit('submission.fileDeclined');
    return answer(200, [notice('fileDeclined', record.reference)]);
  }
  const document = deps.documents({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt }, t);
  if (document === undefined) return answer(200, [notice('unknownForm', undefined, 'warning')]);
  await audit('submission.fileRead');
  const sent = await putFile(uploadInfo.uploadUrl, await toDocx(document, t), DOCX_TYPE).catch(() => false);
  if (!sent) {
    await audit('submission.fileUploadFailed');
    deps.logger.warn({ outcome: 'uploadFailed' }, 'file consent: the upload was not accepted');
    return answer(200, [failedNotice(record.reference)]);
  }
  await audit('submission.fileUploaded');
  deps.logger.info({ outcome: 'uploaded' }, 'file consent');
  return answer(200, [], [fileInfoAttachment(uploadInfo)]);
}
