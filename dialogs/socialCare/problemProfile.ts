import { AGE_BANDS, victimBand, type AgeBand } from '../profile/ageBands';
import { londonMonth, monthsEndingAt } from '../profile/periods';
import { PROFILE_DIMENSIONS, shown, type ProblemProfile, type ProfileDimension, type ProfilePeriod, type ProfileRow } from '../profile/profile.schema';
import { londonClock } from '../forms/dates';
import { openStored } from '../forms/storedSchema';
import { maseInformationForm } from '../forms/maseInformation.form';
import { NOT_KNOWN, cseModelTypeOptions, locationTypeOptions } from '../forms/options/maseInformation.options';
import type { Question } from '../forms/vocabulary';

/**
 * The MASE problem profile from stored MASE information forms (Section 7; the form is Appendix F's):
 * counts by month of submission (London), theme, location type, CSE model and victims' age band.
 * Pure. Only counts leave it: a theme counts when its box was filled, its text never read; a name,
 * date of birth, address, reference or note is never copied into the result.
 *
 * - month: each form once, in the London month it was submitted;
 * - theme: each form once per theme box filled (Appendix F's themes, the form's free-text boxes);
 * - locationType: each additional location once, by its type;
 * - cseModel: each form once per model named as primary, secondary or third; a form naming none
 *   (or only "not known") counts once as not known;
 * - ageBand: each victim once, from the age recorded, else the date of birth on the form's date.
 */

/** A stored submission as the profile is given it: its payload as stored (decrypted), and when it was made. */
export interface ProfiledSubmission {
  payload: unknown;
  createdAt: Date;
}

const themesPage = maseInformationForm.pages.find((page) => page.id === 'themes');
const themeQuestions: readonly Question[] = themesPage !== undefined && 'questions' in themesPage ? themesPage.questions : [];
/** Appendix F's themes: the theme page's boxes of free text. */
export const PROFILE_THEMES: readonly string[] = themeQuestions.filter((q) => q.kind === 'longText').map((q) => q.id);
/** The model questions: primary, secondary, third. */
const MODEL_QUESTIONS: readonly string[] = themeQuestions.filter((q) => q.kind === 'oneOf' && q.options.id === cseModelTypeOptions.id).map((q) => q.id);
const MODELS: readonly string[] = cseModelTypeOptions.values;
const LOCATION_TYPES: readonly string[] = locationTypeOptions.values;

type Tally = Map<string, number>;
const tallyOf = (keys: readonly string[]): Tally => new Map(keys.map((key) => [key, 0]));
const bump = (tally: Tally, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const items = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];

export function problemProfileOf(submissions: readonly ProfiledSubmission[], now: Date, months: ProfilePeriod, truncated = false): ProblemProfile {
  const monthKeys = monthsEndingAt(now, months);
  const inPeriod = new Set(monthKeys);
  const tallies: Record<ProfileDimension, Tally> = {
    month: tallyOf(monthKeys),
    theme: tallyOf(PROFILE_THEMES),
    locationType: tallyOf(LOCATION_TYPES),
    cseModel: tallyOf(MODELS),
    ageBand: tallyOf(AGE_BANDS),
  };
  let forms = 0;
  let unreadable = 0;
  for (const submission of submissions) {
    const month = londonMonth(submission.createdAt);
    if (!inPeriod.has(month)) continue;
    const stored = openStored(maseInformationForm, submission.payload);
    if (stored === undefined) {
      unreadable += 1;
      continue;
    }
    forms += 1;
    bump(tallies.month, month);
    const answers: Record<string, unknown> = stored.answers;
    for (const theme of PROFILE_THEMES) if (text(answers[theme]) !== undefined) bump(tallies.theme, theme);
    for (const location of items(answers.additionalLocations)) {
      const type = text(location.type);
      if (type !== undefined && LOCATION_TYPES.includes(type)) bump(tallies.locationType, type);
    }
    const models = new Set(MODEL_QUESTIONS.map((q) => text(answers[q])).filter((m): m is string => m !== undefined && m !== NOT_KNOWN && MODELS.includes(m)));
    for (const model of models.size > 0 ? models : [NOT_KNOWN]) bump(tallies.cseModel, model);
    const formDay = londonClock(submission.createdAt).today;
    for (const victim of items(answers.victims)) bump(tallies.ageBand, victimBand(text(victim.age), text(victim.dateOfBirth), formDay) satisfies AgeBand);
  }
  const rows: ProfileRow[] = PROFILE_DIMENSIONS.flatMap((dimension) =>
    [...tallies[dimension]].map(([value, count]): ProfileRow => ({ dimension, value, count: shown(count) })),
  );
  return { months, from: monthKeys[0] ?? londonMonth(now), to: londonMonth(now), forms: shown(forms), unreadable, truncated, rows };
}
