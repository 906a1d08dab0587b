import { describe, expect, it } from '@jest/globals';
import MiniSearch from 'minisearch';
import { allEntries } from '../../knowledge/entries';
import exemplars from '../../knowledge/eval/exemplars.json';
import questions from '../../knowledge/eval/questions.json';
import { createKnowledgeIndex, type SearchContext, type SearchResult } from '../../knowledge/search';
import { createTermMatcher } from '../../knowledge/termMatcher';
import type { TermQuery } from '../../knowledge/termVariants';

/**
 * The precomputed term matching (knowledge/termMatcher.ts) must find exactly what MiniSearch's own
 * search found: the same entries in the same order, the same scores, the same confidence, and the
 * same features for the re-ranker, for every question of the evaluation and the example questions,
 * asked as a stranger and as the question's audience.
 */

type Audience = NonNullable<SearchContext['audience']>;
const asked = [...new Map([...questions, ...exemplars].map((q) => [q.q, q.audience as Audience])).entries()];

const library = createKnowledgeIndex(allEntries, { termMatching: 'library' });
const precomputed = createKnowledgeIndex(allEntries);

const summary = (result: SearchResult) => ({
  ids: result.hits.map((h) => h.entry.id),
  confident: result.confident,
  doubt: result.doubt,
  unknown: result.unknown,
});

/** What differs between the two for one question, beyond 1e-9 in any score or feature; empty when nothing does. */
function differences(question: string, context: SearchContext): string[] {
  const before = library.search(question, context);
  const after = precomputed.search(question, context);
  const out: string[] = [];
  if (JSON.stringify(summary(after)) !== JSON.stringify(summary(before))) out.push(`${question}: ${JSON.stringify(summary(after))} was ${JSON.stringify(summary(before))}`);
  const far = (a: number, b: number | undefined) => b === undefined || !(Math.abs(a - b) <= 1e-9);
  if (after.hits.some((hit, i) => far(hit.score, before.hits[i]?.score)) || far(after.coverage, before.coverage)) out.push(`${question}: scores or coverage`);
  const [was, is] = [library.candidates(question, context), precomputed.candidates(question, context)];
  if (JSON.stringify(is.map((c) => c.id)) !== JSON.stringify(was.map((c) => c.id))) out.push(`${question}: candidates`);
  if (is.some((c, i) => c.features.length !== was[i]?.features.length || c.features.some((x, k) => far(x, was[i]?.features[k])))) out.push(`${question}: features`);
  return out;
}

describe('the precomputed term matching finds what MiniSearch found', () => {
  it(`asks ${asked.length} distinct questions of both`, () => {
    expect(asked.length).toBeGreaterThan(1_900);
  });

  it('ranks every evaluation and example question the same, asked as a stranger', () => {
    expect(asked.flatMap(([question]) => differences(question, {}))).toEqual([]);
  });

  it('ranks every evaluation and example question the same, asked as its audience', () => {
    expect(asked.flatMap(([question, audience]) => differences(question, { audience }))).toEqual([]);
  });

  it('ranks typos, word beginnings and long words the same', () => {
    const typed = ['exploitaton', 'grooomed online', 'consnet', 'investigat', 'multiagency sexual exploitaiton meting', 'chld sexul explotation', 'SRO', 'a', ''];
    expect(typed.flatMap((question) => differences(question, {}))).toEqual([]);
  });
});

describe('createTermMatcher against MiniSearch on a small index', () => {
  const docs = [
    { id: 'quirkfield', title: 'Quirkfield station meeting', body: 'meetings are minuted; the meeting room is booked' },
    { id: 'fizzlewick', title: 'Fizzlewick market', body: 'the market meets on Mondays; marketing leaflets' },
    { id: 'meet', title: 'meet', body: 'meet meet meeting' },
  ];
  const index = new MiniSearch<(typeof docs)[number]>({ fields: ['title', 'body'] });
  index.addAll(docs);
  const matcher = createTermMatcher(index, { boost: [['title', 2], ['body', 1]] });
  const queries: TermQuery[][] = [
    [{ term: 'meet', prefix: true, fuzzy: false, boost: 1 }],
    [{ term: 'markt', prefix: true, fuzzy: 0.2, boost: 0.5 }, { term: 'meeting', prefix: false, fuzzy: 1, boost: 1 }],
    [{ term: 'nothing', prefix: true, fuzzy: 0.2, boost: 1 }],
  ];

  it.each(queries.map((q) => [q.map((t) => t.term).join(' '), q] as const))('scores %s as MiniSearch does', (_, terms) => {
    const expected = index.search(terms.map((t) => t.term).join(' '), {
      boost: { title: 2, body: 1 },
      prefix: (term) => terms.find((t) => t.term === term)?.prefix ?? false,
      fuzzy: (term) => terms.find((t) => t.term === term)?.fuzzy ?? false,
      boostTerm: (term) => terms.find((t) => t.term === term)?.boost ?? 1,
    });
    const found = matcher.search(terms, () => 1);
    const got = Array.from({ length: found.size }, (_, i) => found.doc(i)).map((doc) => ({
      id: matcher.idOf(doc),
      score: found.score(doc),
      queryTerms: terms.flatMap((t, q) => (found.met(doc, q) ? [t.term] : [])),
      match: found.match(doc),
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(got.sort(byId)).toEqual(expected.map((r) => ({ id: r.id, score: r.score, queryTerms: r.queryTerms, match: r.match })).sort(byId));
  });
});
