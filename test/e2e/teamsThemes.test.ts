import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/adaptive';
import type { Translate } from '../../cards/view';
import { axeViolations, describeViolations } from '../support/axe';
import { hasChromium, launchChromium, CHROMIUM } from '../support/browser';
import { everyCard, nodesOf, type DrawnCard } from '../support/everyCard';
import { strictT } from '../support/i18n';

/**
 * Issue 12: colours meet WCAG 2.2 AA in Teams' light, dark and high-contrast themes. The Teams client cannot
 * run here, so every card is drawn in Chromium by the Adaptive Cards renderer with the host configs the
 * Adaptive Cards designer uses for Teams (test/support/teamsHostConfigs/, copied unchanged) and one derived
 * from Fluent UI's Teams high-contrast theme (its README gives the mapping), hidden detail shown, and axe
 * checks the contrast of every piece of text. One card is drawn for each way a card colours its text (an
 * element's type, colour, subtlety and the styled containers around it), so every colour a card can put on
 * a background is checked, without drawing all the cards.
 */

jest.setTimeout(120_000);

const BUNDLE = join(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js');
const THEMES = ['light', 'dark', 'high-contrast'] as const;
type Theme = (typeof THEMES)[number];
const HOST_CONFIGS = join(__dirname, '../support/teamsHostConfigs');
const hostConfigOf = (theme: Theme): unknown => JSON.parse(readFileSync(join(HOST_CONFIGS, `microsoft-teams-${theme}.json`), 'utf8'));
/**
 * A host config gives buttons no colours. Light and dark are drawn in the browser's own button colours; the
 * high-contrast theme's buttons are drawn in the Fluent UI tokens Teams' buttons take there (its README).
 */
const buttonStyleOf = (theme: Theme): string => (theme === 'high-contrast' ? readFileSync(join(HOST_CONFIGS, 'microsoft-teams-high-contrast-actions.css'), 'utf8') : '');
const pageBackground = (config: unknown): string => {
  const colour = z.object({ containerStyles: z.object({ default: z.object({ backgroundColor: z.string() }) }) }).parse(config).containerStyles.default.backgroundColor;
  // Host configs write #AARRGGBB; CSS reads #RRGGBBAA.
  return colour.length === 9 ? `#${colour.slice(3)}${colour.slice(1, 3)}` : colour;
};

/** How a node colours its text: its type, colour, subtlety and the styled containers it sits in. */
function colourWays(card: AdaptiveCard): string[] {
  const ways: string[] = [];
  for (const { node, containers } of nodesOf(card)) {
    if (typeof node.type !== 'string') continue;
    ways.push([node.type, String(node.color ?? ''), String(node.isSubtle ?? ''), String(node.style ?? ''), containers.join('>')].join('|'));
  }
  return ways;
}

/** The fewest cards, taken in order, that between them show every way of colouring text. */
function coveringCards(cards: DrawnCard[]): DrawnCard[] {
  const seen = new Set<string>();
  const chosen: DrawnCard[] = [];
  for (const drawn of cards) {
    const fresh = colourWays(drawn.card).filter((way) => !seen.has(way));
    if (fresh.length === 0) continue;
    for (const way of fresh) seen.add(way);
    chosen.push(drawn);
  }
  return chosen;
}

/** The card with its hidden detail shown, as after "Show details", so that text is checked too. */
const shown = (card: AdaptiveCard): unknown => JSON.parse(JSON.stringify(card).replace(/"isVisible":false/g, '"isVisible":true'));

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;
if (!hasChromium() && process.env.CI !== 'true') console.log(`Teams theme contrast test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

run("every card's colours in Teams' light, dark and high-contrast themes", () => {
  let browser: Browser;
  let cards: DrawnCard[];
  beforeAll(async () => {
    const t: Translate = await strictT();
    cards = coveringCards(await everyCard(t));
    browser = await launchChromium();
    // Drawing every card takes a minute or more on a busy machine: a hook's allowance, not a measure.
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws enough cards to matter: the welcome, the 999 card, a question, a summary, a form page with problems', () => {
    const kinds = new Set(cards.map((c) => c.kind));
    for (const kind of ['welcome', 'urgent', 'step.question', 'step.summary']) expect(kinds).toContain(kind);
    expect(cards.some((c) => c.name.includes('problem'))).toBe(true);
  });

  it.each(THEMES)('has no text below AA contrast in the %s theme', async (theme) => {
    const config = hostConfigOf(theme);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(`<!doctype html><html lang="en-GB"><head><title>Cards in Teams ${theme}</title><style>${buttonStyleOf(theme)}</style></head><body style="margin:0;background:${pageBackground(config)}"><main id="cards"></main></body></html>`);
    await page.addScriptTag({ path: BUNDLE });
    // A string, evaluated in the page: the tests are not compiled with the DOM's types.
    const drawn = await page.evaluate(`(() => {
      const hostConfig = new AdaptiveCards.HostConfig(${JSON.stringify(config)});
      const cards = ${JSON.stringify(cards.map((c) => shown(c.card)))};
      let count = 0;
      for (const json of cards) {
        const card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = hostConfig;
        card.parse(json);
        const element = card.render();
        if (element) { document.getElementById('cards').appendChild(element); count += 1; }
      }
      return count;
    })()`);
    expect(drawn).toBe(cards.length);
    const violations = await axeViolations(page, ['color-contrast']);
    await page.close();
    if (violations.length > 0) console.log(`Teams ${theme}:\n${describeViolations(violations)}`);
    expect(violations.map((v) => `${v.id}: ${v.nodes.length} element(s)`)).toEqual([]);
  });
});
