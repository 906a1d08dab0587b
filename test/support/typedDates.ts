/**
 * A date as a person types it (d/m/yyyy), counted from today in London: for tests that post to a
 * running assistant, whose forms judge a child's age and "not in the future" by the real clock. A
 * fixed date there changes meaning at the next birthday, or once the day it names has come.
 */
export function typedDateYearsAgo(years: number, laterByDays = 0, now = new Date()): string {
  const part = (type: string): number =>
    Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now).find((p) => p.type === type)?.value);
  const date = new Date(Date.UTC(part('year') - years, part('month') - 1, part('day') + laterByDays));
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
