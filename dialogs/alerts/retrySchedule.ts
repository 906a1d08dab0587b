/**
 * When an alert that could not be sent is tried again: after each failed attempt the next delay of
 * the schedule (the last repeats), until the attempts run out and the alert is left as failed.
 */

export interface RetryPolicy {
  /** The delay after the first failure, the second, ...; the last is the cap. At least one. */
  delaysMs: readonly number[];
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

export type AfterFailure = { kind: 'retry'; at: Date } | { kind: 'giveUp' };

export function afterFailure(attempt: number, now: Date, policy: RetryPolicy): AfterFailure {
  if (attempt >= policy.maxAttempts) return { kind: 'giveUp' };
  const index = Math.min(Math.max(attempt, 1), policy.delaysMs.length) - 1;
  return { kind: 'retry', at: new Date(now.getTime() + (policy.delaysMs[index] ?? 0)) };
}
