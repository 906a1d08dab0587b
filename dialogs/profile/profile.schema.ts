import { z } from 'zod';

/**
 * The MASE problem profile (Section 7: "a comprehensive and informative Problem Profile"), as counts
 * only: what a MASE coordinator or analyst sees and exports. It carries codes (a theme's question id,
 * an option value, a band, a London month), never a name, a date of birth, an address or free text.
 */

/** The periods offered, in months ending with the current London month. */
export const PROFILE_PERIODS = [3, 6, 12] as const;
export const profilePeriodSchema = z.union([z.literal(3), z.literal(6), z.literal(12)]);
export type ProfilePeriod = z.infer<typeof profilePeriodSchema>;
export const DEFAULT_PROFILE_PERIOD: ProfilePeriod = 12;

/**
 * Counts from 1 to SMALL_NUMBER_THRESHOLD - 1 are shown as "fewer than 5", in the chat and in the CSV
 * alike: a profile is shared beyond the MASE, and a small count can point at one child.
 */
export const SMALL_NUMBER_THRESHOLD = 5;
export const FEWER_THAN = 'fewerThan5';
export const shownCountSchema = z.union([z.number().int().min(0), z.literal(FEWER_THAN)]);
export type ShownCount = z.infer<typeof shownCountSchema>;

export const PROFILE_DIMENSIONS = ['month', 'theme', 'locationType', 'cseModel', 'ageBand'] as const;
export const profileDimensionSchema = z.enum(PROFILE_DIMENSIONS);
export type ProfileDimension = z.infer<typeof profileDimensionSchema>;

/** One count: a dimension, a code within it (a `yyyy-mm` month, a theme's question id, an option value, a band) and how many. */
export const profileRowSchema = z.object({
  dimension: profileDimensionSchema,
  value: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  count: shownCountSchema,
});
export type ProfileRow = z.infer<typeof profileRowSchema>;

export const problemProfileSchema = z.object({
  months: profilePeriodSchema,
  /** The first and last London months counted, `yyyy-mm`. */
  from: z.string().regex(/^\d{4}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}$/),
  /** MASE information forms counted. */
  forms: shownCountSchema,
  /** Forms that could not be read with this version's definition: left out, and said so. */
  unreadable: z.number().int().min(0),
  /** True when the store gave the most forms one profile reads: the oldest in the period are left out. */
  truncated: z.boolean(),
  rows: z.array(profileRowSchema),
});
export type ProblemProfile = z.infer<typeof problemProfileSchema>;

/** A count as it may be shown: 0, or SMALL_NUMBER_THRESHOLD and more, exactly; the rest as "fewer than 5". */
export function shown(count: number): ShownCount {
  return count > 0 && count < SMALL_NUMBER_THRESHOLD ? FEWER_THAN : count;
}
