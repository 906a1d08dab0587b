import { z } from 'zod';
import { ConfigError } from './configError';
import { optionalText } from './optionalText';

/**
 * How long a submitted record is kept when its form has no period of its own: 25 years from
 * submission. The protocol sets none; the IRMS toolkit keeps a child protection record until the
 * child's date of birth plus 25 years, and a record is submitted while the child is under 18, so 25
 * years from submission never deletes one sooner than the toolkit would (docs/retention.md).
 */
export const DEFAULT_RETENTION_DAYS = 9_132;
/** A period longer than a century is a typing mistake, not a policy. */
const MAX_RETENTION_DAYS = 36_525;

/** RECORD_RETENTION_DAYS_BY_FORM: a form id and its own period, e.g. {"form.makesafeReport": 2557}. */
const FORM_ID_RULE = 'not a form id (a form id is such as form.concernRecord)';
export const retentionByFormSchema = z.record(
  z.string().regex(/^form\.[A-Za-z]+$/, FORM_ID_RULE),
  z.number().int().min(1).max(MAX_RETENTION_DAYS),
);

/** How long submitted records are kept, and how often the purge job runs (docs/retention.md). */
export const retentionEnv = z.object({
  RECORD_RETENTION_DAYS: z.coerce.number().int().min(1).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
  RECORD_RETENTION_DAYS_BY_FORM: optionalText,
  PURGE_EVERY_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
});

export type RetentionEnv = z.output<typeof retentionEnv>;

export interface RetentionConfig {
  /** Days a record is kept after it was submitted, for a form with no period of its own. */
  defaultDays: number;
  /** A form's own period in days, by form id; checked against the forms at start (bot/app.ts). */
  byForm: Record<string, number>;
  purgeEveryMs: number;
}

function parseRetentionByForm(raw: string | undefined): Record<string, number> {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(['RECORD_RETENTION_DAYS_BY_FORM: not valid JSON (an object such as {"form.makesafeReport": 2557})']);
  }
  const parsed = retentionByFormSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `RECORD_RETENTION_DAYS_BY_FORM${i.path.length > 0 ? `.${i.path.join('.')}` : ''}: ${i.code === 'invalid_key' ? FORM_ID_RULE : i.message}`),
    );
  }
  return parsed.data;
}

export function retentionOf(e: RetentionEnv): RetentionConfig {
  return { defaultDays: e.RECORD_RETENTION_DAYS, byForm: parseRetentionByForm(e.RECORD_RETENTION_DAYS_BY_FORM), purgeEveryMs: e.PURGE_EVERY_MINUTES * 60_000 };
}
