import { profileChartSpec } from '../cards/chart/profileChart.spec';
import type { ProfileChartSubject, Translate, View } from '../cards/view';
import type { ChartDrawer } from './chart/drawChart';
import { errorFields } from './logSafety';
import type { Logger } from './logger';

/**
 * The problem profile's charts, drawn at the edge (a native module draws the PNG): after each profile
 * card, one message per charted dimension. A chart that cannot be drawn, or would not fit a Teams
 * message, is left out and logged without its content: the card above lists every figure.
 */

/** A chart's data URI may use this much of a Teams message's 28 KB, leaving room for its alt text and note. */
export const MAX_CHART_URI_LENGTH = 25_000;

const dataUri = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

async function chartView(subject: ProfileChartSubject, t: Translate, draw: ChartDrawer, logger: Logger): Promise<View | undefined> {
  try {
    const drawn = await draw(profileChartSpec(subject, t));
    const url = dataUri(drawn.png);
    if (url.length <= MAX_CHART_URI_LENGTH) return { kind: 'profileChart', ...subject, image: { url, width: drawn.width, height: drawn.height } };
    logger.warn({ length: url.length }, 'a problem profile chart was too large for a Teams message; the card lists its figures');
  } catch (error) {
    logger.warn(errorFields(error), 'a problem profile chart could not be drawn; the card lists its figures');
  }
  return undefined;
}

export async function withProfileCharts(views: View[], t: Translate, draw: ChartDrawer, logger: Logger): Promise<View[]> {
  const drawn: View[] = [];
  for (const view of views) {
    drawn.push(view);
    if (view.kind !== 'problemProfile') continue;
    for (const section of view.sections.filter((part) => part.chart)) {
      const chart = await chartView({ section, from: view.from, to: view.to }, t, draw, logger);
      if (chart !== undefined) drawn.push(chart);
    }
  }
  return drawn;
}
