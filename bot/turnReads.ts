import { activeFlowSchema } from '../dialogs/conversationState.schema';
import type { DomainEvent } from '../dialogs/events.schema';
import type { Actor } from '../dialogs/access/access.schema';
import type { FormDocument } from '../dialogs/forms/document';
import { toDocx } from '../dialogs/forms/export/docx.export';
import { LISTED_SUBMISSIONS, submissionsNeeded, type FileHandOff, type StoredSubmission, type SubmissionsLoaded } from '../dialogs/forms/export/mySubmissions';
import { toText } from '../dialogs/forms/export/text.export';
import { recordsNeeded } from '../dialogs/records/leadJourney';
import type { Router } from '../dialogs/router';
import type { ParkedJourney, TurnDeps, UnopenedDraft } from '../dialogs/turn';
import type { Translate } from '../cards/view';
import type { ProblemProfileDeps } from './problemProfile';
import { decideOn, refusedAction, type RecordRequest } from './recordAccess';
import type { RecordLoads } from './recordLoads';
import { EXPORTS_PATH } from './routes/exports';
import { PROFILE_EXPORT_PATH } from './routes/profileExport';
import { StorageUnavailableError, type SubmissionRecord } from './storage/types';
import type { TurnRequest, TurnRunnerOptions } from './turnRequest';

/**
 * What a turn reads before its dialog runs, each only for the events that need it: the parked
 * journeys, the submissions (every read and refusal audited), and how files reach this user.
 */

export function createTurnReads(options: TurnRunnerOptions, records: RecordLoads) {
  const { storage, logger } = options;

  /**
   * The owner's saved drafts: those that read as a journey, and those that do not (the store could not
   * decrypt it, or what it decrypted is not a journey this version reads), listed with Delete only.
   */
  async function loadDrafts(ownerKey: string, now: Date): Promise<LoadedDrafts> {
    const drafts = await storage.drafts.list(ownerKey, now);
    const parked: ParkedJourney[] = [];
    const unopened: UnopenedDraft[] = [];
    for (const d of drafts) {
      const header = { draftId: d.draftId, flowId: d.flowId, updatedAt: d.updatedAt, expiresAt: d.expiresAt };
      const flow = d.state === undefined ? undefined : activeFlowSchema.safeParse(d.state);
      if (flow?.success === true) {
        parked.push({ ...header, flow: flow.data });
        continue;
      }
      // The store already warned of one it could not decrypt; nothing of the draft is logged, only its kind of journey.
      if (flow !== undefined) logger.warn({ flowId: d.flowId }, 'a saved draft does not read as a journey; listed as one that cannot be opened');
      unopened.push(header);
    }
    return { parked, unopened };
  }

  /** Reads what the event needs of the submissions, as the authorisation function allows, and audits every read and refusal. */
  async function loadSubmissions(event: DomainEvent, ownerKey: string, actor: Actor, now: Date, routeText: Router): Promise<SubmissionsLoaded | undefined> {
    const read = (reference: string) =>
      storage.submissions.get(reference).catch((error: unknown) => {
        if (error instanceof StorageUnavailableError) throw error;
        logger.warn({ event: event.event }, 'a submission could not be read; the user was told it cannot be found');
        return undefined;
      });
    const recordNeed = recordsNeeded(event, routeText);
    if (recordNeed !== undefined) return records.load(recordNeed, actor, ownerKey, now, read);
    const need = submissionsNeeded(event, routeText);
    if (need === undefined) return undefined;
    const actorKey = options.auditActorOf(ownerKey);
    const audit = (action: string, subject: string) => storage.audit.append({ at: now, actorKey, action, subject });
    if (need.kind === 'list') {
      const listed = (await storage.submissions.listByOwner(ownerKey, LISTED_SUBMISSIONS)).filter((record) => decideOn(actor, 'read', record).allowed);
      for (const record of listed) await audit('submission.listed', record.reference);
      return { listed: await records.withLeadState(listed, actor) };
    }
    const record = await read(need.reference);
    if (record === undefined) return { listed: [] };
    const request: RecordRequest = event.event === 'submission.opened' ? 'read' : 'export';
    if (!decideOn(actor, request, record).allowed) {
      await audit(refusedAction(request), record.reference);
      return { listed: [] };
    }
    await audit(READ_ACTIONS[event.event] ?? 'submission.viewed', record.reference);
    if (event.event !== 'submission.opened') return { listed: [], opened: asStored(record) };
    const [opened] = await records.withLeadState([record], actor);
    return opened === undefined ? { listed: [] } : { listed: [], opened: await records.withChronology(opened, record, actor, ownerKey, now) };
  }

  function fileHandOff(request: TurnRequest, now: Date): FileHandOff {
    const tokens = options.exportTokens;
    // Teams has no download link: a file card in a one-to-one chat, and only the text in a group chat or channel.
    if (request.channel?.id === 'msteams') return request.channel.conversationType === 'personal' ? { kind: 'teamsFile' } : { kind: 'textOnly', reason: 'filesInPersonalChatOnly' };
    if (tokens === undefined) return { kind: 'textOnly' };
    // Signed for the person asking (the owner, or a lead the record was routed to); their roles are looked up again when it is fetched.
    const reader = request.objectId === undefined ? { ownerKey: request.ownerKey } : { ownerKey: request.ownerKey, objectId: request.objectId };
    return { kind: 'download', linkFor: (reference) => `${EXPORTS_PATH}/${encodeURIComponent(tokens.sign(reference, reader, now))}` };
  }

  /** The CSV's link, where files come by link: signed for the roles the asker holds now and their audit key. */
  function profileCsvLink(request: TurnRequest, actor: Actor, now: Date): ProblemProfileDeps['csvLink'] {
    const links = options.profileLinks;
    if (links === undefined || actor.kind !== 'person' || request.channel?.id === 'msteams') return undefined;
    // The audit key (an HMAC) is made only when a link is drawn, not on every turn.
    return (months) => `${PROFILE_EXPORT_PATH}?token=${encodeURIComponent(links.sign({ months, holds: actor.holds, actorKey: options.auditActorOf(request.ownerKey) }, now))}`;
  }

  // One set of document makers per language's translator (kept by bot/i18n), not three closures every turn.
  const documentsOfTranslator = new WeakMap<Translate, NonNullable<TurnDeps['documents']>>();
  function documentsFor(locale: string | undefined): TurnDeps['documents'] {
    const documentOf = options.documents;
    const translatorFor = options.translatorFor;
    if (documentOf === undefined || translatorFor === undefined) return undefined;
    const t = translatorFor(locale);
    const known = documentsOfTranslator.get(t);
    if (known !== undefined) return known;
    const deadlines = options.deadlines;
    const made = {
      of: (submission: StoredSubmission) => documentOf(submission, t),
      text: (document: FormDocument) => toText(document, t),
      docx: (document: FormDocument) => toDocx(document, t),
      ...(deadlines === undefined ? {} : { deadlines }),
    };
    documentsOfTranslator.set(t, made);
    return made;
  }

  return { loadDrafts, loadSubmissions, fileHandOff, profileCsvLink, documentsFor };
}

export interface LoadedDrafts {
  parked: ParkedJourney[];
  unopened: UnopenedDraft[];
}

/** How each read of one submission is audited. */
const READ_ACTIONS: Partial<Record<DomainEvent['event'], string>> = {
  'submission.textRequested': 'submission.exportedText',
  'submission.fileRequested': 'submission.fileOffered',
};

const asStored = (record: SubmissionRecord): StoredSubmission => ({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt });
