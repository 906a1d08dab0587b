import { encodePng, type Rgb } from './png';

/**
 * A bar chart as a small PNG: one bar per value, left to right, on a white ground with a baseline.
 * Labels and figures are not drawn: the card lists them beside the image and in its alt text.
 * A value shown as "fewer than 5" is drawn as a striped bar at half the height of 5, so its
 * exact size is never drawn either.
 */

export type BarValue = number | 'fewerThan5';

export const CHART = { height: 96, margin: 6, bar: 16, gap: 8 } as const;
export const COLOURS = { ground: 0, axis: 1, bar: 2 } as const;
const PALETTE: readonly Rgb[] = [
  [255, 255, 255],
  [96, 94, 92],
  [31, 90, 166],
];
/** The height a "fewer than 5" bar stands for: half of the threshold. */
const SMALL_BAR_VALUE = 2.5;

export function chartWidth(bars: number): number {
  return CHART.margin * 2 + Math.max(bars, 1) * (CHART.bar + CHART.gap) - CHART.gap;
}

/** The left edge of bar `i` and the baseline's row. */
export const barLeft = (i: number): number => CHART.margin + i * (CHART.bar + CHART.gap);
export const BASELINE = CHART.height - CHART.margin;

/** The height in pixels of each bar, the tallest reaching the top margin. */
export function barHeights(values: readonly BarValue[]): number[] {
  const numbers = values.map((v) => (v === 'fewerThan5' ? SMALL_BAR_VALUE : v));
  const top = Math.max(5, ...numbers);
  const room = BASELINE - CHART.margin;
  return numbers.map((v) => (v <= 0 ? 0 : Math.max(1, Math.round((v / top) * room))));
}

export function barChartPng(values: readonly BarValue[]): Buffer {
  const width = chartWidth(values.length);
  const height = CHART.height;
  const pixels = new Uint8Array(width * height).fill(COLOURS.ground);
  const heights = barHeights(values);
  heights.forEach((h, i) => {
    const striped = values[i] === 'fewerThan5';
    for (let y = BASELINE - h; y < BASELINE; y += 1) {
      for (let x = barLeft(i); x < barLeft(i) + CHART.bar; x += 1) {
        // Diagonal stripes: told apart from an exact count without relying on colour.
        if (!striped || (x + y) % 4 < 2) pixels[y * width + x] = COLOURS.bar;
      }
    }
  });
  for (let x = CHART.margin - 2; x < width - CHART.margin + 2; x += 1) pixels[BASELINE * width + x] = COLOURS.axis;
  return encodePng({ width, height, palette: PALETTE, pixels });
}

export const pngDataUri = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
