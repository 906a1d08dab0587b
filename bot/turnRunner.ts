import { randomUUID } from 'node:crypto';
import type { View } from '../cards/view';
import { decide } from '../dialogs/access/decide';
import { handleTurn } from '../dialogs/conversation';
import type { DomainEvent } from '../dialogs/events.schema';
import { routerForOneTurn } from '../dialogs/router';
import type { TurnDeps } from '../dialogs/turn';
import { noticeView } from '../dialogs/views';
import { loadProblemProfile, mayReadProblemProfile, type ProblemProfileDeps } from './problemProfile';
import { withProfileCharts } from './profileCharts';
import { ownerOnly } from './recordAccess';
import { createRecordLoads } from './recordLoads';
import { toJsonObject } from './storage/jsonObject';
import { StorageUnavailableError } from './storage/types';
import { createTurnReads, type LoadedDrafts } from './turnReads';
import type { TurnRequest, TurnRunnerOptions } from './turnRequest';
import { createTurnWrites } from './turnWrites';

export type { AlertsOf, TurnChannel, TurnRequest, TurnRunnerOptions } from './turnRequest';

/**
 * One turn: load, validate, restore, send, settle (inside dialogs), save with a revision check,
 * then the effects, then the views. A save that loses a race re-runs the turn on the fresh state,
 * so two instances never overwrite each other's answers. What a turn reads before its dialog is
 * bot/turnReads.ts; what it writes besides the conversation, bot/turnWrites.ts.
 */

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
  const reads = createTurnReads(options, records);
  const writes = createTurnWrites(options, records);

  return async function runTurn(request: TurnRequest): Promise<View[]> {
    const started = Date.now();
    const actor = request.actor ?? ownerOnly(request.ownerKey);
    // A typed message is routed once this turn, for what to load and for the answer alike.
    const routeText = routerForOneTurn();
    const loadedSubmissions = await reads.loadSubmissions(request.event, request.ownerKey, actor, clock(), routeText);
    const csvLink = reads.profileCsvLink(request, actor, clock());
    const profileDeps: ProblemProfileDeps = { storage, auditActorOf: options.auditActorOf, ...options.problemProfile, ...(csvLink === undefined ? {} : { csvLink }), route: routeText };
    const loadedProfile = await loadProblemProfile(profileDeps, request.event, request.ownerKey, actor, clock());
    const documents = reads.documentsFor(request.locale);
    const t = options.translatorFor?.(request.locale);
    const withinBudget = () => {
      if (Date.now() - started > TURN_BUDGET_MS) throw new StorageUnavailableError(new Error('turn budget exceeded'));
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const now = clock();
      const loaded = await storage.conversations.load(request.conversationId, now);
      // One submission per form instance and turn, even when the turn is run again for the drafts.
      const submitted = new Map<string, Promise<{ reference: string }>>();
      const runDialog = async (drafts: LoadedDrafts | undefined) => {
        let draftsWanted = false;
        const deps: TurnDeps = {
          now,
          newId: randomUUID,
          facts: options.facts,
          catalogue: options.catalogue,
          get drafts() {
            if (drafts !== undefined) return drafts.parked;
            draftsWanted = true;
            return [];
          },
          get unopenedDrafts() {
            if (drafts !== undefined) return drafts.unopened;
            draftsWanted = true;
            return [];
          },
          knowledge: options.knowledge,
          draftTtlDays: Math.round(options.draftTtlMs / 86_400_000),
          submitForm: (kind, idempotencyKey, payload) => {
            const once = submitted.get(idempotencyKey) ?? writes.submitForm(request, actor, now, { kind, idempotencyKey, payload });
            submitted.set(idempotencyKey, once);
            return once;
          },
          fileHandOff: reads.fileHandOff(request, now),
          route: routeText,
        };
        if (loadedSubmissions !== undefined) deps.submissions = loadedSubmissions;
        if (decide(actor, 'listForMe').allowed) deps.receivesRecords = true;
        if (loadedProfile !== undefined) deps.problemProfile = loadedProfile;
        if (mayReadProblemProfile(actor)) deps.mayReadProblemProfile = true;
        if (documents !== undefined) deps.documents = documents;
        if (t !== undefined) deps.t = t;
        const outcome = await handleTurn(loaded.state, request.event, request.activityId, deps, { undecryptable: loaded.undecryptable === true });
        return { outcome, draftsWanted };
      };
      // The drafts are read only for a turn that shows or uses them (the welcome, the menu, a
      // resume): one that turns out to want them unread is run again, pure as it is, with them read.
      const first = await runDialog(DRAFT_EVENTS.has(request.event.event) ? await reads.loadDrafts(request.ownerKey, now) : undefined);
      const { outcome } = first.draftsWanted ? await runDialog(await reads.loadDrafts(request.ownerKey, now)) : first;
      // Parking writes the draft before the conversation lets go of the journey, and removing a
      // resumed draft waits until the conversation holds it: a failure between the two keeps a
      // spare copy, never loses one. Parking is an upsert by journey instance, so a re-run is safe.
      const [beforeSave, afterSave] = partition(outcome.effects, (e) => e.type === 'draft.park');
      withinBudget();
      await writes.applyEffects(beforeSave, request.ownerKey, actor, now);
      withinBudget();
      if (outcome.changed) {
        const expiresAt = new Date(now.getTime() + options.conversationTtlMs);
        const saved = await storage.conversations.save(request.conversationId, loaded.revision, toJsonObject(outcome.state), expiresAt, now);
        if (!saved.ok) {
          logger.info({ attempt, event: request.event.event }, 'conversation revision conflict; re-running the turn on the fresh state');
          continue;
        }
      }
      await writes.applyEffects(afterSave, request.ownerKey, actor, now);
      return options.drawChart === undefined || t === undefined ? outcome.views : withProfileCharts(outcome.views, t, options.drawChart, logger);
    }
    logger.warn({ event: request.event.event }, 'conversation kept changing under this turn; asking the user to try again');
    return [noticeView('busy', 'info', [])];
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}
