import type { TextRef } from '../../cards/view';
import type { ProfileDimension, ProfileRow } from './profile.schema';

/**
 * The words for the problem profile's codes. A theme reads as the form's own question label, an
 * option as the form's option label, so the profile and the form cannot drift apart.
 */

export const dimensionLabel = (dimension: ProfileDimension): TextRef => ({ key: `profile:dimensions.${dimension}` });

/** `yyyy-mm` in words ("June 2026"). */
export function monthLabel(month: string): TextRef {
  const [year, number] = month.split('-');
  return { key: `profile:months.m${number ?? '01'}`, values: { year: year ?? '' } };
}

export function valueLabel(row: Pick<ProfileRow, 'dimension' | 'value'>): TextRef {
  switch (row.dimension) {
    case 'month':
      return monthLabel(row.value);
    case 'theme':
      return { key: `maseInformation:questions.${row.value}.label` };
    case 'locationType':
      return { key: `forms:options.locationType.${row.value}` };
    case 'cseModel':
      return { key: `forms:options.cseModelType.${row.value}` };
    case 'ageBand':
      return { key: `profile:ageBands.${row.value}` };
  }
}
