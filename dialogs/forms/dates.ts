/**
 * Dates and times as people type them, stored as ISO (`yyyy-mm-dd`, `HH:mm`, `yyyy-mm-ddTHH:mm`).
 * "Today" is London's: the protocol is London's, and a date typed at 23:30 in summer is that day's.
 */

export type DateIssue = 'real';
export type ParsedDate = { ok: true; iso: string } | { ok: false; issue: DateIssue };
export type ParsedTime = { ok: true; iso: string } | { ok: false };

/** Today's date and the time now, in London, as ISO strings. */
export interface LondonClock {
  today: string;
  nowLocal: string;
}

/** Built once: constructing a formatter on every call was 2 % of a journey step's CPU (BENCHMARKS.md). */
const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function londonClock(now: Date): LondonClock {
  const parts = LONDON_PARTS.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  const today = `${part('year')}-${part('month')}-${part('day')}`;
  return { today, nowLocal: `${today}T${part('hour')}:${part('minute')}` };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A two-digit year is this century's, unless that puts a date that cannot be in the future after
 * today (a date of birth typed "3/4/98"), or more than 50 years ahead: then it is the last century's.
 */
function fullYear(yy: number, m: number, d: number, today: string, pastOnly: boolean): number {
  const candidate = 2000 + yy;
  const thisYear = Number(today.slice(0, 4));
  if (pastOnly && iso(candidate, m, d) > today) return 1900 + yy;
  return candidate > thisYear + 50 ? 1900 + yy : candidate;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/;

/** dd/mm/yyyy, d/m/yy, d/m/yyyy, d.m.yy, d-m-yyyy and ISO yyyy-mm-dd (what Input.Date posts). */
export function parseDate(text: string, today: string, pastOnly = false): ParsedDate {
  const trimmed = text.trim();
  const isoMatch = ISO_DATE.exec(trimmed);
  const ukMatch = isoMatch === null ? UK_DATE.exec(trimmed) : null;
  let y: number;
  let m: number;
  let d: number;
  if (isoMatch !== null) {
    [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  } else if (ukMatch !== null) {
    const [day, month, year] = [Number(ukMatch[1]), Number(ukMatch[2]), ukMatch[3] ?? ''];
    [d, m] = [day, month];
    y = year.length === 2 ? fullYear(Number(year), m, d, today, pastOnly) : Number(year);
  } else {
    return { ok: false, issue: 'real' };
  }
  return isRealDate(y, m, d) ? { ok: true, iso: iso(y, m, d) } : { ok: false, issue: 'real' };
}

const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
const COMPACT = /^(\d{1,2})(\d{2})$/;

/** 14:30, 14.30, 2.30pm, 2pm, 1430, 930 and Input.Time's HH:mm. */
export function parseTime(text: string): ParsedTime {
  const trimmed = text.trim().toLowerCase();
  const compact = COMPACT.exec(trimmed);
  const clock = compact === null ? CLOCK.exec(trimmed) : null;
  let hour: number;
  let minute: number;
  if (compact !== null) {
    [hour, minute] = [Number(compact[1]), Number(compact[2])];
  } else if (clock !== null) {
    const suffix = clock[3]?.replace(/\./g, '');
    if (clock[2] === undefined && suffix === undefined) return { ok: false };
    [hour, minute] = [Number(clock[1]), Number(clock[2] ?? '0')];
    if (suffix !== undefined) {
      if (hour < 1 || hour > 12) return { ok: false };
      hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
    }
  } else {
    return { ok: false };
  }
  return hour <= 23 && minute <= 59 ? { ok: true, iso: `${pad(hour)}:${pad(minute)}` } : { ok: false };
}

/** Whole years between an ISO date of birth and an ISO day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined || y === undefined || m === undefined || d === undefined) return Number.NaN;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const HOUR_MS = 3_600_000;

/**
 * The instant a London wall-clock time names. In the hour the clocks go back it names two instants:
 * the first (still summer time) is taken, so a deadline is never later than the protocol allows. In
 * the hour skipped when they go forward it names none: it is read as winter time (01:30 is 02:30 BST).
 */
export function londonInstant(isoDateTime: string): Date {
  const [date = '', time = '00:00'] = isoDateTime.split('T');
  const asUtc = new Date(`${date}T${time}:00Z`).getTime();
  const wall = `${date}T${time}`;
  const summer = new Date(asUtc - HOUR_MS);
  return londonClock(summer).nowLocal === wall ? summer : new Date(asUtc);
}

/** An ISO date or date-and-time in London plus some hours of real time, as London's ISO `yyyy-mm-ddTHH:mm` (across a clock change too). */
export function addHours(isoDateTime: string, hours: number): string {
  return londonClock(new Date(londonInstant(isoDateTime).getTime() + hours * HOUR_MS)).nowLocal;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "4 December 2026" from an ISO date. */
export function formatDate(isoDate: string): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? isoDate : LONG_DATE.format(at);
}

/** "4 December 2026, 14:30" from an ISO date and time. */
export function formatDateTime(isoDateTime: string): string {
  const [date = '', time = ''] = isoDateTime.split('T');
  return `${formatDate(date)}, ${time}`;
}
