import { escalationEventKey, escalationNow, recordedEscalation, type EscalationDecision } from '../../dialogs/alerts/escalation';
import { afterFailure, type RetryPolicy } from '../../dialogs/alerts/retrySchedule';
import type { Logger } from '../logger';
import type { AlertEscalation, AlertRecord } from '../storage/alert.types';
import { recipientsOfRouteKeys, StorageUnavailableError, type Storage } from '../storage/types';
import type { SendAlert } from './alertSender';

/**
 * The loop that sends the outbox's alerts: one tick at a time, a bounded batch per tick. For each due
 * alert it checks the submission exists (the alert was written before it), that the recipient has a
 * kept conversation (else the alert waits, uncounted, until they open the app), then claims the next
 * attempt (an insert only one dispatcher wins), sends, and records the outcome: sent, or tried again
 * after the retry schedule's delay, or failed once the attempts run out.
 *
 * An escalation alert is first due its wait after the submit. When it is, the dispatcher records once
 * per record and wait (each step of a chain has a wait of its own) whether the record is escalated
 * (nobody has acknowledged it) or not, with the roles it goes to (the record's history names them); escalated,
 * the record is routed to the next contact's roles (so `decide` lets them read and act on it), the
 * escalation is audited once, and the alert is sent as any other; not escalated, it is cancelled.
 *
 * Exactly once per recipient, with one honest exception: a dispatcher that dies after sending and
 * before recording it leaves its claim unsettled; after the lease that attempt counts as failed and
 * the alert is sent again. Logs carry the alert id (a hash), the attempt and an error's kind only.
 */

/** Who escalated a record, in the audit log and the record's events: the dispatcher, not a person. */
export const ESCALATION_ACTOR = 'alert-escalation';

export interface AlertDispatcherOptions {
  storage: Pick<Storage, 'alerts' | 'references' | 'submissions' | 'recordEvents' | 'audit'>;
  send: SendAlert;
  logger: Logger;
  retry: RetryPolicy;
  batchSize: number;
  clock?: () => Date;
  /** How long a claimed attempt may stay unsettled before it counts as failed (its dispatcher died). */
  claimLeaseMs?: number;
  /** How soon an alert whose recipient has no kept conversation, or whose submission is not written yet, is looked at again. */
  recheckMs?: number;
  /** The longest one send may take: it is given up (and retried) after this. */
  sendTimeoutMs?: number;
}

export interface TickReport {
  sent: number;
  retrying: number;
  failed: number;
  /** Recipients with no kept conversation yet, or submissions not written yet. */
  waiting: number;
  /** Claimed by another dispatcher. */
  skipped: number;
  /** Escalations not needed: the record was acknowledged in time. */
  cancelled: number;
}

export interface AlertDispatcher {
  tick(): Promise<TickReport>;
  /** Runs a tick every `intervalMs` after the previous one ends, until stop(). */
  start(intervalMs: number): void;
  /** Stops the loop and waits for a tick in flight. */
  stop(): Promise<void>;
}

const DEFAULT_CLAIM_LEASE_MS = 5 * 60_000;
const DEFAULT_RECHECK_MS = 30_000;
const DEFAULT_SEND_TIMEOUT_MS = 60_000;

