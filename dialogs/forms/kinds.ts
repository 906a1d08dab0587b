import { ageOn, parseDate, parseTime, type LondonClock } from './dates';
import type { ChoiceQuestion, DateQuestion, DeploymentLists, Question } from './vocabulary';

/**
 * Each kind of question: what a person typed (or a card input posted) into the value stored.
 * Values are normalised here and nowhere else: dates ISO, postcodes upper case with one space,
 * phone numbers as digits with an optional leading +44.
 */

/** Why an answer was refused; messages.ts words each one for its question. */
export type IssueCode =
  | 'required'
  | 'tooLong'
  | 'realDate'
  | 'pastDate'
  | 'futureTime'
  | 'childAge'
  | 'realTime'
  | 'timeMissing'
  | 'range'
  | 'option'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'reference'
  | 'alone'
  | 'unreadable';

/**
 * `option`: the value a refusal names (the stand-alone option ticked beside another). `read`: the values read though
 * refused, every one of them a choice given, so that the page's other checks still see them (issue 8: they waited).
 */
export type Parsed = { ok: true; value: string | string[] | undefined } | { ok: false; issue: IssueCode; option?: string; read?: string[] };

export const DEFAULT_MAX_LENGTH = { shortText: 200, longText: 4000 } as const;

export function maxLengthOf(question: Question): number {
  if (question.kind === 'shortText' || question.kind === 'longText') return question.maxLength ?? DEFAULT_MAX_LENGTH[question.kind];
  return 200;
}

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const PHONE_ALLOWED = /^\+?[0-9 ()-]+$/;
const REFERENCE = /^(?=.*[0-9])[A-Za-z0-9 /.:#-]+$/;

export function normalisePostcode(text: string): string | undefined {
  const match = POSTCODE.exec(text.toUpperCase().replace(/\s+/g, ''));
  return match === null ? undefined : `${match[1] ?? ''} ${match[2] ?? ''}`;
}

/** A UK number: 10 or 11 digits starting 0, or the same after +44 (the 0 dropped). */
export function normalisePhone(text: string): string | undefined {
  const trimmed = text.trim();
  if (!PHONE_ALLOWED.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+44')) return /^\+44[1-9][0-9]{8,9}$/.test(digits) ? digits : undefined;
  if (digits.includes('+')) return undefined;
  return /^0[1-9][0-9]{8,9}$/.test(digits) ? digits : undefined;
}

function parseWhole(text: string, min: number, max: number): Parsed {
  const trimmed = text.trim();
  if (!/^-?[0-9]+$/.test(trimmed)) return { ok: false, issue: 'range' };
  const n = Number(trimmed);
  return n >= min && n <= max ? { ok: true, value: String(n) } : { ok: false, issue: 'range' };
}

function parseDateAnswer(question: DateQuestion, text: string, clock: LondonClock): Parsed {
  const pastOnly = question.notFuture === true || question.childDateOfBirth === true;
  const date = parseDate(text, clock.today, pastOnly);
  if (!date.ok) return { ok: false, issue: 'realDate' };
  if (pastOnly && date.iso > clock.today) return { ok: false, issue: 'pastDate' };
  if (question.childDateOfBirth === true && ageOn(date.iso, clock.today) > 17) return { ok: false, issue: 'childAge' };
  return { ok: true, value: date.iso };
}

/** The values a choice accepts now: a deployment's list first (when it has one), then its own options. */
export function choiceValues(question: ChoiceQuestion, lists?: DeploymentLists): readonly string[] {
  return question.listedFirst === undefined ? question.options.values : [...(lists?.[question.listedFirst] ?? []), ...question.options.values];
}

/** A single-input answer. `raw` is what was posted; blank means not answered. */
export function parseAnswer(question: Question, raw: string, clock: LondonClock, lists?: DeploymentLists): Parsed {
  const text = raw.trim();
  if (text === '') return question.required ? { ok: false, issue: 'required' } : { ok: true, value: undefined };
  if (text.length > maxLengthOf(question) && question.kind !== 'severalOf') return { ok: false, issue: 'tooLong' };
  switch (question.kind) {
    case 'shortText':
    case 'longText':
      return question.reference === true && !REFERENCE.test(text) ? { ok: false, issue: 'reference' } : { ok: true, value: text };
    case 'date':
    case 'dateTime':
      return parseDateAnswer(question, text, clock);
    case 'time': {
      const time = parseTime(text);
      return time.ok ? { ok: true, value: time.iso } : { ok: false, issue: 'realTime' };
    }
    case 'number':
      return parseWhole(text, question.min, question.max);
    case 'yesNo':
      return text === 'yes' || text === 'no' ? { ok: true, value: text } : { ok: false, issue: 'option' };
    case 'oneOf':
      return choiceValues(question, lists).includes(text) ? { ok: true, value: text } : { ok: false, issue: 'option' };
    case 'severalOf': {
      const values = [...new Set(text.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
      if (!values.every((v) => question.options.values.includes(v))) return { ok: false, issue: 'option' };
      const alone = values.length > 1 ? values.find((v) => question.options.alone?.includes(v) === true) : undefined;
      return alone !== undefined ? { ok: false, issue: 'alone', option: alone, read: values } : { ok: true, value: values };
    }
    case 'postcode': {
      const postcode = normalisePostcode(text);
      return postcode === undefined ? { ok: false, issue: 'postcode' } : { ok: true, value: postcode };
    }
    case 'phone': {
      const phone = normalisePhone(text);
      return phone === undefined ? { ok: false, issue: 'phone' } : { ok: true, value: phone };
    }
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, issue: 'email' };
  }
}

/** A date and time posted as two inputs (Input.Date and Input.Time): stored as `yyyy-mm-ddTHH:mm`. */
export function parseDateTimeAnswer(question: DateQuestion, rawDate: string, rawTime: string, clock: LondonClock): Parsed {
  if (rawDate.trim() === '' && rawTime.trim() === '') return question.required ? { ok: false, issue: 'required' } : { ok: true, value: undefined };
  if (rawDate.trim() === '') return { ok: false, issue: 'realDate' };
  const date = parseDateAnswer({ ...question, notFuture: false, childDateOfBirth: false }, rawDate, clock);
  if (!date.ok) return date;
  if (rawTime.trim() === '') return { ok: false, issue: 'timeMissing' };
  const time = parseTime(rawTime);
  if (!time.ok) return { ok: false, issue: 'realTime' };
  const value = `${String(date.value)}T${time.iso}`;
  // Today at a time still to come: the date is right, so the message says it is the time (the exploratory test).
  if (question.notFuture === true && value > clock.nowLocal) return { ok: false, issue: String(date.value) === clock.today ? 'futureTime' : 'pastDate' };
  return { ok: true, value };
}
