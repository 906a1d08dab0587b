import { CHART_COLOURS, chartBars, profileChartSpec } from '../../cards/chart/profileChart.spec';
import type { ProblemProfileView, ProfileChartSubject, Translate } from '../../cards/view';
import { problemProfileViews } from '../../dialogs/profile/problemProfileView';
import { problemProfileOf } from '../../dialogs/socialCare/problemProfile';
import { strictT } from '../support/i18n';
import { everyFieldForm, maseForm, plantedValues } from '../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../support/personalTestValues';

const NOW = new Date('2026-06-15T12:00:00Z');
const forms = [
  ...Array.from({ length: 6 }, () => maseForm({ at: '2026-06-02T09:00:00Z', themes: ['countyLines', 'missingEpisodes'], models: ['county-lines'], victims: [{ age: '15' }] })),
  ...Array.from({ length: 2 }, (_, i) => everyFieldForm(`2026-05-0${i + 1}T09:00:00Z`)),
];

function chartsOf(view: ProblemProfileView | undefined): ProfileChartSubject[] {
  if (view === undefined) throw new Error('no profile view');
  return view.sections.filter((section) => section.chart).map((section) => ({ section, from: view.from, to: view.to }));
}

function profileView(submissions: typeof forms, months: 3 | 12): ProblemProfileView {
  const [view] = problemProfileViews({ problemProfile: { kind: 'loaded', profile: problemProfileOf(submissions, NOW, months) } }, 'card', []);
  if (view?.kind !== 'problemProfile') throw new Error('expected the profile');
  return view;
}

describe('the problem profile chart as a Vega-Lite spec', () => {
  let t: Translate;
  beforeAll(async () => {
    t = await strictT();
  });

  test('months and themes are charted, one bar per value in the profile\'s order, a small count drawn at 2.5 and marked <5', () => {
    const [months, themes] = chartsOf(profileView(forms, 3));
    if (months === undefined || themes === undefined) throw new Error('expected two charts');
    expect(chartBars(months, t)).toEqual([
      { label: 'April 2026', length: 0, figure: '0', suppressed: false },
      { label: 'May 2026', length: 2.5, figure: '<5', suppressed: true },
      { label: 'June 2026', length: 6, figure: '6', suppressed: false },
    ]);
    const themeBars = chartBars(themes, t);
    expect(themeBars).toHaveLength(10);
    expect(themeBars[0]).toEqual({ label: 'Missing episodes', length: 8, figure: '8', suppressed: false });
    expect(themeBars.find((bar) => bar.label === 'Radicalisation')).toEqual({ label: 'Radicalisation', length: 2.5, figure: '<5', suppressed: true });
  });

  test('has its title (the dimension and period) and subtitle (what is counted) through i18next, the bars in order, each labelled, no axis to misread, and the fixed colours and font', () => {
    const [months] = chartsOf(profileView(forms, 3));
    if (months === undefined) throw new Error('expected the months chart');
    const spec = profileChartSpec(months, t);
    expect(spec).toMatchObject({
      title: { text: 'Month submitted, April 2026 to June 2026', subtitle: 'MASE information forms' },
      background: CHART_COLOURS.ground,
      config: { font: 'DejaVu Sans' },
      encoding: {
        y: { field: 'label', title: null, scale: { domain: ['April 2026', 'May 2026', 'June 2026'] } },
        x: { field: 'length', scale: { domain: [0, 6] }, axis: null },
      },
    });
    expect(JSON.stringify(spec)).toContain(`"test":"datum.suppressed","value":"${CHART_COLOURS.ground}"`);
  });

  test('a profile of zeros still has an axis from 0 to 5', () => {
    const [months] = chartsOf(profileView([], 12));
    if (months === undefined) throw new Error('expected the months chart');
    expect(profileChartSpec(months, t)).toMatchObject({ encoding: { x: { scale: { domain: [0, 5] } } } });
  });

  test('compiles to Vega without a warning', async () => {
    // ES modules only: imported as the application imports them (bot/chart/drawChart.ts).
    const [{ compile }, { logger, Warn }] = await Promise.all([import('vega-lite'), import('vega')]);
    for (const chart of chartsOf(profileView(forms, 12))) {
      const warnings: unknown[] = [];
      const { spec } = compile(profileChartSpec(chart, t), { logger: logger(Warn, 'warn', (_method, _level, args) => warnings.push(args)) });
      expect(warnings).toEqual([]);
      expect(spec.marks?.length).toBeGreaterThan(0);
    }
  });

  test('nothing personal in a spec, though every field of two forms was filled with fictional names and text', () => {
    const written = chartsOf(profileView(forms, 3)).map((chart) => JSON.stringify(profileChartSpec(chart, t)));
    for (const text of written) for (const value of [...plantedValues(), ...PERSONAL_TEST_VALUES]) expect(text).not.toContain(value);
  });
});
