import { randomUUID } from 'node:crypto';
import type { View } from '../cards/view';
import { activeFlowSchema } from '../dialogs/conversationState.schema';
import { handleTurn } from '../dialogs/conversation';
import type { DomainEvent } from '../dialogs/events.schema';
import type { FlowCatalogue } from '../dialogs/catalogue';
import type { DeploymentFacts } from '../dialogs/flow';
import type { Effect, ParkedJourney, TurnDeps } from '../dialogs/turn';
import type { FormDocument } from '../dialogs/forms/document';
import { LISTED_SUBMISSIONS, submissionsNeeded, type FileHandOff, type StoredSubmission, type SubmissionsLoaded } from '../dialogs/forms/export/mySubmissions';
import type { ChildOfSubmission, DeadlinesOfSubmission, DocumentOfSubmission } from '../dialogs/forms/export/submissionDocuments';
import { toText } from '../dialogs/forms/export/text.export';
import type { RouteAnswers } from '../dialogs/forms/routeAnswers';
import { toDocx } from '../dialogs/forms/export/docx.export';
import type { Translate } from '../cards/view';
import type { ExportTokens } from './exports/exportToken';
import { EXPORTS_PATH } from './routes/exports';
import { PROFILE_EXPORT_PATH } from './routes/profileExport';
import type { ProfileLinkTokens } from './exports/profileLinkToken';
import { noticeView } from '../dialogs/views';
import type { AuditActorOf } from './auditActor';
import type { Logger } from './logger';
import { decideOn, ownerOnly, refusedAction, type RecordRequest } from './recordAccess';
import { createRecordLoads } from './recordLoads';
import { recordsNeeded } from '../dialogs/records/leadJourney';
import { decide } from '../dialogs/access/decide';
import type { Actor, HeldRole, Recipient } from '../dialogs/access/access.schema';
import type { DraftRecord, JsonObject, NewAlert, Storage, SubmissionRecord } from './storage/types';
import { loadProblemProfile, mayReadProblemProfile, type ProblemProfileDeps } from './problemProfile';
import { parseJsonObjectText, StorageUnavailableError } from './storage/types';
import type { ChartDrawer } from './chart/drawChart';
import { withProfileCharts } from './profileCharts';

/**
 * One turn: load, validate, restore, send, settle (inside dialogs), save with a revision check,
 * then the effects, then the views. A save that loses a race re-runs the turn on the fresh state,
 * so two instances never overwrite each other's answers.
 */

export interface TurnRunnerOptions {
  storage: Storage;
  logger: Logger;
  facts: DeploymentFacts;
  /** The journeys and forms, built at wiring. */
  catalogue: FlowCatalogue;
  conversationTtlMs: number;
  draftTtlMs: number;
  knowledge: TurnDeps['knowledge'];
  /** The audit log's actor key for an owner key: salted, so it cannot be recomputed from a user id (bot/auditActor.ts). */
  auditActorOf: AuditActorOf;
  clock?: () => Date;
  /** Stored submissions in words (supplied at wiring); without it a submission lists by reference only and cannot be opened. */
  documents?: DocumentOfSubmission;
  /** A `t` for a user's language: exports are drawn in the words of the turn. */
  translatorFor?: (locale: string | undefined) => Translate;
  /** Signs download links (the local web chat only); without it files are not offered. */
  exportTokens?: ExportTokens;
  /** Who a stored submission is about (supplied at wiring): a lead's view puts records about the same child together. */
  childOf?: ChildOfSubmission;
  /** A stored submission's deadlines (supplied at wiring): Records for me shows them, overdue first. */
  deadlines?: DeadlinesOfSubmission;
  /** Who a form submitted by someone holding these roles goes to (the settings file's routes, with what the record's answers tell them); without it, nobody. */
  recipientsOf?: (formKind: string, submitter: readonly HeldRole[], answers: RouteAnswers) => Recipient[];
  /** What a submitted record's answers tell its routing (the host borough it names; supplied at wiring); without it, nothing. */
  routeAnswersOf?: (formKind: string, payload: Record<string, unknown>) => RouteAnswers;
  /** The alerts a submission owes (bot/alerts/alertsOfSubmission.ts); without it none are written. */
  alertsOf?: AlertsOf;
  /** The problem profile's reading: what a record tells decide (tests route records themselves). */
  problemProfile?: Pick<ProblemProfileDeps, 'recordAccess'>;
  /** Signs the problem profile CSV's download links (the local web chat only, as exportTokens). */
  profileLinks?: ProfileLinkTokens;
  /** Draws the problem profile's charts (bot/chart); without it, or without translatorFor, the card alone is sent. */
  drawChart?: ChartDrawer;
}

/** The alerts a form submitted by this person owes, one per recipient: written before the submission, so a crash between the two loses none. */
export type AlertsOf = (submission: { kind: string; idempotencyKey: string }, submitter: { actor: Actor; objectId: string | undefined }, now: Date, answers?: RouteAnswers) => NewAlert[];

/** Where the turn came from, as far as handing a file over goes. */
export interface TurnChannel {
  id: string | undefined;
  /** Teams: 'personal', 'groupChat' or 'channel'. */
  conversationType: string | undefined;
}

