import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import { corpusOf, knownAs } from '../../knowledge/searchCorpus';

/**
 * One very long word is one message (a typed one up to 4,000 characters, a text box more): the search must neither hold the turn for
 * seconds nor ask for memory by the square of its length (issue 14's twelfth round found the danger check's spelling
 * did; the search's likeness look-up and its fuzzy distance matrix did too).
 */
describe('the search and a word longer than any it knows', () => {
  it('does not look a word up, or keep it in the memo, when it is longer than any known word by more than a word form adds', () => {
    const corpus = corpusOf([['meeting'], ['order']], (t) => t, new Set());
    expect(knownAs('meetng', 'meetng', corpus)).toBe('meeting');
    const before = corpus.likeness.size;
    const long = 'meeting'.repeat(3);
    expect(knownAs(long, long, corpus)).toBeUndefined();
    expect(corpus.likeness.size).toBe(before);
    // Three letters beyond the longest is still a word form of it: looked up as before.
    expect(knownAs('meetingsss', 'meetingsss', corpus)).toBe('meeting');
  });

  it('answers a question of one 250,000-letter word without asking for a distance matrix by its square', () => {
    const index = createKnowledgeIndex(allEntries);
    const word = 'abcdefghij'.repeat(25_000);
    expect(() => index.search(word)).not.toThrow();
    expect(index.search(`what is a ${word} order`).hits.length).toBeGreaterThan(0);
  });
});
