import { knowledgeEntrySchema, type KnowledgeEntry } from '../../knowledge/entry.schema';
import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex, normalizeTerm, tokenize } from '../../knowledge/search';
import { ageBands, SYNONYM_GROUPS } from '../../knowledge/synonyms';
import { evalQuestions } from '../../tools/eval-qa';

/** Exact checks of knowledge/search.ts; the broad measure is test/knowledge/eval.test.ts. */

const index = createKnowledgeIndex(allEntries);
const ids = new Set(allEntries.map((e) => e.id));
const top = (q: string): string | undefined => index.search(q).hits[0]?.entry.id;

const entry = (id: string, kind: KnowledgeEntry['kind'], title: string, summary: string): KnowledgeEntry =>
  knowledgeEntrySchema.parse({ id, kind, title, summary, body: summary, audiences: ['all'], section: 'Appendix I: test' });

describe('abbreviations', () => {
  it('expands a glossary abbreviation to find an entry that never uses it', () => {
    const tiny = createKnowledgeIndex([
      entry('glossary.zqo', 'glossary', 'ZQO: Widget Control Order', 'An abbreviation.'),
      entry('power.widget', 'power', 'Widget Control Order', 'An order restraining widgets in a public place.'),
      entry('power.other', 'power', 'Gadget Licence', 'A licence for gadgets kept at home.'),
    ]);
    const ranked = tiny.search('how long does a zqo last').hits.map((h) => h.entry.id);
    expect(ranked).toContain('power.widget');
    expect(ranked).not.toContain('power.other');
  });

  it.each([
    ['how do i serve a CAWN', 'power.cawn'],
    ['whats an SRO and how long does it last', 'power.sro'],
    ['SHPO breach - max sentence?', 'power.shpo'],
    ['LAC at risk of cse placed out of borough, who do i notify', 'section.7.lac-placed-out-of-borough'],
    ['can i refer a case straight to MASE', 'section.7.mase-preconditions'],
  ])('%s → %s', (q, id) => {
    expect(top(q)).toBe(id);
    expect(index.search(q).confident).toBe(true);
  });

  it('answers a bare abbreviation from the glossary', () => {
    expect(top('what is an ASW')).toBe('glossary.asw');
  });
});

describe('practitioner vocabulary', () => {
  it.each([
    ['secure accomodation order criteria', 'power.secure-accommodation'], // typo
    ['sexual harm prevension order', 'power.shpo'], // typo
    ['keep away notice', 'power.cawn'], // synonym for CAWN
    ['harbourers warning', 'power.cawn'], // former name
    ['youth-produced imagery', 'cse-type.youth-produced-sexual-imagery'], // the guidance's term for nudes
    ['organized abuse', 'meeting.organised-complex-abuse'], // American spelling
    ['12 yr old sexualy active', 'offence.soa-ss5-8'], // age band "under 13", typo
  ])('%s → %s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('tokenizes the protocol’s compounds', () => {
    expect(tokenize('A&E, pre-MASE, section 46, don’t')).toEqual(['ae', 'premase', 's46', 'dont']);
  });

  it('brings word forms together', () => {
    expect(normalizeTerm('bullied')).toBe(normalizeTerm('bullying'));
    expect(normalizeTerm('behavior')).toBe(normalizeTerm('behaviour'));
    expect(normalizeTerm('organized')).toBe(normalizeTerm('organised'));
    expect(normalizeTerm('family')).toBe('family');
  });

  it('finds youth-produced imagery when a pupil says "nudes"', () => {
    const ranked = index.search('yr 9 girl sending nudes').hits.slice(0, 2).map((h) => h.entry.id);
    expect(ranked.sort()).toEqual(['cse-type.youth-produced-sexual-imagery', 'indicator.technology.sexting']);
  });

  it('turns ages into the protocol’s age bands and drops school years', () => {
    expect(ageBands('a 12 yr old')).toContain('ageunder13');
    expect(ageBands('15yo')).toContain('ageunder16');
    expect(ageBands('a 17-year-old')).toContain('age16to17');
    expect(ageBands('yr 9 girl').trim()).toBe('girl');
    expect(ageBands('an SRO lasts 2 years')).toBe('an SRO lasts 2 years');
  });

  it('every synonym group has at least one phrase the entries use', () => {
    const text = allEntries.map((e) => [e.title, e.summary, e.body, ...e.keywords].join(' ')).join(' ');
    const words = new Set(tokenize(text).map(normalizeTerm));
    const unused = SYNONYM_GROUPS.filter((group) => !group.some((p) => tokenize(p).every((t) => words.has(normalizeTerm(t)))));
    expect(unused).toEqual([]);
  });
});

describe('confidence', () => {
  it.each([
    "what's the capital of France",
    'how do i reset my Teams password',
    'tell me a joke',
    'can you write my report for me',
    '',
    'the and of',
  ])('"%s" is not confident', (q) => {
    expect(index.search(q).confident).toBe(false);
  });

  it('gives no hits for a question with no content words', () => {
    expect(index.search('what is the').hits).toEqual([]);
  });
});

describe('results', () => {
  it('never returns an id that is not an entry, and ranks by score', () => {
    const questions = [...evalQuestions.map((q) => q.q), 'x', '???', 'CAWN CAWN CAWN', 'section 46', 'a&e'];
    for (const q of questions) {
      const { hits } = index.search(q);
      expect(hits.length).toBeLessThanOrEqual(10);
      for (const h of hits) expect(ids.has(h.entry.id)).toBe(true);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('finds every entry in the top 3 by its own title, and every glossary entry in the top 5 by its abbreviation', () => {
    const found = (e: KnowledgeEntry): boolean => {
      const [q, k] = e.kind === 'glossary' ? [`what is ${e.title.split(':')[0] ?? ''}`, 5] : [e.title, 3];
      return index.search(q).hits.slice(0, k).some((h) => h.entry.id === e.id);
    };
    expect(allEntries.filter((e) => !found(e)).map((e) => e.id)).toEqual([]);
  });
});
