import questions from '../../knowledge/eval/questions.json';
import { allEntries } from '../../knowledge/entries';
import { createKnowledgeIndex, tokenize } from '../../knowledge/search';
import { miniSearchOf, type SerialisedSearchIndex } from '../../knowledge/searchIndexCache';

/**
 * The serialised index (written by `npm run build`, loaded at start) must answer exactly as the index
 * built from the entries does, and must never be loaded when it was made from other documents or code.
 */

const devQuestions = questions.filter((q) => q.set === 'dev').map((q) => q.q);
const CODE = 'search-code-of-this-test';

function builtOnce(codeId = CODE): SerialisedSearchIndex {
  let serialised: SerialisedSearchIndex | undefined;
  createKnowledgeIndex(allEntries, { cache: { codeId, onBuilt: (s) => (serialised = s) } });
  if (serialised === undefined) throw new Error('the index was not built');
  return serialised;
}

// A loaded index walks its terms in another order, so a score's sum may differ in its last bit: compared to 12 digits.
const digits = (n: number): number => Number(n.toPrecision(12));
const answers = (index: ReturnType<typeof createKnowledgeIndex>, text: string) => {
  const result = index.search(text);
  return { ...result, coverage: digits(result.coverage), hits: result.hits.map((h) => [h.entry.id, digits(h.score)]) };
};

describe('the serialised search index', () => {
  const serialised = builtOnce();
  const fresh = createKnowledgeIndex(allEntries);

  it('is loaded, not built, when made from the same entries by the same code', () => {
    const onBuilt = jest.fn();
    createKnowledgeIndex(allEntries, { cache: { codeId: CODE, serialised, onBuilt } });
    expect(onBuilt).not.toHaveBeenCalled();
  });

  it('answers every dev question as an index built from the entries does (scores to 12 digits)', () => {
    const loaded = createKnowledgeIndex(allEntries, { cache: { codeId: CODE, serialised, onBuilt: () => { throw new Error('built, not loaded'); } } });
    expect(devQuestions.length).toBeGreaterThan(100);
    for (const text of devQuestions) expect(answers(loaded, text)).toEqual(answers(fresh, text));
  });

  it('is the same whenever it is built from the same entries', () => {
    expect(builtOnce()).toEqual(serialised);
  });

  it('is built again, never loaded, when the code that made it was other code', () => {
    const onBuilt = jest.fn();
    createKnowledgeIndex(allEntries, { cache: { codeId: 'other code', serialised, onBuilt } });
    expect(onBuilt).toHaveBeenCalledTimes(1);
  });

  it('is built again, never loaded, when the entries changed', () => {
    const onBuilt = jest.fn();
    const changed = allEntries.map((e, i) => (i === 0 ? { ...e, summary: `${e.summary} Fizzlewick` } : e));
    createKnowledgeIndex(changed, { cache: { codeId: CODE, serialised, onBuilt } });
    expect(onBuilt).toHaveBeenCalledTimes(1);
  });
});

describe('miniSearchOf', () => {
  const docs = [
    { id: 'a', text: 'Child abduction warning notice, served by the police' },
    { id: 'b', text: 'Return home interview within 72 hours' },
  ];
  const options = { fields: ['text'], tokenize };

  it('loads an index equal, field for field, to the one it built', () => {
    let serialised: SerialisedSearchIndex | undefined;
    const built = miniSearchOf(docs, options, { codeId: CODE, onBuilt: (s) => (serialised = s) });
    const onBuilt = jest.fn();
    const loaded = miniSearchOf(docs, options, { codeId: CODE, ...(serialised === undefined ? {} : { serialised }), onBuilt });
    expect(onBuilt).not.toHaveBeenCalled();
    // The same terms with the same postings; the order the trie lists them in is not part of the index.
    const { index: loadedTerms, ...loadedRest } = loaded.toJSON();
    const { index: builtTerms, ...builtRest } = built.toJSON();
    expect(new Map(loadedTerms)).toEqual(new Map(builtTerms));
    expect(loadedRest).toEqual(builtRest);
    expect(loaded.search('notice')).toEqual(built.search('notice'));
  });

  it('builds the index when the file is from another MiniSearch version', () => {
    let serialised: SerialisedSearchIndex | undefined;
    miniSearchOf(docs, options, { codeId: CODE, onBuilt: (s) => (serialised = s) });
    if (serialised === undefined) throw new Error('the index was not built');
    const onBuilt = jest.fn();
    const index = miniSearchOf(docs, options, { codeId: CODE, serialised: { ...serialised, index: { ...serialised.index, serializationVersion: 999 } }, onBuilt });
    expect(onBuilt).toHaveBeenCalledTimes(1);
    expect(index.search('interview').map((r) => r.id)).toEqual(['b']);
  });
});
