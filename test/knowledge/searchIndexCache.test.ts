import { describe, expect, it, jest } from '@jest/globals';
import { allEntries } from '../../knowledge/entries';
import exemplars from '../../knowledge/eval/exemplars.json';
import questions from '../../knowledge/eval/questions.json';
import { createKnowledgeIndex, type SearchContext, type TrainableIndex } from '../../knowledge/search';
import { EXAMPLE_MODEL_EN_GB, type ExampleModel } from '../../knowledge/searchExamples';
import { builtOrLoaded, type SerialisedSearchState } from '../../knowledge/searchIndexCache';
import type { SearchState } from '../../knowledge/searchState';

/**
 * What the search builds before its first question, saved by `npm run build` and loaded at start,
 * must answer exactly as the search built from the entries does, and must never be loaded when it was
 * made from other entries, other example questions or other code.
 */

type Audience = NonNullable<SearchContext['audience']>;
const asked = [...new Map([...questions, ...exemplars].map((q) => [q.q, q.audience as Audience])).entries()];
const CODE = 'search-code-of-this-test';

/** The state as a build writes it, and as a start reads it back: through JSON. */
function builtOnce(codeId = CODE, examples?: ExampleModel): SerialisedSearchState<SearchState> {
  let serialised: SerialisedSearchState<SearchState> | undefined;
  createKnowledgeIndex(allEntries, { ...(examples === undefined ? {} : { examples }), cache: { codeId, onBuilt: (s) => (serialised = s) } });
  if (serialised === undefined) throw new Error('the state was not built');
  return JSON.parse(JSON.stringify(serialised)) as SerialisedSearchState<SearchState>;
}

const digits = (n: number): number => Number(n.toPrecision(12));
const answers = (index: TrainableIndex, text: string, context: SearchContext) => {
  const result = index.search(text, context);
  return {
    ...result,
    coverage: digits(result.coverage),
    hits: result.hits.map((h) => [h.entry.id, digits(h.score)]),
    candidates: index.candidates(text, context).map((c) => [c.id, c.features.map(digits)]),
  };
};

/** The questions whose answers differ between the two indexes; empty when none does. */
const differing = (loaded: TrainableIndex, fresh: TrainableIndex, audience: (question: string, known: Audience) => SearchContext): string[] =>
  asked.flatMap(([text, known]) => (JSON.stringify(answers(loaded, text, audience(text, known))) === JSON.stringify(answers(fresh, text, audience(text, known))) ? [] : [text]));

describe('the saved search state', () => {
  const serialised = builtOnce();
  const fresh = createKnowledgeIndex(allEntries);
  const loaded = createKnowledgeIndex(allEntries, {
    cache: {
      codeId: CODE,
      serialised,
      onBuilt: () => {
        throw new Error('built, not loaded');
      },
    },
  });

  it(`is asked ${asked.length} distinct dev, held-out and example questions`, () => {
    expect(asked.length).toBeGreaterThan(1_900);
  });

  it('answers every question as a search built from the entries does, asked as a stranger (ids, order, confidence, scores and features to 12 digits)', () => {
    expect(differing(loaded, fresh, () => ({}))).toEqual([]);
  });

  it('answers every question as a search built from the entries does, asked as its audience', () => {
    expect(differing(loaded, fresh, (_, audience) => ({ audience }))).toEqual([]);
  });

  it('answers typos, word beginnings, sections and nothing at all as a search built from the entries does', () => {
    const typed = ['exploitaton', 'grooomed online', 'consnet', 'investigat', 'chld sexul explotation', 's47 strategy meeting', 'SRO', 'a', ''];
    expect(typed.filter((text) => JSON.stringify(answers(loaded, text, {})) !== JSON.stringify(answers(fresh, text, {})))).toEqual([]);
  });

  it('is the same whenever it is built from the same inputs', () => {
    expect(builtOnce()).toEqual(serialised);
  });

  it('is loaded, not built, when made from the same inputs by the same code', () => {
    const onBuilt = jest.fn();
    createKnowledgeIndex(allEntries, { cache: { codeId: CODE, serialised, onBuilt } });
    expect(onBuilt).not.toHaveBeenCalled();
  });

  const firstExample = EXAMPLE_MODEL_EN_GB.examples[0];
  if (firstExample === undefined) throw new Error('no example questions');
  it.each<[string, { entries?: typeof allEntries; codeId?: string; examples?: ExampleModel | null }]>([
    ['an entry changed', { entries: allEntries.map((e, i) => (i === 0 ? { ...e, summary: `${e.summary} Fizzlewick` } : e)) }],
    ['an entry removed', { entries: allEntries.slice(1) }],
    ['an entry that is not searchable', { entries: allEntries.map((e, i) => (i === 0 ? { ...e, searchable: false } : e)) }],
    ['the code changed (the search, its synonyms, its confidence rule, its ranker or example files, MiniSearch)', { codeId: 'other code' }],
    ['an example question changed', { examples: { ...EXAMPLE_MODEL_EN_GB, examples: [{ ...firstExample, terms: 'quirkfield:1' }, ...EXAMPLE_MODEL_EN_GB.examples.slice(1)] } }],
    ['the example questions left out', { examples: null }],
  ])('is built again, never loaded, when %s', (_, changed) => {
    const onBuilt = jest.fn();
    const index = createKnowledgeIndex(changed.entries ?? allEntries, {
      ...(changed.examples === undefined ? {} : { examples: changed.examples }),
      cache: { codeId: changed.codeId ?? CODE, serialised, onBuilt },
    });
    expect(onBuilt).toHaveBeenCalledTimes(1);
    const rebuilt = createKnowledgeIndex(changed.entries ?? allEntries, changed.examples === undefined ? {} : { examples: changed.examples });
    expect(answers(index, 'how long does an SRO last', {})).toEqual(answers(rebuilt, 'how long does an SRO last', {}));
  });
});

describe('builtOrLoaded', () => {
  it('builds without a cache, and tells nobody', () => {
    const build = jest.fn(() => ({ made: 1 }));
    expect(builtOrLoaded({ a: 1 }, build)).toEqual({ made: 1 });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('loads what was built from equal inputs by the same code, and builds for other inputs or code', () => {
    let saved: SerialisedSearchState<{ made: number }> | undefined;
    builtOrLoaded({ a: 1 }, () => ({ made: 1 }), { codeId: 'c', onBuilt: (s) => (saved = s) });
    if (saved === undefined) throw new Error('nothing saved');
    const serialised = saved;
    expect(builtOrLoaded({ a: 1 }, () => ({ made: 2 }), { codeId: 'c', serialised })).toEqual({ made: 1 });
    expect(builtOrLoaded({ a: 2 }, () => ({ made: 2 }), { codeId: 'c', serialised })).toEqual({ made: 2 });
    expect(builtOrLoaded({ a: 1 }, () => ({ made: 2 }), { codeId: 'd', serialised })).toEqual({ made: 2 });
  });
});
