import { z } from 'zod';

/** The alert dispatcher (docs/roles-and-alerts.md): how often it looks, how much per look, and how it retries. */
export const alertsEnv = z.object({
  ALERT_DISPATCH_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(10),
  ALERT_RETRY_DELAYS_SECONDS: z
    .string()
    .trim()
    .default('30,120,600,1800,3600')
    .transform((v) => v.split(',').map((d) => d.trim()).filter((d) => d !== '').map(Number))
    .pipe(z.array(z.number().int('whole seconds, comma-separated, e.g. 30,120,600').min(1).max(86_400)).min(1, 'at least one delay, e.g. 30,120,600')),
  ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  ALERT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  // The wait before a record nobody has acknowledged goes to a route's escalateTo, where the route names none: up to a week (as the settings file's escalateAfterMinutes).
  ALERT_ESCALATE_AFTER_MINUTES: z.coerce.number().int('whole minutes, such as 120').min(1).max(7 * 24 * 60).default(120),
});

export type AlertsEnv = z.output<typeof alertsEnv>;

export interface AlertsConfig {
  intervalMs: number;
  batchSize: number;
  /** The delay after each failed attempt (the last repeats) and the attempts in all. */
  retry: { delaysMs: number[]; maxAttempts: number };
  /** ALERT_ESCALATE_AFTER_MINUTES: the wait of a route with an escalateTo and no escalateAfterMinutes. */
  escalateAfterMinutes: number;
}

export function alertsOf(e: AlertsEnv): AlertsConfig {
  return {
    intervalMs: e.ALERT_DISPATCH_INTERVAL_SECONDS * 1000,
    batchSize: e.ALERT_BATCH_SIZE,
    retry: { delaysMs: e.ALERT_RETRY_DELAYS_SECONDS.map((seconds) => seconds * 1000), maxAttempts: e.ALERT_MAX_ATTEMPTS },
    escalateAfterMinutes: e.ALERT_ESCALATE_AFTER_MINUTES,
  };
}
