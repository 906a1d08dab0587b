import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { countText } from '../profileChart.card';
import type { ProfileChartSubject, TextRef, Translate } from '../view';

/**
 * A problem profile dimension as a Vega-Lite bar chart: one horizontal bar per value, in the profile's
 * order, each labelled with its count as the card shows it. A "fewer than 5" bar is drawn at 2.5 with
 * a dashed outline and no fill, and labelled "fewer than 5", so its exact size is never drawn and it
 * is told apart from a count without relying on colour. Pure: bot/chart draws it as a PNG.
 */

/** The font family the PNG is drawn with: bot/chart loads this font's files, never the machine's. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Colours on white: text #201F1E (16:1), axes #605E5C (6.3:1), bars #1F5AA6 (6.6:1). */
export const CHART_COLOURS = { ground: '#FFFFFF', text: '#201F1E', axis: '#605E5C', bar: '#1F5AA6' } as const;

/** The height a "fewer than 5" bar stands for: half of the threshold. */
export const SMALL_BAR_VALUE = 2.5;

/** Sized for a chat image (about 420 pixels wide, a bar every 18) and a Teams message (under 28 KB with its card). */
const PLOT_WIDTH = 200;
const ROW_STEP = 18;
const FONT_SIZE = 11;

/** The words of a reference as plain text: a chart is not Markdown, so nothing is escaped. */
function plain(t: Translate, ref: TextRef): string {
  const nested = Object.fromEntries(Object.entries(ref.refs ?? {}).map(([k, r]) => [k, plain(t, r)]));
  return ref.values === undefined && ref.refs === undefined ? t(ref.key) : t(ref.key, { ...ref.values, ...nested });
}

/** One datum per bar: its label, the length drawn, the figure written beside it, and whether it is a suppressed count. */
export interface ChartBar {
  label: string;
  length: number;
  figure: string;
  suppressed: boolean;
}

export const chartBars = (view: ProfileChartSubject, t: Translate): ChartBar[] =>
  view.section.rows.map((row) => ({
    label: plain(t, row.label),
    length: row.count === 'fewerThan5' ? SMALL_BAR_VALUE : row.count,
    figure: row.count === 'fewerThan5' ? t('profile:chart.fewerThan5') : countText(t, row.count),
    suppressed: row.count === 'fewerThan5',
  }));

export function profileChartSpec(view: ProfileChartSubject, t: Translate): TopLevelSpec {
  const bars = chartBars(view, t);
  const what = plain(t, view.section.heading);
  // At least 5 long, so a profile of zeros and "fewer than 5" still has an axis and keeps its proportions.
  const top = Math.max(5, ...bars.map((bar) => bar.length));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: t('profile:chart.title', { what, from: plain(t, view.from), to: plain(t, view.to) }), subtitle: t('profile:chart.counted'), anchor: 'start', fontSize: FONT_SIZE + 2, subtitleFontSize: FONT_SIZE, color: CHART_COLOURS.text, subtitleColor: CHART_COLOURS.text },
    background: CHART_COLOURS.ground,
    padding: 8,
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: bars.map((bar) => ({ ...bar })) },
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelColor: CHART_COLOURS.text, titleColor: CHART_COLOURS.text, domainColor: CHART_COLOURS.axis, tickColor: CHART_COLOURS.axis, grid: false },
    },
    encoding: {
      // The bars keep the profile's order (an explicit domain: a layered chart would otherwise sort it).
      y: { field: 'label', type: 'nominal', title: null, scale: { domain: bars.map((bar) => bar.label), paddingInner: 0.25 }, axis: { labelLimit: 0 } },
      x: { field: 'length', type: 'quantitative', scale: { domain: [0, top], nice: true }, axis: null },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: CHART_COLOURS.bar },
        encoding: {
          fill: { condition: { test: 'datum.suppressed', value: CHART_COLOURS.ground }, value: CHART_COLOURS.bar },
          // Only a suppressed bar is outlined: a 0 draws nothing.
          strokeWidth: { condition: { test: 'datum.suppressed', value: 1.5 }, value: 0 },
        },
      },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: FONT_SIZE, color: CHART_COLOURS.text }, encoding: { text: { field: 'figure', type: 'nominal' } } },
    ],
  };
}
