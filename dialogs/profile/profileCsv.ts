import type { Translate } from '../../cards/view';
import { dimensionLabel, valueLabel } from './profileLabels';
import type { ProblemProfile } from './profile.schema';

/**
 * The problem profile as CSV (RFC 4180): a header, then one row per count (dimension, value, count),
 * lines ended by CRLF, a field quoted when it holds a comma, a quote or a line break. UTF-8 with a
 * byte order mark, so a spreadsheet opens it as UTF-8. A month is written `yyyy-mm`, so the rows sort;
 * a small count is written in words ("fewer than 5"), exactly as the card shows it.
 */

export const CSV_BOM = '\uFEFF';

function field(text: string): string {
  // A cell a spreadsheet would read as a formula is written as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const say = (t: Translate, ref: { key: string; values?: Record<string, string | number> }) => (ref.values === undefined ? t(ref.key) : t(ref.key, ref.values));

export function profileCsv(profile: ProblemProfile, t: Translate): string {
  const lines = [[t('profile:csv.dimension'), t('profile:csv.value'), t('profile:csv.count')]];
  for (const row of profile.rows) {
    const value = row.dimension === 'month' ? row.value : say(t, valueLabel(row));
    const count = row.count === 'fewerThan5' ? t('profile:fewerThan5') : String(row.count);
    lines.push([say(t, dimensionLabel(row.dimension)), value, count]);
  }
  return `${CSV_BOM}${lines.map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The file's name: what it is and its months, nothing else. */
export const profileCsvFilename = (profile: ProblemProfile): string => `mase-problem-profile-${profile.from}-to-${profile.to}.csv`;