export interface TurnRequest {
  conversationId: string;
  ownerKey: string;
  /** Who is asking (bot/identity.ts); without it, the owner holding no role. */
  actor?: Actor;
  /** Their Entra object id, when they have one (bot/identity.ts objectIdOf): a submitter is never alerted about their own record. */
  objectId?: string;
  activityId: string | undefined;
  event: DomainEvent;
  locale?: string;
  channel?: TurnChannel;
}

const MAX_ATTEMPTS = 4;
/** The events whose answer always shows or uses the parked journeys: their drafts are read before the dialog runs. */
const DRAFT_EVENTS: ReadonlySet<DomainEvent['event']> = new Set(['conversation.started', 'menu.requested', 'drafts.requested', 'draft.resumed', 'draft.deleteRequested', 'draft.deleteConfirmed']);
/**
 * Teams gives a turn 15 seconds. Slow storage is checked before each write: a turn past this
 * budget stops before saving (so nothing half-done is stored) and the user is told to try again.
 */
const TURN_BUDGET_MS = 9_000;

export function createTurnRunner(options: TurnRunnerOptions) {
  const { storage, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const records = createRecordLoads({
    storage,
    auditActorOf: options.auditActorOf,
    ...(options.childOf === undefined ? {} : { childOf: options.childOf }),
    ...(options.deadlines === undefined ? {} : { deadlines: options.deadlines }),
  });

  async function loadDrafts(ownerKey: string, now: Date): Promise<ParkedJourney[]> {
    const drafts = await storage.drafts.list(ownerKey, now);
    return drafts.flatMap((d) => {
      const flow = activeFlowSchema.safeParse(d.state);
      return flow.success ? [{ draftId: d.draftId, flowId: d.flowId, flow: flow.data, updatedAt: d.updatedAt, expiresAt: d.expiresAt }] : [];
    });
  }

  async function applyEffects(effects: Effect[], ownerKey: string, actor: Actor, now: Date): Promise<void> {
    for (const effect of effects) {
      if (effect.type === 'record.append') {
        await records.append(effect, actor, ownerKey, now);
      } else if (effect.type === 'audit') {
        await storage.audit.append({ at: now, actorKey: options.auditActorOf(ownerKey), action: effect.action, subject: effect.subject });
      } else if (effect.type === 'draft.park') {
        const draft: DraftRecord = {
          ownerKey,
          draftId: effect.draftId,
          flowId: effect.flow.flowId,
          state: toJsonObject(effect.flow),
          expiresAt: new Date(now.getTime() + options.draftTtlMs),
          updatedAt: now,
        };
        await storage.drafts.put(draft);
      } else {
        await storage.drafts.remove(ownerKey, effect.draftId);
      }
    }
  }

  /**
   * Exactly once per form instance: a repeated key gives back the first reference and writes nothing new.
   * The record is stored with where it goes, by the routes of the settings the submitter is in now.
   * The alerts go first, keyed by the form instance: the dispatcher sends one only once the submission
   * exists, so dying between the two writes loses no alert (the user's retry writes the submission).
   */
  async function submitForm(request: TurnRequest, actor: Actor, now: Date, submission: { kind: string; idempotencyKey: string; payload: Record<string, unknown> }): Promise<{ reference: string }> {
    const { ownerKey } = request;
    // Worked out once from what was submitted: the record and its alerts go to the same people.
    const answers = options.routeAnswersOf?.(submission.kind, submission.payload) ?? {};
    const routedTo = actor.kind === 'person' ? (options.recipientsOf?.(submission.kind, actor.holds, answers) ?? []) : [];
    const alerts = options.alertsOf?.(submission, { actor, objectId: request.objectId }, now, answers) ?? [];
    if (alerts.length > 0) await storage.alerts.enqueue(alerts);
    const result = await storage.submissions.submit({ ...submission, ownerKey, payload: toJsonObject(submission.payload), createdAt: now, routedTo });
    await storage.audit.append({ at: now, actorKey: options.auditActorOf(ownerKey), action: result.created ? 'form.submitted' : 'form.submitRepeated', subject: result.reference });
    return { reference: result.reference };
  }

  /** Reads what the event needs of the submissions, as the authorisation function allows, and audits every read and refusal. */
  async function loadSubmissions(event: DomainEvent, ownerKey: string, actor: Actor, now: Date): Promise<SubmissionsLoaded | undefined> {
    const read = (reference: string) =>
      storage.submissions.get(reference).catch((error: unknown) => {
        if (error instanceof StorageUnavailableError) throw error;
        logger.warn({ event: event.event }, 'a submission could not be read; the user was told it cannot be found');
        return undefined;
      });
    const recordNeed = recordsNeeded(event);
    if (recordNeed !== undefined) return records.load(recordNeed, actor, ownerKey, now, read);
    const need = submissionsNeeded(event);
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
    const actorKey = options.auditActorOf(request.ownerKey);
    return (months) => `${PROFILE_EXPORT_PATH}?token=${encodeURIComponent(links.sign({ months, holds: actor.holds, actorKey }, now))}`;
  }

  function documentsFor(locale: string | undefined): TurnDeps['documents'] {
    const documentOf = options.documents;
    const translatorFor = options.translatorFor;
    if (documentOf === undefined || translatorFor === undefined) return undefined;
    const t = translatorFor(locale);
    const deadlines = options.deadlines;
    return {
      of: (submission: StoredSubmission) => documentOf(submission, t),
      text: (document: FormDocument) => toText(document, t),
      docx: (document: FormDocument) => toDocx(document, t),
      ...(deadlines === undefined ? {} : { deadlines }),
    };
  }

  return async function runTurn(request: TurnRequest): Promise<View[]> {
    const started = Date.now();
    const actor = request.actor ?? ownerOnly(request.ownerKey);
    const loadedSubmissions = await loadSubmissions(request.event, request.ownerKey, actor, clock());
    const csvLink = profileCsvLink(request, actor, clock());
    const profileDeps: ProblemProfileDeps = { storage, auditActorOf: options.auditActorOf, ...options.problemProfile, ...(csvLink === undefined ? {} : { csvLink }) };
    const loadedProfile = await loadProblemProfile(profileDeps, request.event, request.ownerKey, actor, clock());
    const documents = documentsFor(request.locale);
    const t = options.translatorFor?.(request.locale);
    const withinBudget = () => {
      if (Date.now() - started > TURN_BUDGET_MS) throw new StorageUnavailableError(new Error('turn budget exceeded'));
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const now = clock();
      const loaded = await storage.conversations.load(request.conversationId, now);
      // One submission per form instance and turn, even when the turn is run again for the drafts.
      const submitted = new Map<string, Promise<{ reference: string }>>();
      const runDialog = async (drafts: ParkedJourney[] | undefined) => {
        let draftsWanted = false;
        const deps: TurnDeps = {
          now,
          newId: randomUUID,
          facts: options.facts,
          catalogue: options.catalogue,
          get drafts() {
            if (drafts !== undefined) return drafts;
            draftsWanted = true;
            return [];
          },
          knowledge: options.knowledge,
          draftTtlDays: Math.round(options.draftTtlMs / 86_400_000),
          submitForm: (kind, idempotencyKey, payload) => {
            const once = submitted.get(idempotencyKey) ?? submitForm(request, actor, now, { kind, idempotencyKey, payload });
            submitted.set(idempotencyKey, once);
            return once;
          },
          fileHandOff: fileHandOff(request, now),
        };
        if (loadedSubmissions !== undefined) deps.submissions = loadedSubmissions;
        if (decide(actor, 'listForMe').allowed) deps.receivesRecords = true;
        if (loadedProfile !== undefined) deps.problemProfile = loadedProfile;
        if (mayReadProblemProfile(actor)) deps.mayReadProblemProfile = true;
        if (documents !== undefined) deps.documents = documents;
        if (t !== undefined) deps.t = t;
        const outcome = await handleTurn(loaded.state, request.event, request.activityId, deps);
        return { outcome, draftsWanted };
      };
      // The drafts are read only for a turn that shows or uses them (the welcome, the menu, a
      // resume): one that turns out to want them unread is run again, pure as it is, with them read.
      const first = await runDialog(DRAFT_EVENTS.has(request.event.event) ? await loadDrafts(request.ownerKey, now) : undefined);
      const { outcome } = first.draftsWanted ? await runDialog(await loadDrafts(request.ownerKey, now)) : first;
      // Parking writes the draft before the conversation lets go of the journey, and removing a
      // resumed draft waits until the conversation holds it: a failure between the two keeps a
      // spare copy, never loses one. Parking is an upsert by journey instance, so a re-run is safe.
      const [beforeSave, afterSave] = partition(outcome.effects, (e) => e.type === 'draft.park');
      withinBudget();
      await applyEffects(beforeSave, request.ownerKey, actor, now);
      withinBudget();
      if (outcome.changed) {
        const expiresAt = new Date(now.getTime() + options.conversationTtlMs);
        const saved = await storage.conversations.save(request.conversationId, loaded.revision, toJsonObject(outcome.state), expiresAt, now);
        if (!saved.ok) {
          logger.info({ attempt, event: request.event.event }, 'conversation revision conflict; re-running the turn on the fresh state');
          continue;
        }
      }
      await applyEffects(afterSave, request.ownerKey, actor, now);
      return options.drawChart === undefined || t === undefined ? outcome.views : withProfileCharts(outcome.views, t, options.drawChart, logger);
    }
    logger.warn({ event: request.event.event }, 'conversation kept changing under this turn; asking the user to try again');
    return [noticeView('busy', 'info', [])];
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

/** How each read of one submission is audited. */
const READ_ACTIONS: Partial<Record<DomainEvent['event'], string>> = {
  'submission.textRequested': 'submission.exportedText',
  'submission.fileRequested': 'submission.fileOffered',
};

const asStored = (record: SubmissionRecord): StoredSubmission => ({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt });

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

/** Dialog state is plain data; this checks it is JSON before it is stored. */
function toJsonObject(value: unknown): JsonObject {
  return parseJsonObjectText(JSON.stringify(value));
}
