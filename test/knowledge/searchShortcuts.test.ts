import { describe, expect, it } from '@jest/globals';
import { allEntries } from '../../knowledge/entries';
import exemplars from '../../knowledge/eval/exemplars.json';
import questions from '../../knowledge/eval/questions.json';
import { EXAMPLE_MODEL_EN_GB } from '../../knowledge/searchExamples';
import { buildQuery, type Query } from '../../knowledge/searchQuery';
import { searchStateFor } from '../../knowledge/searchState';
import { tokenize } from '../../knowledge/searchTerms';
import { vocabularyFrom, type Vocabulary } from '../../knowledge/searchVocabulary';
import { lettersOf, postingsFrom } from '../../knowledge/termPostings';
import { Scratch } from '../../knowledge/termScratch';
import { distanceWithin, variantsOf } from '../../knowledge/termVariants';

/**
 * The search's shortcuts (issue 14, eighth round) skip only work that could not change a result: the
 * synonym groups tried are those with a phrase beginning with a word of the question, and an unknown
 * word's fuzzy match measures only index terms of a near length and near letters. Each is held here to
 * the whole work it skips, over every evaluation and example question's words.
 */

const state = searchStateFor(allEntries, EXAMPLE_MODEL_EN_GB);
const vocabulary = vocabularyFrom(state.vocabulary);
const texts = [...new Set([...questions, ...exemplars].map((q) => q.q))];

/** Every group for every word: the synonym scan as it was, all 124 groups tried in order. */
const everyGroup: Vocabulary = {
  ...vocabulary,
  synonymsStartingWith: new (class extends Map<string, readonly number[]> {
    override get(): readonly number[] {
      return vocabulary.synonyms.map((_, group) => group);
    }
  })(),
};

/** A query with its Maps and Sets as arrays, in their order: the order of the terms decides the order they are matched and summed in. */
const inOrder = (query: Query) => ({
  weights: [...query.weights],
  own: [...query.own].map(([term, { typed, covers, alike }]) => [term, typed, [...covers], [...alike]]),
  abbreviations: query.abbreviations,
  acronyms: [...query.acronyms],
});

describe('the synonym groups tried', () => {
  it('make the same query, terms and weights in the same order, as trying every group', () => {
    expect(texts.length).toBeGreaterThan(1_900);
    const differ = texts.filter((text) => JSON.stringify(inOrder(buildQuery(text, vocabulary))) !== JSON.stringify(inOrder(buildQuery(text, everyGroup))));
    expect(differ).toEqual([]);
  });

  it('are all the groups that could meet a question: a phrase met is always met by its first word', () => {
    const met = buildQuery('my bf sent nudes on snap, now she is missing from her care home', vocabulary);
    expect(JSON.stringify(inOrder(met))).toBe(JSON.stringify(inOrder(buildQuery('my bf sent nudes on snap, now she is missing from her care home', everyGroup))));
    expect([...met.weights.keys()]).toEqual(expect.arrayContaining(['boyfriend', 'sext', 'social', 'runaway', 'placement']));
  });
});

describe('the index terms an unknown word is measured against', () => {
  const p = postingsFrom(state.postings);
  const scratch = new Scratch(state.postings.ids.length, p.terms.length);
  const options = { weights: { prefix: 0.375, fuzzy: 0.45 }, maxFuzzy: 6 };
  const words = [...new Set(texts.flatMap(tokenize))].filter((w) => w.length >= 5 && !p.byTerm.has(w));
  // Slips of known terms too (a letter dropped, doubled or swapped), so that many words have terms within reach.
  const slips = p.terms.filter((t, id) => t.length >= 5 && id % 5 === 0).flatMap((t) => [t.slice(1), `${t}${t.at(-1) ?? ''}`, `${t.slice(0, 2)}${t[3] ?? ''}${t[2] ?? ''}${t.slice(4)}`]);

  /** Every term within the fuzzy distance, measured against all 2,326: the scan as it was. */
  const measuredAll = (term: string, fuzzy: number, prefix: boolean): number[] => {
    const matrix = new Uint8Array((term.length + 1) * (term.length + fuzzy + 1));
    return p.terms.flatMap((t, id) => {
      if (Math.abs(t.length - term.length) > fuzzy || (prefix && t.startsWith(term))) return [];
      const distance = distanceWithin(term, t, fuzzy, matrix);
      return distance === 0 || distance > fuzzy ? [] : [id];
    });
  };

  it('are never fewer than those within its edit distance, and come in the same order with the same weights', () => {
    expect(words.length).toBeGreaterThan(500);
    const differ: string[] = [];
    let reached = 0;
    for (const term of [...words, ...slips]) {
      for (const prefix of [true, false]) {
        const n = variantsOf({ term, prefix, fuzzy: 0.2, boost: 1 }, p, scratch, options);
        // The term itself and the terms it begins come first; the rest are the fuzzy matches.
        const first = (p.byTerm.has(term) ? 1 : 0) + (prefix ? p.terms.filter((t) => t.length > term.length && t.startsWith(term)).length : 0);
        const found = Array.from(scratch.derived.subarray(first, n));
        const fuzzy = Math.min(6, Math.round(term.length * 0.2));
        const expected = measuredAll(term, fuzzy, prefix).sort((a, b) => b - a);
        const weights = Array.from(scratch.weights.subarray(first, n));
        const matrix = new Uint8Array((term.length + 1) * (term.length + fuzzy + 1));
        const expectedWeights = expected.map((id) => {
          const t = p.terms[id] ?? '';
          return (0.45 * t.length) / (t.length + distanceWithin(term, t, fuzzy, matrix));
        });
        if (JSON.stringify([found, weights]) !== JSON.stringify([expected, expectedWeights])) differ.push(`${term} (prefix ${prefix})`);
        reached += expected.length;
      }
    }
    expect(differ).toEqual([]);
    expect(reached).toBeGreaterThan(1_000);
  });

  it('bounds the distance by letters: a word and a term differing in more characters than the distance are farther apart', () => {
    const matrix = new Uint8Array(1_024);
    const bits = (x: number): number => x.toString(2).replaceAll('0', '').length;
    for (const [a, b] of [['grooming', 'groomer'], ['consnet', 'consent'], ['exploitaton', 'exploitation'], ['quirkfield', 'fizzlewick'], ['s46', 's47']] as const) {
      const [la, lb] = [lettersOf(a), lettersOf(b)];
      const bound = Math.max(bits((la & ~lb) >>> 0), bits((lb & ~la) >>> 0));
      expect(bound).toBeLessThanOrEqual(distanceWithin(a, b, 12, matrix));
    }
  });
});
