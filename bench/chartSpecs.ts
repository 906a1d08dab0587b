import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { createI18n } from '../bot/i18n';
import { profileChartSpec } from '../cards/chart/profileChart.spec';
import type { ProfileSectionView, ShownCountView } from '../cards/view';
import { monthLabel } from '../dialogs/profile/profileLabels';
import { PROFILE_THEMES } from '../dialogs/socialCare/problemProfile';

/**
 * The largest problem profile charts, for the chart benches: twelve months and the ten themes, counts
 * from 0 to four figures, every third one "fewer than 5".
 */

const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const count = (i: number): ShownCountView => (i % 3 === 0 ? 'fewerThan5' : i * 97);
const SECTIONS: ProfileSectionView[] = [
  { heading: { key: 'profile:dimensions.month' }, chart: true, rows: MONTHS.map((month, i) => ({ label: monthLabel(month), count: count(i) })) },
  { heading: { key: 'profile:dimensions.theme' }, chart: true, rows: PROFILE_THEMES.map((theme, i) => ({ label: { key: `maseInformation:questions.${theme}.label` }, count: count(i) })) },
];

/** The months chart first, then the themes chart. */
export async function benchChartSpecs(): Promise<[TopLevelSpec, TopLevelSpec]> {
  const t = (await createI18n()).getFixedT('en-GB');
  const [months, themes] = SECTIONS.map((section) => profileChartSpec({ section, from: monthLabel(MONTHS[0] ?? ''), to: monthLabel(MONTHS.at(-1) ?? '') }, t));
  if (months === undefined || themes === undefined) throw new Error('no chart to draw');
  return [months, themes];
}
