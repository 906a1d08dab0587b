import { entriesOffered } from '../../dialogs/question';
import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import { comparedList, comparedSides, comparesBoth, withSharedHead } from '../../knowledge/searchComparison';

const index = createKnowledgeIndex(allEntries);

describe('comparedSides', () => {
  it.each<[string, [string, string] | undefined]>([
    ['whats the difference between a strategy discussion and a mase', ['strategy discussion', 'mase']],
    ['difference between sexual risk order and sexual harm prevention order', ['sexual risk order', 'sexual harm prevention order']],
    ['sro vs shpo whats the diff', ['sro', 'shpo']],
    ['GE or GA flag, whats the difference', ['GE', 'GA flag']],
    ['letter of concern vs abduction notice when do i use which', ['letter of concern', 'abduction notice']],
    ['difference between tier 3 and tier 4? filling in the referral form', ['tier 3', 'tier 4']],
    ['cat 3 vs tier 4 - same thing?', ['cat 3', 'tier 4']],
    // Two names alone, joined by "and" (the fifth exploratory test); never a question that goes on to ask something.
    ['SHPO and SRO', ['SHPO', 'SRO']],
    ['FQ and FP?', ['FQ', 'FP']],
    ['what is MASE and who chairs it', undefined],
    ['drugs and alcohol at parties, is that a sign', undefined],
    // "or" compares only where the difference is asked; "between" alone compares nothing.
    ['should I ring 999 or 101', undefined],
    ['she goes between her mum and dad', undefined],
    ['what is an SRO', undefined],
  ])('"%s" → %j', (q, sides) => {
    expect(comparedSides(q)).toEqual(sides);
  });
});

describe('withSharedHead', () => {
  it.each<[[string, string], [string, string] | undefined]>([
    [['ES', 'EU flag'], ['ES flag', 'EU flag']],
    [['SRO', 'SHPO orders'], ['SRO orders', 'SHPO orders']],
    [['strategy discussion', 'mase'], undefined],
    [['sro', 'shpo'], undefined],
    [['tier 3', 'tier 4'], undefined],
  ])('%j → %j', (sides, shared) => {
    expect(withSharedHead(sides)).toEqual(shared);
  });
});

describe('comparesBoth', () => {
  const entry = (id: string) => {
    const found = allEntries.find((e) => e.id === id);
    if (found === undefined) throw new Error(`no entry ${id}`);
    return found;
  };
  it.each<[string, [string, string], boolean]>([
    ['route.mash-or-mase', ['MASH', 'MASE'], true],
    ['section.5.category-levels', ['cat 3', 'tier 4'], true],
    // Lists every code, each its own keyword: it does not compare two of them.
    ['checklist.outcome-code', ['FQ', 'FP'], false],
    ['section.7.meeting-structure', ['mase', 'strategy meeting'], false],
    ['glossary.shpo', ['SHPO', 'SRO'], false],
  ])('%s for %j: %s', (id, sides, expected) => {
    expect(comparesBoth(entry(id), sides)).toBe(expected);
  });
});

describe('a question comparing two entries offers both (exploratory test, issue 8)', () => {
  it.each<[string, string, string]>([
    ['whats the difference between a strategy discussion and a mase', 'meeting.strategy-discussion', 'meeting.mase'],
    ['difference between sexual risk order and sexual harm prevention order', 'power.sro', 'power.shpo'],
    ['sro vs shpo whats the diff', 'power.sro', 'power.shpo'],
    // "ES" alone is too short to answer with confidence: it shares the head "flag" of the second side.
    ['whats the diff between ES and EU flag', 'flag.es', 'flag.eu'],
    // The fifth exploratory test: an outcome-code checklist that lists every code is not an entry comparing two of them;
    // a "strategy meeting" beside a MASE is the strategy discussion (a meeting), not the tactical option of that name.
    ['FQ vs FP', 'outcome.fq', 'outcome.fp'],
    ['difference between mase and a strategy meeting', 'meeting.mase', 'meeting.strategy-discussion'],
    ['SHPO and SRO', 'power.shpo', 'power.sro'],
  ])('"%s": %s and %s first, confidently, and both on the first reply', (q, a, b) => {
    const result = index.search(q);
    expect(result.confident).toBe(true);
    expect(result.hits.slice(0, 2).map((h) => h.entry.id).sort()).toEqual([a, b].sort());
    expect(entriesOffered(result, index)).toEqual(expect.arrayContaining([a, b]));
  });

  it('keeps an entry that compares the two itself as the answer, with the two beside it', () => {
    const result = index.search('whats the difference between MASH and MASE');
    expect(result.hits[0]?.entry.id).toBe('route.mash-or-mase');
    expect(result.hits.slice(1, 3).map((h) => h.entry.id).sort()).toEqual(['meeting.mase', 'section.6.mash-and-cse']);
  });
});

// Issue 8 (a later exploratory test): "whats the diff between category 1 2 and 3" got cards for 1 and 3, and 2 as a link.
describe('three things compared', () => {
  it.each<[string, string[]]>([
    ['whats the diff between category 1 2 and 3', ['category 1', 'category 2', 'category 3']],
    ['whats the difference between categories 1, 2 and 3?', ['category 1', 'category 2', 'category 3']],
    ['difference between SRO, SHPO and CBO', ['SRO', 'SHPO', 'CBO']],
  ])('"%s" names %j', (q, sides) => {
    expect(comparedList(q)).toEqual(sides);
  });

  it.each(['whats the diff between category 1 and 3', 'difference between a strategy discussion and a MASE meeting'])('"%s" names two, not a list', (q) => {
    expect(comparedList(q)).toBeUndefined();
  });

  it('answers each of the three categories, each found by its own side', () => {
    const result = index.search('whats the diff between category 1 2 and 3', { audience: 'social-care' });
    expect(result.confident).toBe(true);
    expect(result.compared?.map((e) => e.id)).toEqual(expect.arrayContaining(['category.police-1', 'category.police-2', 'category.police-3']));
  });
});