export function createAlertDispatcher(options: AlertDispatcherOptions): AlertDispatcher {
  const { storage, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const leaseMs = options.claimLeaseMs ?? DEFAULT_CLAIM_LEASE_MS;
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const sendTimeoutMs = options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;

  async function settleFailure(alert: AlertRecord, attempt: number, error: unknown): Promise<'retrying' | 'failed'> {
    const now = clock();
    const next = afterFailure(attempt, now, options.retry);
    const errorKind = error instanceof Error ? error.name : typeof error;
    if (next.kind === 'giveUp') {
      await storage.alerts.settle(alert.alertId, attempt, { status: 'failed', nextAttemptAt: now, at: now });
      logger.error({ alertId: alert.alertId, attempt, errorKind }, 'alert not sent after its last attempt: left as failed');
      return 'failed';
    }
    await storage.alerts.settle(alert.alertId, attempt, { status: 'pending', nextAttemptAt: next.at, at: now });
    logger.warn({ alertId: alert.alertId, attempt, errorKind, retryAt: next.at.toISOString() }, 'alert not sent; it will be tried again');
    return 'retrying';
  }

  /** The escalation's decision: the one recorded for this record and wait, else this dispatcher's, recorded (and audited) first. */
  async function escalationOf(reference: string, escalation: AlertEscalation, now: Date): Promise<EscalationDecision> {
    const events = await storage.recordEvents.listFor([reference]);
    const recorded = recordedEscalation(events, escalation.afterMinutes);
    if (recorded !== undefined) return recorded;
    const decision = escalationNow(events);
    const eventKey = escalationEventKey(escalation.afterMinutes);
    const { created } = await storage.recordEvents.append({ reference, eventKey, kind: decision, actorKey: ESCALATION_ACTOR, at: now, details: { afterMinutes: escalation.afterMinutes, to: escalation.to } });
    if (!created) return recordedEscalation(await storage.recordEvents.listFor([reference]), escalation.afterMinutes) ?? decision;
    if (decision === 'escalated') await storage.audit.append({ at: now, actorKey: ESCALATION_ACTOR, action: 'record.escalated', subject: reference });
    return decision;
  }

  async function cancel(alert: AlertRecord, now: Date): Promise<keyof TickReport> {
    const attempt = alert.attempts + 1;
    const claim = await storage.alerts.claim(alert.alertId, attempt, now);
    if (!claim.won) return 'skipped';
    await storage.alerts.settle(alert.alertId, attempt, { status: 'cancelled', nextAttemptAt: now, at: now });
    logger.info({ alertId: alert.alertId }, 'escalation not needed: the record was acknowledged in time');
    return 'cancelled';
  }

  async function dispatch(alert: AlertRecord): Promise<keyof TickReport> {
    const now = clock();
    const reference = await storage.submissions.referenceOf(alert.idempotencyKey);
    if (reference !== undefined && alert.escalation !== undefined) {
      if ((await escalationOf(reference, alert.escalation, now)) === 'escalationNotNeeded') return cancel(alert, now);
      // Routed before the alert goes (and again on every look, which adds nothing once done): Open must find it readable.
      await storage.submissions.addRoutes(reference, recipientsOfRouteKeys(alert.escalation.to));
    }
    const kept = reference === undefined ? undefined : await storage.references.get(alert.recipientObjectId);
    if (reference === undefined || kept === undefined) {
      await storage.alerts.postpone(alert.alertId, new Date(now.getTime() + recheckMs));
      return 'waiting';
    }
    const attempt = alert.attempts + 1;
    const claim = await storage.alerts.claim(alert.alertId, attempt, now);
    if (!claim.won) {
      // Another dispatcher holds this attempt; if it has held it past the lease, it died mid-send.
      if (now.getTime() - claim.claimedAt.getTime() < leaseMs) return 'skipped';
      return settleFailure(alert, attempt, new Error('claim lease expired'));
    }
    try {
      const escalated = alert.escalation === undefined ? {} : { escalatedAfterMinutes: alert.escalation.afterMinutes };
      await withTimeout(options.send(kept, { formKind: alert.formKind, reference, ...escalated }), sendTimeoutMs);
    } catch (error) {
      return settleFailure(alert, attempt, error);
    }
    const sentAt = clock();
    await storage.alerts.settle(alert.alertId, attempt, { status: 'sent', nextAttemptAt: sentAt, at: sentAt });
    logger.info({ alertId: alert.alertId, attempt }, 'alert sent');
    return 'sent';
  }

  async function tick(): Promise<TickReport> {
    const report: TickReport = { sent: 0, retrying: 0, failed: 0, waiting: 0, skipped: 0, cancelled: 0 };
    const due = await storage.alerts.due(clock(), options.batchSize);
    for (const alert of due) report[await dispatch(alert)] += 1;
    return report;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const loop = (intervalMs: number): void => {
    timer = setTimeout(() => {
      running = tick()
        .then(() => undefined)
        .catch((error: unknown) => {
          if (error instanceof StorageUnavailableError) logger.warn('storage unavailable: alerts will be sent on a later tick');
          else logger.error({ errorKind: error instanceof Error ? error.name : typeof error }, 'alert dispatch tick failed; the next tick tries again');
        })
        .finally(() => {
          running = undefined;
          if (!stopped) loop(intervalMs);
        });
    }, intervalMs);
    timer.unref();
  };

  return {
    tick,
    start(intervalMs) {
      stopped = false;
      loop(intervalMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('send timed out')), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
