import { ageOn } from '../forms/dates';

/**
 * The victims' age bands of the problem profile: under 13 (the age below which a child cannot
 * consent in law, Section 8), 13 to 15 (under the age of consent), 16 and 17 (a child still, and the
 * years of transition into adulthood services, Section 7), 18 or over (a date of birth that makes the
 * victim an adult on the form's date), and not known.
 */

export const AGE_BANDS = ['under13', '13to15', '16to17', '18orOver', 'notKnown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function bandOf(age: number | undefined): AgeBand {
  if (age === undefined || !Number.isInteger(age) || age < 0) return 'notKnown';
  if (age < 13) return 'under13';
  if (age < 16) return '13to15';
  if (age < 18) return '16to17';
  return '18orOver';
}

/** The age as recorded, else from the date of birth on the form's (London) date. */
export function victimBand(age: string | undefined, dateOfBirth: string | undefined, formDay: string): AgeBand {
  if (age !== undefined && /^\d{1,3}$/.test(age)) return bandOf(Number(age));
  if (dateOfBirth === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) return 'notKnown';
  const years = ageOn(dateOfBirth, formDay);
  return years >= 0 ? bandOf(years) : 'notKnown';
}
