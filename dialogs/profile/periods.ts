/**
 * London months: a form submitted at 00:30 on 1 June in summer is June's. The profile's period is
 * the current London month and the months before it.
 */

const MONTH_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });

/** The London month of an instant, `yyyy-mm`. */
export function londonMonth(at: Date): string {
  const parts = MONTH_PARTS.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}`;
}

const monthKey = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** The `count` London months ending with the one `now` is in, oldest first. */
export function monthsEndingAt(now: Date, count: number): string[] {
  const [year, month] = londonMonth(now).split('-').map(Number);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const index = (year ?? 0) * 12 + ((month ?? 1) - 1) - back;
    months.push(monthKey(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}

/**
 * A lower bound for the store's query: one hour before midnight UTC at the start of the month, which
 * is at or before London's midnight in winter and summer alike. The months themselves are then
 * decided by `londonMonth`.
 */
export function periodStart(firstMonth: string): Date {
  const [year, month] = firstMonth.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1) - 3_600_000);
}
