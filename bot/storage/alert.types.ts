/** The alert outbox's records and the interface every adapter implements (bot/alerts/ writes and sends them). */

/** `cancelled`: an escalation not needed, because the record was acknowledged in time. */
export type AlertStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

/**
 * What makes an alert an escalation: it is first due `afterMinutes` after it was written, goes out only
 * if nobody the record was routed to has acknowledged it by then, and routes the record to `to`
 * ("settingId/role" keys: the next contact's roles) when it does.
 */
export interface AlertEscalation {
  afterMinutes: number;
  to: string[];
}

/** One alert to one person about one submission, written before the submission itself (bot/alerts/). */
export interface NewAlert {
  /** Unique: derived from the submission's idempotency key and the recipient, so a repeated submit writes nothing new. */
  alertId: string;
  idempotencyKey: string;
  recipientObjectId: string;
  formKind: string;
  createdAt: Date;
  /** Absent for the alert of a new record; present for an escalation to the next contact. */
  escalation?: AlertEscalation;
}

/** When an alert is first due: at once, or an escalation's wait after it was written. */
export const firstDueOf = (alert: NewAlert): Date => new Date(alert.createdAt.getTime() + (alert.escalation?.afterMinutes ?? 0) * 60_000);

export interface AlertRecord extends NewAlert {
  status: AlertStatus;
  /** Attempts settled so far (a claimed attempt counts once it is settled). */
  attempts: number;
  nextAttemptAt: Date;
  /** When it was sent or given up. */
  settledAt: Date | undefined;
}

export type AlertClaim = { won: true } | { won: false; claimedAt: Date };

/**
 * The alert outbox. The one decision two dispatchers can race on, who makes attempt n of an alert,
 * is an insert under a unique (alertId, attempt) key: atomic on every backend.
 */
export interface AlertOutbox {
  /** Writes each alert once; one already there is left as it is. */
  enqueue(alerts: readonly NewAlert[]): Promise<void>;
  /** Pending alerts whose next attempt is due, soonest first, at most `limit`. */
  due(now: Date, limit: number): Promise<AlertRecord[]>;
  /** Claims attempt `attempt` of an alert; only one caller ever wins a given attempt. */
  claim(alertId: string, attempt: number, now: Date): Promise<AlertClaim>;
  /** Records how claimed attempt `attempt` ended; ignored unless the alert is still at attempt - 1. */
  settle(alertId: string, attempt: number, outcome: { status: AlertStatus; nextAttemptAt: Date; at: Date }): Promise<void>;
  /** Moves a pending alert's next look to later without counting an attempt (its recipient has no conversation yet). */
  postpone(alertId: string, nextAttemptAt: Date): Promise<void>;
  /** The alerts of one submission (tests and diagnosis). */
  listByKey(idempotencyKey: string): Promise<AlertRecord[]>;
  /**
   * Removes the alerts of one submission and their attempt claims (claims first, so none outlives
   * its alert). Only the retention purge calls this; idempotent.
   */
  removeByKey(idempotencyKey: string): Promise<void>;
}
