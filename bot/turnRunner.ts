import { randomUUID } from 'node:crypto';
import type { View } from '../cards/view';
import { activeFlowSchema } from '../dialogs/conversationState.schema';
import { handleTurn } from '../dialogs/conversation';
import type { DomainEvent } from '../dialogs/events.schema';
import type { DeploymentFacts } from '../dialogs/flow';
import type { Effect, ParkedJourney, TurnDeps } from '../dialogs/turn';
import { noticeView } from '../dialogs/views';
import type { AuditActorOf } from './auditActor';
import type { Logger } from './logger';
import type { DraftRecord, JsonObject, Storage } from './storage/types';
import { jsonObjectSchema, StorageUnavailableError } from './storage/types';

/**
 * One turn: load, validate, restore, send, settle (inside dialogs), save with a revision check,
 * then the effects, then the views. A save that loses a race re-runs the turn on the fresh state,
 * so two instances never overwrite each other's answers.
 */

export interface TurnRunnerOptions {
  storage: Storage;
  logger: Logger;
  facts: DeploymentFacts;
  conversationTtlMs: number;
  draftTtlMs: number;
  knowledge: TurnDeps['knowledge'];
  /** The audit log's actor key for an owner key: salted, so it cannot be recomputed from a user id (bot/auditActor.ts). */
  auditActorOf: AuditActorOf;
  clock?: () => Date;
}

export interface TurnRequest {
  conversationId: string;
  ownerKey: string;
  activityId: string | undefined;
  event: DomainEvent;
}

const MAX_ATTEMPTS = 4;
/**
 * Teams gives a turn 15 seconds. Slow storage is checked before each write: a turn past this
 * budget stops before saving (so nothing half-done is stored) and the user is told to try again.
 */
const TURN_BUDGET_MS = 9_000;

export function createTurnRunner(options: TurnRunnerOptions) {
  const { storage, logger } = options;
  const clock = options.clock ?? (() => new Date());

  async function loadDrafts(ownerKey: string, now: Date): Promise<ParkedJourney[]> {
    const drafts = await storage.drafts.list(ownerKey, now);
    return drafts.flatMap((d) => {
      const flow = activeFlowSchema.safeParse(d.state);
      return flow.success ? [{ draftId: d.draftId, flowId: d.flowId, flow: flow.data, updatedAt: d.updatedAt }] : [];
    });
  }

  async function applyEffects(effects: Effect[], ownerKey: string, now: Date): Promise<void> {
    for (const effect of effects) {
      if (effect.type === 'audit') {
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

  /** Exactly once per form instance: a repeated key gives back the first reference and writes nothing new. */
  async function submitForm(ownerKey: string, now: Date, submission: { kind: string; idempotencyKey: string; payload: Record<string, unknown> }): Promise<{ reference: string }> {
    const result = await storage.submissions.submit({ ...submission, ownerKey, payload: toJsonObject(submission.payload), createdAt: now });
    await storage.audit.append({ at: now, actorKey: options.auditActorOf(ownerKey), action: result.created ? 'form.submitted' : 'form.submitRepeated', subject: result.reference });
    return { reference: result.reference };
  }

  return async function runTurn(request: TurnRequest): Promise<View[]> {
    const started = Date.now();
    const withinBudget = () => {
      if (Date.now() - started > TURN_BUDGET_MS) throw new StorageUnavailableError(new Error('turn budget exceeded'));
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const now = clock();
      const loaded = await storage.conversations.load(request.conversationId, now);
      const deps: TurnDeps = {
        now,
        newId: randomUUID,
        facts: options.facts,
        drafts: await loadDrafts(request.ownerKey, now),
        knowledge: options.knowledge,
        draftTtlDays: Math.round(options.draftTtlMs / 86_400_000),
        submitForm: (kind, idempotencyKey, payload) => submitForm(request.ownerKey, now, { kind, idempotencyKey, payload }),
      };
      const outcome = await handleTurn(loaded.state, request.event, request.activityId, deps);
      // Parking writes the draft before the conversation lets go of the journey, and removing a
      // resumed draft waits until the conversation holds it: a failure between the two keeps a
      // spare copy, never loses one. Parking is an upsert by journey instance, so a re-run is safe.
      const [beforeSave, afterSave] = partition(outcome.effects, (e) => e.type === 'draft.park');
      withinBudget();
      await applyEffects(beforeSave, request.ownerKey, now);
      withinBudget();
      if (outcome.changed) {
        const expiresAt = new Date(now.getTime() + options.conversationTtlMs);
        const saved = await storage.conversations.save(request.conversationId, loaded.revision, toJsonObject(outcome.state), expiresAt, now);
        if (!saved.ok) {
          logger.info({ attempt, event: request.event.event }, 'conversation revision conflict; re-running the turn on the fresh state');
          continue;
        }
      }
      await applyEffects(afterSave, request.ownerKey, now);
      return outcome.views;
    }
    logger.warn({ event: request.event.event }, 'conversation kept changing under this turn; asking the user to try again');
    return [noticeView('busy', 'info', [])];
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

/** Dialog state is plain data; this checks it is JSON before it is stored. */
function toJsonObject(value: unknown): JsonObject {
  return jsonObjectSchema.parse(JSON.parse(JSON.stringify(value)));
}
