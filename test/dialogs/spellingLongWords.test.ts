import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { createNormaliser } from '../../dialogs/danger/normalise';
import { createSpellingCorrector } from '../../dialogs/danger/spelling';

/**
 * A word far longer than any cue word is no slip of one: it is given back as typed, without making
 * its deletion variants (a word of n letters has about n² of them at two edits, each n letters long,
 * so a pasted or generated 3,000-letter "word" held the event loop for minutes: issue 14, twelfth round,
 * found by test/integration/edge.fuzz.test.ts).
 */

/** Letters that repeat no pattern a cue word could hide in (a fixed sequence, the same every run). */
function lettersOf(length: number): string {
  let seed = 7;
  let word = '';
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    word += 'abcdefghijklmnopqrstuvwxyz'[Math.floor((seed / 2147483648) * 26)];
  }
  return word;
}

describe('spelling tolerance and very long words', () => {
  it('gives a 3,000-letter word back as typed', () => {
    const word = lettersOf(3_000);
    expect(createNormaliser(CUES_EN_GB).normalise(word).corrections).toEqual([]);
  });

  it('still corrects the slips it did near the longest word it knows', () => {
    const longest = 'sextortionist';
    const speller = createSpellingCorrector({ words: new Set([longest]), stems: new Set(), keepAsTyped: new Set() });
    expect(speller.correct('sextortinist')).toBe(longest);
    expect(speller.correct('sexxtortionist')).toBe(longest);
    expect(speller.correct('sextortoinist')).toBe(longest);
    expect(speller.correct('sexxtortionnist')).toBe('sexxtortionnist');
  });
});
