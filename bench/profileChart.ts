import { performance } from 'node:perf_hooks';
import { chartDrawer } from '../bot/chart/drawChart';
import { createI18n } from '../bot/i18n';
import { profileChartSpec } from '../cards/chart/profileChart.spec';
import type { ProfileSectionView, ShownCountView } from '../cards/view';
import { monthLabel } from '../dialogs/profile/profileLabels';
import { PROFILE_THEMES } from '../dialogs/socialCare/problemProfile';

/**
 * `npm run bench:chart`: how long one problem profile chart takes to draw (vega-lite → vega → SVG →
 * resvg → PNG) and the memory the chart libraries add. The first chart loads the libraries; the next
 * ones are the steady state. Twelve months and the ten themes, counts from 0 to four figures. Bounded:
 * one cold chart and WARM warm ones.
 */

const WARM = Number(process.env.CHART_BENCH_DRAWS ?? 40);
const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const count = (i: number): ShownCountView => (i % 3 === 0 ? 'fewerThan5' : i * 97);
const SECTIONS: ProfileSectionView[] = [
  { heading: { key: 'profile:dimensions.month' }, chart: true, rows: MONTHS.map((month, i) => ({ label: monthLabel(month), count: count(i) })) },
  { heading: { key: 'profile:dimensions.theme' }, chart: true, rows: PROFILE_THEMES.map((theme, i) => ({ label: { key: `maseInformation:questions.${theme}.label` }, count: count(i) })) },
];

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
const rss = () => {
  global.gc?.();
  return process.memoryUsage().rss;
};

async function main(): Promise<void> {
  const t = (await createI18n()).getFixedT('en-GB');
  const specs = SECTIONS.map((section) => profileChartSpec({ section, from: monthLabel(MONTHS[0] ?? ''), to: monthLabel(MONTHS.at(-1) ?? '') }, t));
  const draw = chartDrawer();
  const [first] = specs;
  if (first === undefined) throw new Error('no chart to draw');
  const before = rss();
  let started = performance.now();
  await draw(first);
  const cold = performance.now() - started;
  const afterFirst = rss();
  const times: number[] = [];
  for (let i = 0; i < WARM; i += 1) {
    started = performance.now();
    await draw(specs[i % specs.length] ?? first);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(0);
  const after = rss();
  process.stdout.write(`node ${process.version}: first chart ${cold.toFixed(0)} ms (loads vega, vega-lite, resvg); then median ${at(0.5)} ms, p90 ${at(0.9)} ms over ${WARM}\n`);
  process.stdout.write(`RSS ${mib(before)} before, ${mib(afterFirst)} after the first chart (+${mib(afterFirst - before)}), ${mib(after)} after ${WARM} more (+${mib(after - before)})\n`);
}

void main();
