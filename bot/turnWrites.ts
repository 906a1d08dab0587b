import type { Actor } from '../dialogs/access/access.schema';
import type { Effect } from '../dialogs/turn';
import type { RecordLoads } from './recordLoads';
import { toJsonObject } from './storage/jsonObject';
import type { DraftRecord } from './storage/types';
import type { TurnRequest, TurnRunnerOptions } from './turnRequest';

/** What a turn writes besides its conversation: a form's submission (exactly once), its effects in order. */

export type FormSubmission = { kind: string; idempotencyKey: string; payload: Record<string, unknown> };

export function createTurnWrites(options: TurnRunnerOptions, records: RecordLoads) {
  const { storage } = options;

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
  async function submitForm(request: TurnRequest, actor: Actor, now: Date, submission: FormSubmission): Promise<{ reference: string }> {
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

  return { applyEffects, submitForm };
}
