import type { RecordStatus } from './leadEvents';

/**
 * Records for me filtered by deadline: the records with a deadline already passed, or one falling in
 * the next 24 hours. A closed record is neither: its deadlines no longer ask anything of anyone.
 * The deadlines are the forms' own (dialogs/forms/deadlines.ts), worked out from their answers.
 */

export const DUE_FILTERS = ['overdue', 'dueWithin24Hours'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

const WITHIN_MS = 24 * 3_600_000;

type Deadlines = ReadonlyArray<{ due?: Date }>;

export function isOverdue(deadlines: Deadlines, status: RecordStatus, now: Date): boolean {
  return status !== 'closed' && deadlines.some((d) => d.due !== undefined && d.due.getTime() < now.getTime());
}

/** Due at or after now and before 24 hours from now. */
export function isDueWithin24Hours(deadlines: Deadlines, status: RecordStatus, now: Date): boolean {
  const from = now.getTime();
  return status !== 'closed' && deadlines.some((d) => d.due !== undefined && d.due.getTime() >= from && d.due.getTime() < from + WITHIN_MS);
}

export function matchesDue(filter: DueFilter, deadlines: Deadlines, status: RecordStatus, now: Date): boolean {
  return filter === 'overdue' ? isOverdue(deadlines, status, now) : isDueWithin24Hours(deadlines, status, now);
}
