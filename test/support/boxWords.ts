import type { AdaptiveCard } from '../../cards/adaptive';
import type { Translate } from '../../cards/view';
import { nodesOf } from './everyCard';

/**
 * In Teams' high-contrast theme every container style is the same black (test/support/teamsHostConfigs/),
 * so an attention or warning box is no longer told apart by its colour: what it is must be in its words.
 * These are the checks behind docs/accessibility.md's "Not by colour alone".
 */

/** The box styles whose colour means something: danger or a problem, and a caution. */
const MEANING_STYLES = new Set(['attention', 'warning']);
const PLACEHOLDER = '\u0000';

/** The locale strings whose words say what a box is: a problem, a note on what changed, a caution. */
const MEANING_KEYS = [
  'forms:errors.summaryTitle',
  'errors:summary',
  'common:citation.since2017',
  'forms:check.promptsHeading',
  'records:forMe.groups.overdue',
  'profile:unreadable',
  'profile:truncated',
  'exports:text.truncated',
  'exports:text.truncatedDownload',
] as const;

/**
 * The words of a locale string that stay whatever fills it ("Since 2017 (" of "Since 2017 ({{when}}): {{what}}"):
 * its longest part between placeholders.
 */
export function fixedWords(t: Translate, key: string): string {
  const filled = t(key, { when: PLACEHOLDER, what: PLACEHOLDER, count: PLACEHOLDER, heading: PLACEHOLDER });
  return filled.split(PLACEHOLDER).reduce((longest, part) => (part.trim().length > longest.trim().length ? part : longest), '');
}

/** The fixed words of each of `MEANING_KEYS`, in the locale `t` speaks. */
export const meaningWordsOf = (t: Translate): string[] => MEANING_KEYS.map((key) => fixedWords(t, key));

interface Box {
  style: string;
  texts: string[];
  opensWithHeading: boolean;
}

function boxesOf(card: AdaptiveCard): Box[] {
  const boxes: Box[] = [];
  for (const { node } of nodesOf(card)) {
    if (node.type !== 'Container' || typeof node.style !== 'string' || !MEANING_STYLES.has(node.style)) continue;
    const blocks = [...nodesOf(node.items)].map((n) => n.node).filter((n) => n.type === 'TextBlock');
    boxes.push({ style: node.style, texts: blocks.map((b) => String(b.text)), opensWithHeading: blocks[0]?.style === 'heading' });
  }
  return boxes;
}

/**
 * Each attention or warning box on the card whose meaning would rest on its colour alone. A box says what
 * it is when it opens with a heading (the card's own title: what to do, or what happened), names 999, holds
 * the fixed words of one of `meaningWords` ("There is a problem", "Since 2017 (", a caution's sentence), or is
 * a problem beside an answer that another box on the card, one that says it is a problem, lists.
 */
export function boxesWithoutWords(card: AdaptiveCard, meaningWords: readonly string[]): string[] {
  const boxes = boxesOf(card);
  const saysWhatItIs = (box: Box): boolean => {
    const text = box.texts.join('\n');
    return box.opensWithHeading || text.includes('999') || meaningWords.some((words) => text.includes(words));
  };
  const summaries = boxes.filter(saysWhatItIs);
  const listedInSummary = (box: Box): boolean => {
    const problem = box.texts.length === 1 ? box.texts[0]?.trim() : undefined;
    return problem !== undefined && problem !== '' && summaries.some((summary) => summary !== box && summary.texts.some((line) => line.includes(problem)));
  };
  return boxes.filter((box) => !saysWhatItIs(box) && !listedInSummary(box)).map((box) => `${box.style}: ${box.texts.join(' / ')}`);
}
