import { chartDrawer } from '../../bot/chart/drawChart';
import { createLogger } from '../../bot/logger';
import { MAX_CHART_URI_LENGTH, withProfileCharts } from '../../bot/profileCharts';
import { CHART_COLOURS, profileChartSpec } from '../../cards/chart/profileChart.spec';
import { renderView } from '../../cards/render';
import type { ProblemProfileView, ProfileChartView, ProfileSectionView, ShownCountView, Translate, View } from '../../cards/view';
import { monthLabel } from '../../dialogs/profile/profileLabels';
import { problemProfileViews } from '../../dialogs/profile/problemProfileView';
import { PROFILE_THEMES, problemProfileOf } from '../../dialogs/socialCare/problemProfile';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';
import { maseForm } from '../support/maseProfileForms';
import { PNG_SIGNATURE, readPng } from '../support/pngReader';

/**
 * The charts drawn for real: vega-lite, vega and resvg with the DejaVu fonts of the npm package. The
 * fixture is the largest chart a profile draws: twelve months, every theme, three-figure counts.
 */

const NOW = new Date('2026-06-15T12:00:00Z');
const THEMES = ['missingEpisodes', 'emergencyAttendance', 'crossBorderIssues', 'substanceUse', 'riskyInternetUse', 'trafficking', 'sexualHealth', 'countyLines', 'familialLink', 'radicalisation'];
const forms = [
  ...Array.from({ length: 120 }, (_, i) => maseForm({ at: `2026-0${(i % 6) + 1}-1${i % 9}T09:00:00Z`, themes: THEMES.slice(0, (i % THEMES.length) + 1) })),
  ...Array.from({ length: 3 }, () => maseForm({ at: '2025-09-10T09:00:00Z', themes: ['radicalisation'] })),
];

function profileOf(): ProblemProfileView {
  const [view] = problemProfileViews({ problemProfile: { kind: 'loaded', profile: problemProfileOf(forms, NOW, 12) } }, 'card', []);
  if (view?.kind !== 'problemProfile') throw new Error('expected the profile');
  return view;
}

const pngOf = (chart: ProfileChartView): Buffer => Buffer.from(chart.image.url.replace(/^data:image\/png;base64,/, ''), 'base64');

describe('the problem profile charts, drawn', () => {
  let t: Translate;
  let views: View[];
  const draw = chartDrawer();
  beforeAll(async () => {
    t = await strictT();
    views = await withProfileCharts([profileOf()], t, draw, createLogger('silent'));
  });
  const charts = (): ProfileChartView[] => views.filter((view): view is ProfileChartView => view.kind === 'profileChart');

  test('after the profile card, one chart for months and one for themes', () => {
    expect(views.map((view) => view.kind)).toEqual(['problemProfile', 'profileChart', 'profileChart']);
    expect(charts().map((chart) => chart.section.heading.key)).toEqual(['profile:dimensions.month', 'profile:dimensions.theme']);
  });

  test('each is a PNG of the size it says, not blank: white ground, the bar colour, dark text, and anti-aliased edges', () => {
    for (const chart of charts()) {
      const png = pngOf(chart);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      const image = readPng(png);
      expect([image.width, image.height]).toEqual([chart.image.width, chart.image.height]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([chart.image.width, chart.image.height]);
      // Sized for a chat image: narrower than Teams' 1024 pixels and wide enough to read.
      expect(image.width).toBeGreaterThan(300);
      expect(image.width).toBeLessThan(600);
      const colours = image.colours();
      expect(colours.size).toBeGreaterThan(20);
      for (const colour of [CHART_COLOURS.ground, CHART_COLOURS.bar]) expect(colours).toContain(colour);
      expect([...colours].some((colour) => parseInt(colour.slice(1, 3), 16) < 0x40)).toBe(true);
      expect(image.colourAt(0, 0)).toBe(CHART_COLOURS.ground);
    }
  });

  test('each chart\'s card is a valid Adaptive Card inside a Teams message\'s 28 KB, with every figure in its alt text', () => {
    for (const chart of charts()) {
      expect(chart.image.url.length).toBeLessThanOrEqual(MAX_CHART_URI_LENGTH);
      const card = renderView(chart, t);
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
    }
    const [months] = charts();
    if (months === undefined) throw new Error('no months chart');
    const alt = JSON.stringify(renderView(months, t));
    expect(alt).toContain('Bar chart of Month submitted, bars top to bottom: July 2025: 0; August 2025: 0; September 2025: fewer than 5; ');
    expect(alt).toContain('June 2026: 20.');
  });

  test('the same spec draws the same bytes: the fonts come from the npm package, not the machine', async () => {
    const [months] = charts();
    if (months === undefined) throw new Error('no months chart');
    const again = await draw(profileChartSpec(months, t));
    expect(again.png.equals(pngOf(months))).toBe(true);
  });

  test('a chart that cannot be drawn, or is too large for a message, is left out and logged without its content; the card stays', async () => {
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => lines.push(line) });
    const failing = () => Promise.reject(new Error('Radicalisation: fewer than 5'));
    expect((await withProfileCharts([profileOf()], t, failing, logger)).map((view) => view.kind)).toEqual(['problemProfile']);
    const huge = () => Promise.resolve({ png: Buffer.alloc(MAX_CHART_URI_LENGTH), width: 400, height: 300 });
    expect((await withProfileCharts([profileOf()], t, huge, logger)).map((view) => view.kind)).toEqual(['problemProfile']);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain('Radicalisation');
  });
});

describe('the largest problem profile charts', () => {
  const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  const COUNTS: Record<string, (i: number) => ShownCountView> = {
    'every count fewer than 5': () => 'fewerThan5',
    'four-figure counts': (i) => 9_000 + i * 7,
    'small and large counts mixed': (i) => (i % 2 === 1 ? 'fewerThan5' : i * 37),
  };
  const sections = (count: (i: number) => ShownCountView): ProfileSectionView[] => [
    { heading: { key: 'profile:dimensions.month' }, chart: true, rows: MONTHS.map((month, i) => ({ label: monthLabel(month), count: count(i) })) },
    { heading: { key: 'profile:dimensions.theme' }, chart: true, rows: PROFILE_THEMES.map((theme, i) => ({ label: { key: `maseInformation:questions.${theme}.label` }, count: count(i) })) },
  ];

  test.each(Object.keys(COUNTS))('with %s, still fit a Teams message', async (name) => {
    const t = await strictT();
    const draw = chartDrawer();
    for (const section of sections(COUNTS[name] ?? (() => 0))) {
      const drawn = await draw(profileChartSpec({ section, from: monthLabel('2025-07'), to: monthLabel('2026-06') }, t));
      expect(Math.ceil(drawn.png.length / 3) * 4 + 'data:image/png;base64,'.length).toBeLessThanOrEqual(MAX_CHART_URI_LENGTH);
    }
  });
});
