import { BUTTON_TITLE_MAX } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import { boxesWithoutWords, meaningWordsOf } from '../support/boxWords';
import { everyCard, nodesOf, type DrawnCard } from '../support/everyCard';
import { strictT } from '../support/i18n';

/**
 * Colours every host can theme: a card names only Adaptive Cards' semantic colours and container
 * styles, never a fixed colour, so Web Chat and Teams' light, dark and high-contrast themes each
 * choose readable values. A host promises contrast for a container's default text only: its
 * coloured text (attention, warning...) is drawn for the plain background, so coloured text never
 * sits in a styled container (amber on grey was 2.3:1 in Web Chat; red on the 999 box 3.43:1).
 */

const SEMANTIC_COLOURS = new Set(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']);
const CONTAINER_STYLES = new Set(['default', 'emphasis', 'good', 'attention', 'warning', 'accent']);
const FIXED_COLOUR_KEYS = ['backgroundColor', 'backgroundImage', 'foregroundColor'];

let t: Translate;
let cards: DrawnCard[];
beforeAll(async () => {
  t = await strictT();
  cards = await everyCard(t);
});

it('draws the cards it checks: journeys, forms, notices, answers and the 999 card', () => {
  const kinds = new Set(cards.map((c) => c.kind));
  for (const kind of ['welcome', 'urgent', 'notice', 'answer', 'step.question', 'step.summary', 'step.urgent']) expect(kinds).toContain(kind);
  expect(cards.length).toBeGreaterThan(500);
});

it('names only semantic colours and container styles, never a fixed colour', () => {
  const fixed: string[] = [];
  for (const { name, card } of cards) {
    for (const { node } of nodesOf(card)) {
      if (node.color !== undefined && !SEMANTIC_COLOURS.has(String(node.color))) fixed.push(`${name}: color ${String(node.color)}`);
      if (node.type === 'Container' && node.style !== undefined && !CONTAINER_STYLES.has(String(node.style))) fixed.push(`${name}: container style ${String(node.style)}`);
      for (const key of FIXED_COLOUR_KEYS) if (node[key] !== undefined) fixed.push(`${name}: ${key}`);
    }
  }
  expect([...new Set(fixed)]).toEqual([]);
});

it('colours text only on the plain background: inside a styled container, text keeps the container’s own colour', () => {
  const coloured: string[] = [];
  for (const { name, card } of cards) {
    for (const { node, containers } of nodesOf(card)) {
      const styled = containers.filter((s) => s !== 'default');
      if (node.type === 'TextBlock' && node.color !== undefined && node.color !== 'Default' && styled.length > 0) {
        coloured.push(`${name}: ${String(node.color)} text in ${styled.join(' > ')}: ${String(node.text).slice(0, 40)}`);
      }
    }
  }
  expect([...new Set(coloured)]).toEqual([]);
});

/**
 * Teams' high-contrast theme draws every container style in the same black (test/support/teamsHostConfigs/),
 * so a 999 box, a problem or a caution must say in words what it is, not by its colour alone.
 */
it('says in words what each 999 box, problem and caution is', () => {
  const words = meaningWordsOf(t);
  const withoutWords = cards.flatMap(({ name, card }) => boxesWithoutWords(card, words).map((box) => `${name}: ${box.slice(0, 80)}`));
  expect([...new Set(withoutWords)]).toEqual([]);
});

/**
 * A button's title fits a button (Teams cuts long ones short) and says where it goes: at most 30
 * characters. A choice with a longer title (a protocol entry's full name) is drawn as a line of
 * wrapped text that is itself the action (a container's selectAction), never as a button.
 */
it('titles every button in at most 30 characters', () => {
  const long = new Set<string>();
  for (const { name, card } of cards) {
    const buttons = [...(card.actions ?? []), ...[...nodesOf(card.body)].flatMap(({ node }) => (node.type === 'ActionSet' && Array.isArray(node.actions) ? node.actions : []))];
    for (const button of buttons) {
      const title = typeof button === 'object' && button !== null && 'title' in button ? String(button.title) : '';
      if ([...title].length > BUTTON_TITLE_MAX) long.add(`${title} (${[...title].length}, on ${name})`);
    }
  }
  expect([...long]).toEqual([]);
});

it('draws a longer choice, and the plain choices listed with it, as lines that are the action, each title shown whole', () => {
  const lines = cards.flatMap(({ card }) => [...nodesOf(card.body)].filter(({ node }) => node.type === 'Container' && node.selectAction !== undefined).map(({ node }) => node));
  const titles = lines.map((line) => {
    const action = line.selectAction;
    const title = typeof action === 'object' && action !== null && 'title' in action ? String(action.title) : '';
    expect(JSON.stringify(line.items)).toContain(JSON.stringify(title));
    return title;
  });
  expect(titles.some((title) => [...title].length > BUTTON_TITLE_MAX)).toBe(true);
});
