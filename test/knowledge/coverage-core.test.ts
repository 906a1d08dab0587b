import { knowledgeEntrySchema, type KnowledgeEntryInput } from '../../knowledge/entry.schema';
import { flagsAndOutcomesEntries } from '../../knowledge/entries/flags-and-outcomes';
import { glossaryEntries } from '../../knowledge/entries/glossary';
import { investigationChecklistEntries } from '../../knowledge/entries/investigation-checklists';
import { maseAndMeetingsEntries } from '../../knowledge/entries/mase-and-meetings';
import { safeguardIndicatorEntries } from '../../knowledge/entries/safeguard-indicators';
import { sectionEntries } from '../../knowledge/entries/sections';
import fixture from './fixtures/protocol-core.json';

/** The core protocol entries: sections 1–10, Appendices A, E, F, G, J and the Abbreviations list. */

const files: Record<string, KnowledgeEntryInput[]> = {
  sections: sectionEntries,
  'safeguard-indicators': safeguardIndicatorEntries,
  'flags-and-outcomes': flagsAndOutcomesEntries,
  'mase-and-meetings': maseAndMeetingsEntries,
  'investigation-checklists': investigationChecklistEntries,
  glossary: glossaryEntries,
};
const all = Object.values(files).flat();
const byId = new Map(all.map((e) => [e.id, e]));
const get = (id: string): KnowledgeEntryInput => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no entry with id ${id}`);
  return entry;
};

/** Ids the other engineer owns that these entries may link to (the agreed list). */
const externalIds = new Set([
  'power.sro', 'power.shpo', 'power.cawn', 'power.police-protection', 'power.epo', 'power.recovery-order',
  'power.secure-accommodation', 'power.care-order', 'power.s20-accommodation', 'power.hotel-notice',
  'offence.soa-ss5-8', 'offence.soa-ss9-15', 'offence.soa-s14', 'offence.soa-s15', 'offence.soa-ss16-24',
  'offence.soa-ss25-29', 'offence.soa-ss47-50', 'offence.soa-ss57-59', 'offence.sca-s67', 'offence.msa-s2',
  'section.11.operation-makesafe',
]);

/** Glossary id rule: lower-case, each run of non-alphanumerics one hyphen, no hyphen at the ends. */
const glossaryId = (abbr: string): string =>
  `glossary.${abbr.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

const kindByPrefix: Record<string, string> = {
  section: 'topic', 'cse-type': 'cse-type', indicator: 'indicator', vulnerability: 'vulnerability',
  category: 'category', meeting: 'meeting', flag: 'flag', outcome: 'outcome-code', checklist: 'checklist',
  glossary: 'glossary',
};

const textOf = (e: KnowledgeEntryInput): string =>
  [e.title, e.summary, e.body, ...(e.keywords ?? []), ...(e.since2017 ?? []).map((s) => s.what)].join('\n');

describe('core knowledge files', () => {
  it.each(Object.entries(files))('every entry in %s parses with knowledgeEntrySchema', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const failures = entries
      .map((e) => ({ id: e.id, result: knowledgeEntrySchema.safeParse(e) }))
      .filter((r) => !r.result.success)
      .map((r) => `${r.id}: ${r.result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    expect(failures).toEqual([]);
  });

  it('ids are unique across these files', () => {
    const seen = new Set<string>();
    const duplicates = all.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('each id prefix matches its kind', () => {
    const wrong = all.filter((e) => kindByPrefix[e.id.split('.')[0] ?? ''] !== e.kind).map((e) => `${e.id} (${e.kind})`);
    expect(wrong).toEqual([]);
  });

  it('every related id resolves to one of these entries or to an agreed external id', () => {
    const dangling = all.flatMap((e) => (e.related ?? []).filter((r) => !byId.has(r) && !externalIds.has(r)).map((r) => `${e.id} -> ${r}`));
    expect(dangling).toEqual([]);
  });

  it('no entry links to itself', () => {
    expect(all.filter((e) => (e.related ?? []).includes(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe('Abbreviations list coverage', () => {
  it.each(fixture.abbreviations)('$abbr has a glossary entry', ({ abbr, expansion }) => {
    const entry = get(glossaryId(abbr));
    expect(entry.kind).toBe('glossary');
    expect(entry.title.startsWith(`${abbr}: `)).toBe(true);
    expect(entry.keywords).toContain(abbr);
    expect(entry.body).toContain(expansion);
  });

  it('has no glossary entry that is not in the list', () => {
    const expected = new Set(fixture.abbreviations.map((a) => glossaryId(a.abbr)));
    expect(glossaryEntries.map((e) => e.id).filter((id) => !expected.has(id))).toEqual([]);
  });
});

describe('Appendix A (SAFEGUARD) coverage', () => {
  const items = fixture.safeguard.flatMap((h) => h.items.map((i) => ({ ...i, letter: h.letter, heading: h.heading })));

  it.each(items)('$id carries the protocol wording', ({ id, text, heading }) => {
    const entry = get(id);
    expect(entry.kind).toBe('indicator');
    expect(entry.body).toContain(`“${text}”`);
    expect(entry.section).toContain(heading);
  });

  it.each(fixture.safeguard)('the $letter items together cover every word of "$heading"', ({ text, items: parts }) => {
    let rest = text;
    for (const part of [...parts].sort((a, b) => b.text.length - a.text.length)) {
      expect(rest).toContain(part.text);
      rest = rest.replace(part.text, '');
    }
    expect(rest).toMatch(/^[\s;,.]*$/);
  });

  it('each indicator id is <indicator>.<heading>.<slug> and in the fixture', () => {
    const expected = new Set(items.map((i) => i.id));
    const indicators = all.filter((e) => e.kind === 'indicator');
    expect(indicators.map((e) => e.id).filter((id) => !expected.has(id))).toEqual([]);
    expect(indicators).toHaveLength(items.length);
  });

  it.each(items)('$id has a short title and a one-sentence summary', ({ id }) => {
    const entry = get(id);
    expect(entry.title.length).toBeLessThanOrEqual(50);
    expect(entry.summary).toMatch(/^[A-Z][^\n]*[.]$/);
    expect(entry.summary.slice(0, -1)).not.toMatch(/[.!?]\s/);
  });
});

describe('Appendix E coverage', () => {
  it.each(fixture.flags)('flag $code: meaning and where it is entered', ({ code, enteredOn }) => {
    const entry = get(`flag.${code.toLowerCase()}`);
    expect(entry.kind).toBe('flag');
    expect(entry.title.startsWith(`${code} `)).toBe(true);
    expect(entry.keywords).toContain(code);
    expect(entry.body).toContain('**Meaning**');
    expect(entry.body).toContain(enteredOn);
  });

  it.each(fixture.outcomeCodes)('outcome code $code: meaning and where it is entered', ({ code, enteredOn }) => {
    const entry = get(`outcome.${code.toLowerCase()}`);
    expect(entry.kind).toBe('outcome-code');
    expect(entry.title.startsWith(`${code}: `)).toBe(true);
    expect(entry.keywords).toContain(code);
    expect(entry.body).toContain('**Meaning**');
    expect(entry.body).toContain(enteredOn);
  });
});

describe('sections 1 to 10 and Appendices F, G, J', () => {
  const required = [
    'section.1.aims', 'section.1.principles', 'section.2.definition-of-cse', 'section.4.accountability',
    'cse-type.peer-on-peer', 'cse-type.relationship-model', 'cse-type.online', 'cse-type.youth-produced-sexual-imagery',
    'cse-type.gangs-and-groups', 'cse-type.county-lines', 'cse-type.organised-networked', 'cse-type.familial', 'cse-type.opportunistic',
    'category.police-1', 'category.police-2', 'category.police-3',
    'category.csc-tier-1', 'category.csc-tier-2', 'category.csc-tier-3', 'category.csc-tier-4',
    'section.6.mash-and-cse', 'section.6.referral-desks', 'section.6.police-reporting-pathway', 'section.6.case-ownership', 'section.6.cse-flagging',
    'meeting.strategy-discussion', 'section.7.strategy-discussion-tasks', 'meeting.organised-complex-abuse', 'meeting.mase', 'meeting.pre-mase',
    'section.7.mase-coordinator', 'section.7.mase-analyst', 'section.7.lac-placed-out-of-borough', 'section.7.transition-to-adulthood',
    'section.7.mase-trafficking-nrm', 'section.7.mase-governance', 'section.7.mase-measurement', 'section.7.positive-interventions',
    'meeting.police-specific', 'section.8.barriers-to-engagement', 'section.8.groups-facing-barriers', 'section.8.positive-behaviours',
    'section.8.capacity-to-consent', 'section.8.criminal-justice-support', 'section.9.missing-person-coordinator', 'section.9.prevention-interview',
    'section.9.return-home-interview', 'section.9.return-interview-who-and-after', 'section.10.age-and-consent', 'section.10.forensics-strategy',
    'section.10.visually-recorded-interviews', 'section.10.third-party-material', 'section.10.use-of-experts', 'section.10.trafficking-and-nrm',
    'section.10.perpetrators', 'section.10.harmful-sexual-behaviour',
    'meeting.mase-attendees', 'meeting.pre-mase-attendees', 'meeting.mase-agenda-part-1', 'meeting.mase-agenda-part-2',
    'meeting.daily-pacesetter', 'meeting.tasking-coordinating-group', 'meeting.crime-fighters-performance', 'meeting.cps',
    'checklist.investigation-supervisor', 'checklist.investigation-victim', 'checklist.investigation-suspect',
    'checklist.intelligence-checks', 'checklist.closing-report', 'checklist.outcome-code',
  ];

  it.each(required)('%s exists', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it('has one vulnerability entry for each of the 15 factors in section 5', () => {
    expect(all.filter((e) => e.kind === 'vulnerability')).toHaveLength(15);
  });

  it.each([
    ['section.7.strategy-discussion-tasks', '45 working days'],
    ['section.9.return-home-interview', 'within 72 hours'],
    ['section.7.lac-placed-out-of-borough', 'within 24 hours'],
    ['meeting.mase', 'six-week intervals'],
    ['checklist.investigation-supervisor', 'every 10 days'],
    ['checklist.investigation-victim', 'every six months'],
    ['section.10.investigations', 'six months later'],
  ])('%s states the time limit "%s"', (id, phrase) => {
    expect(get(id).body).toContain(phrase);
  });

  it.each(all.filter((e) => e.kind === 'category').map((e) => e.id))('%s says the assistant never assigns it', (id) => {
    expect(get(id).body).toMatch(/never assigns/);
  });

  it.each([
    ['section.6.referral-desks', '588'],
    ['category.police-1', 'removed the CSE category levels'],
    ['meeting.mase', 'MACE'],
    ['section.4.accountability', 'abolished LSCBs'],
    ['cse-type.youth-produced-sexual-imagery', 'Sharing nudes and semi-nudes'],
    ['section.6.police-reporting-pathway', 'CONNECT'],
  ])('%s notes what changed since 2017 (%s)', (id, phrase) => {
    expect((get(id).since2017 ?? []).map((s) => s.what).join(' ')).toContain(phrase);
  });
});

describe('language and contacts', () => {
  const banned = [/child prostitut/i, /promiscu/i, /putting themselves at risk/i, /\bconsented\b/i, /risky behaviour/i, /Rochdale/i];
  const contacts = [/\b0\d{3}\s?\d{3}\s?\d{4,5}\b/, /\b7\d{5}\b/, /@[a-z0-9.-]+\.[a-z]{2,}/i, /intranet/i, /https?:\/\//];

  it.each(all.map((e) => e.id))('%s uses no victim-blaming words and names no contacts', (id) => {
    const text = textOf(get(id));
    expect(banned.filter((re) => re.test(text)).map(String)).toEqual([]);
    expect(contacts.filter((re) => re.test(text)).map(String)).toEqual([]);
  });
});
