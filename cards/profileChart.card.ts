import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { say } from './fragments';
import type { ProfileChartView, ProfileSectionView, ShownCountView, Translate } from './view';

/**
 * One problem profile chart, sent after the profile's card: the PNG (bot/chart draws it from
 * cards/chart/profileChart.spec.ts), its alt text giving every figure, and how to read a suppressed bar.
 */

export const countText = (t: Translate, count: ShownCountView): string => (count === 'fewerThan5' ? t('profile:fewerThan5') : String(count));

/** "Bar chart of Month submitted, bars top to bottom: April 2026: 0; …": every figure, for a screen reader or a client that shows no image. */
export function chartAltText(t: Translate, section: ProfileSectionView): string {
  const figures = section.rows.map((row) => `${say(t, row.label)}: ${countText(t, row.count)}`).join('; ');
  return t('profile:chartAlt', { what: say(t, section.heading), figures });
}

export function profileChartCard(view: ProfileChartView, t: Translate): AdaptiveCard {
  const altText = chartAltText(t, view.section);
  const body: CardElement[] = [
    // Size auto: shown at its own size, scaled down (never up) where the chat is narrower.
    { type: 'Image', url: view.image.url, altText },
    textBlock(t('profile:chartNote'), { size: 'Small', isSubtle: true, spacing: 'Small' }),
  ];
  return adaptiveCard(body, [], altText);
}
