import { adaptiveCard, textBlock } from '../../cards/adaptive';
import { cautionLine, heading, problemLine, problemsBlock, styledBox } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import { boxesWithoutWords, fixedWords, meaningWordsOf } from '../support/boxWords';
import { strictT } from '../support/i18n';

/** The check behind "not by colour alone" (docs/accessibility.md): it must find a box that says nothing of what it is. */
describe('boxes that say what they are in words', () => {
  let t: Translate;
  let words: string[];
  beforeAll(async () => {
    t = await strictT();
    words = meaningWordsOf(t);
  });
  const card = (...body: Parameters<typeof adaptiveCard>[0]) => adaptiveCard(body, [], 'Quirkfield test card');

  it('takes the words a locale string keeps whatever fills it', () => {
    expect(fixedWords(t, 'common:citation.since2017')).toBe('Since 2017 (');
    expect(fixedWords(t, 'forms:errors.summaryTitle')).toBe('There is a problem');
    expect(words).toContain(t('profile:truncated'));
  });

  it('finds a problem beside an answer that no error summary on the card names as a problem', () => {
    expect(boxesWithoutWords(card(problemLine("Enter the child's age")), words)).toEqual(["attention: Enter the child's age"]);
  });

  it('accepts the same problem when the card also has the summary that lists it', () => {
    const problem = { key: 'errors:checklist.sign.invalid' };
    expect(boxesWithoutWords(card(problemsBlock(t, [problem]), problemLine(t(problem.key))), words)).toEqual([]);
  });

  it('finds a warning box whose words do not say it is a caution, and not a caution that does', () => {
    expect(boxesWithoutWords(card(styledBox([textBlock('Fizzlewick Lane depot')], 'warning')), words)).toEqual(['warning: Fizzlewick Lane depot']);
    expect(boxesWithoutWords(card(cautionLine(t('profile:truncated'))), words)).toEqual([]);
  });

  it('accepts a box that opens with a heading or names 999, and leaves boxes of no meaning alone', () => {
    expect(boxesWithoutWords(card(styledBox([heading('Refer it to the police'), textBlock('Quirkfield text')], 'attention')), words)).toEqual([]);
    expect(boxesWithoutWords(card(styledBox([textBlock(t('urgent:safetyLine'))], 'attention')), words)).toEqual([]);
    expect(boxesWithoutWords(card(styledBox([textBlock('Quirkfield status')], 'emphasis')), words)).toEqual([]);
  });

  it('does not take an empty box as listed in a summary', () => {
    const empty = card(problemsBlock(t, [{ key: 'errors:summary' }]), styledBox([textBlock('')], 'attention'));
    expect(boxesWithoutWords(empty, words)).toEqual(['attention: ']);
  });
});
