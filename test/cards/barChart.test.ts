import { BASELINE, CHART, COLOURS, barChartPng, barHeights, barLeft, chartWidth } from '../../cards/chart/barChart';
import { readIndexedPng } from '../support/pngReader';

describe('the bar chart PNG', () => {
  const values = [10, 0, 'fewerThan5', 5] as const;
  const png = barChartPng(values);
  const image = readIndexedPng(png);

  test('is a valid indexed PNG of the expected size, small enough to travel in a card', () => {
    expect([image.width, image.height]).toEqual([chartWidth(4), CHART.height]);
    expect(image.palette).toEqual([[255, 255, 255], [96, 94, 92], [31, 90, 166]]);
    expect(png.length).toBeLessThan(2_000);
    // Twelve months of bars, the most a chart has: still well within a card's budget.
    expect(barChartPng(Array.from({ length: 12 }, (_, i) => i * 7)).length).toBeLessThan(2_000);
  });

  test('the tallest bar reaches the top margin, and the others are drawn to scale from the baseline', () => {
    const heights = barHeights(values);
    expect(heights[0]).toBe(BASELINE - CHART.margin);
    expect(heights[3]).toBe(Math.round((5 / 10) * (BASELINE - CHART.margin)));
    const middle = (i: number) => barLeft(i) + CHART.bar / 2;
    // Bar 1 (10): solid from just above the baseline to its top, ground above it.
    expect(image.pixelAt(middle(0), BASELINE - 1)).toBe(COLOURS.bar);
    expect(image.pixelAt(middle(0), CHART.margin)).toBe(COLOURS.bar);
    expect(image.pixelAt(middle(0), CHART.margin - 1)).toBe(COLOURS.ground);
    // Bar 2 (0): nothing drawn.
    expect(image.pixelAt(middle(1), BASELINE - 1)).toBe(COLOURS.ground);
    // Bar 4 (5): half the height of bar 1.
    expect(image.pixelAt(middle(3), BASELINE - (heights[3] ?? 0))).toBe(COLOURS.bar);
    expect(image.pixelAt(middle(3), BASELINE - (heights[3] ?? 0) - 1)).toBe(COLOURS.ground);
    // The baseline under every bar.
    for (let i = 0; i < 4; i += 1) expect(image.pixelAt(middle(i), BASELINE)).toBe(COLOURS.axis);
  });

  test('a "fewer than 5" bar is striped, at the height of 2.5, never its exact count', () => {
    const heights = barHeights(values);
    expect(heights[2]).toBe(Math.round((2.5 / 10) * (BASELINE - CHART.margin)));
    const row = BASELINE - 2;
    const across = Array.from({ length: CHART.bar }, (_, dx) => image.pixelAt(barLeft(2) + dx, row));
    expect(across).toContain(COLOURS.bar);
    expect(across).toContain(COLOURS.ground);
  });

  test('with nothing to count, only the baseline', () => {
    const empty = readIndexedPng(barChartPng([0, 0, 0]));
    for (let y = 0; y < BASELINE; y += 1) expect(empty.pixelAt(barLeft(0) + 1, y)).toBe(COLOURS.ground);
  });
});
