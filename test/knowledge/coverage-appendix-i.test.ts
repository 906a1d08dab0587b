import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { knowledgeEntrySchema, type KnowledgeEntryInput } from '../../knowledge/entry.schema';
import { tacticsVictimsEntries } from '../../knowledge/entries/tactics-victims';
import { tacticsOffendersEntries } from '../../knowledge/entries/tactics-offenders';
import { tacticsLocationsEntries } from '../../knowledge/entries/tactics-locations';
import { legislationEntries } from '../../knowledge/entries/legislation';
import { powersEntries } from '../../knowledge/entries/powers';
import { powersCivilEntries } from '../../knowledge/entries/powers-civil';
import { powersPoliceEntries } from '../../knowledge/entries/powers-police';
import { makesafeEntries } from '../../knowledge/entries/makesafe';
import { allEntries } from '../../knowledge/entries/index';
import fixtureJson from './fixtures/appendix-i.json';

const fixtureSchema = z.object({
  source: z.string(),
  regionStart: z.string(),
  regionEnd: z.string(),
  items: z.array(
    z.object({
      group: z.string(),
      kind: z.enum(['bullet', 'text']),
      quote: z.string().min(3),
      ids: z.array(z.string()).min(1),
      note: z.string().optional(),
    }),
  ),
});
const fixture = fixtureSchema.parse(fixtureJson);

const files: ReadonlyArray<readonly [string, KnowledgeEntryInput[], RegExp]> = [
  ['tactics-victims.ts', tacticsVictimsEntries, /^tactic\.victim\./],
  ['tactics-offenders.ts', tacticsOffendersEntries, /^tactic\.offender\./],
  ['tactics-locations.ts', tacticsLocationsEntries, /^tactic\.location\./],
  ['legislation.ts', legislationEntries, /^offence\./],
  ['powers-civil.ts', powersCivilEntries, /^power\./],
  ['powers-police.ts', powersPoliceEntries, /^power\./],
  ['makesafe.ts', makesafeEntries, /^(makesafe\.|section\.11\.operation-makesafe$)/],
];

const all = [...tacticsVictimsEntries, ...tacticsOffendersEntries, ...tacticsLocationsEntries, ...legislationEntries, ...powersEntries, ...makesafeEntries];
const parsed = all.map((e) => knowledgeEntrySchema.parse(e));
const byId = new Map(parsed.map((e) => [e.id, e]));

/** Every power the brief names; each must exist with at least its statute. */
const requiredPowers = [
  'power.sro', 'power.shpo', 'power.cawn', 'power.abduction-child-in-care', 'power.recovery-order', 'power.care-order',
  'power.secure-accommodation', 'power.s20-accommodation', 'power.epo', 'power.police-protection', 'power.inherent-jurisdiction',
  'power.hotel-notice', 'power.cpn', 'power.dispersal', 'power.closure-notice-order', 'power.pspo', 'power.absolute-grounds-possession',
  'power.licensing-review', 'power.gang-injunction', 'power.asb-injunction', 'power.criminal-behaviour-order',
  'power.slavery-trafficking-risk-order', 'power.slavery-trafficking-prevention-order', 'power.vehicle-forfeiture', 'power.coercive-control',
  'power.restraining-order', 'power.non-molestation-order', 'power.pace-s8', 'power.pace-s17', 'power.pace-s18', 'power.pace-s32', 'power.ripa-s49',
];

const requiredOffences = [
  'offence.soa-ss5-8', 'offence.soa-ss9-15', 'offence.soa-s14', 'offence.soa-s15', 'offence.soa-ss16-24', 'offence.soa-ss25-29',
  'offence.soa-ss47-50', 'offence.soa-ss57-59', 'offence.sca-s67', 'offence.msa-s2',
];

/** Every reviewed entry in the project, so links and ids are checked against the real index. */
const indexIds = allEntries.map((e) => e.id);

const textOf = (e: KnowledgeEntryInput): string =>
  [e.title, e.summary, e.body, e.section, ...(e.keywords ?? []), ...Object.values(e.facts ?? {}), ...(e.since2017 ?? []).map((s) => s.what)].join('\n');

describe('Appendix I knowledge entries: schema', () => {
  it.each(files.map(([name, entries, prefix]) => [name, entries, prefix] as const))('%s parses with knowledgeEntrySchema and uses its id prefix', (_name, entries, prefix) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const result = knowledgeEntrySchema.safeParse(entry);
      expect(result.success ? entry.id : result.error.message).toBe(entry.id);
      expect(entry.id).toMatch(prefix);
    }
  });

  it('has unique ids, across these files and against every other knowledge file', () => {
    const ids = parsed.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(indexIds.filter((id, i) => indexIds.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !indexIds.includes(id))).toEqual([]);
  });

  it('gives each id prefix its kind', () => {
    for (const e of parsed) {
      const expected = e.id.startsWith('tactic.') ? 'tactic' : e.id.startsWith('power.') ? 'power' : e.id.startsWith('offence.') ? 'offence' : 'topic';
      expect(`${e.id}: ${e.kind}`).toBe(`${e.id}: ${expected}`);
    }
  });

  it('links only to entries that exist in the knowledge index', () => {
    const known = new Set(indexIds);
    const dangling = parsed.flatMap((e) => e.related.filter((r) => !known.has(r)).map((r) => `${e.id} -> ${r}`));
    expect(dangling).toEqual([]);
  });
});

describe('Appendix I coverage', () => {
  it.each(fixture.items.map((item) => [item.quote, item.ids] as const))('"%s" maps to an entry', (_quote, ids) => {
    expect(ids.filter((id) => !byId.has(id))).toEqual([]);
  });

  it.each(requiredPowers)('%s exists as a power with its statute', (id) => {
    const entry = byId.get(id);
    expect(entry?.kind).toBe('power');
    expect(entry?.facts?.statute ?? '').not.toBe('');
  });

  it.each(requiredOffences)('%s exists as an offence', (id) => {
    expect(byId.get(id)?.kind).toBe('offence');
  });

  it('puts every power, offence and tactic of these files in the fixture', () => {
    const covered = new Set(fixture.items.flatMap((item) => item.ids));
    const appendixIds = parsed.filter((e) => e.kind !== 'topic').map((e) => e.id);
    expect(appendixIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('since 2017 notes', () => {
  const sinceText = (id: string): string => (byId.get(id)?.since2017 ?? []).map((s) => `${s.what} ${s.when}`).join(' ');

  it.each([
    ['offence.soa-s15', '13 April 2015'],
    ['offence.soa-s15', 's15A'],
    ['offence.sca-s67', '3 April 2017'],
    ['offence.soa-ss16-24', 's22A'],
    ['offence.soa-ss57-59', 'Modern Slavery Act 2015'],
    ['power.sro', 'Police, Crime, Sentencing and Courts Act 2022'],
    ['power.shpo', 'Police, Crime, Sentencing and Courts Act 2022'],
    ['power.cawn', 'College of Policing'],
    ['power.asb-injunction', 'Crime and Policing Act 2026'],
    ['tactic.victim.nrm-referral', 'Nationality and Borders Act 2022'],
  ])('%s mentions %s', (id, phrase) => {
    expect(sinceText(id)).toContain(phrase);
  });
});

describe('safe wording', () => {
  const victimBlaming = [/child prostitut/i, /promiscu/i, /putting (themselves|herself|himself) at risk/i, /\bconsented\b/i, /sex parties/i];
  // Contacts from the 2017 text are never shown: no e-mail, intranet, extensions or named officers.
  const contacts = [/[a-z0-9._-]+@[a-z0-9-]+\.[a-z.]+/i, /intranet/i, /\b0\d{3}\s?\d{3}\s?\d{4}\b/, /\b7\d{5}\b/, /Simon Rainbow/i, /Cobalt Square/i, /Lambeth Headquarters/i];

  it.each(parsed.map((e) => [e.id, e] as const))('%s has no victim-blaming language or protocol contacts', (_id, entry) => {
    const text = textOf(entry);
    expect(victimBlaming.filter((re) => re.test(text)).map(String)).toEqual([]);
    expect(contacts.filter((re) => re.test(text)).map(String)).toEqual([]);
  });

  it('flags the Makesafe sector guidance as general practice, and keeps section 11 as protocol text', () => {
    for (const e of parsed.filter((x) => x.id.startsWith('makesafe.'))) expect(`${e.id}: ${e.generalPractice}`).toBe(`${e.id}: true`);
    const s11 = byId.get('section.11.operation-makesafe');
    expect(s11?.generalPractice).toBe(false);
    expect(s11?.section).toBe('Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe');
  });

  it('tells business staff 999 when the child is there now or in danger, otherwise 101 quoting Operation Makesafe', () => {
    const report = byId.get('makesafe.how-to-report');
    expect(report?.summary).toContain('call 999');
    expect(report?.summary).toContain('call 101 and say "Operation Makesafe"');
  });
});

// The fixture is checked against the protocol text itself wherever the shared folder is checked out beside the project.
const protocolPath = resolve(__dirname, '../../../shared/protocol/london-cse-operating-protocol-2017.md');
// CI always has it beside the clone, so there a missing protocol fails instead of skipping.
const describeWithProtocol = existsSync(protocolPath) || process.env.CI === 'true' ? describe : describe.skip;

const normalise = (s: string): string =>
  s
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

describeWithProtocol('the fixture against the protocol text', () => {
  const text = existsSync(protocolPath) ? readFileSync(protocolPath, 'utf8') : '';
  const start = text.indexOf(fixture.regionStart);
  const end = text.indexOf(fixture.regionEnd, start);
  const region = text.slice(start, end);
  const bulletLines = region
    .split('\n')
    .filter((line) => /^\s*(?:-|\d+\.)\s+\S/.test(line))
    .map((line) => normalise(line.replace(/^\s*(?:-|\d+\.)\s+/, '')));
  const bulletQuotes = fixture.items.filter((i) => i.kind === 'bullet').map((i) => normalise(i.quote));

  it('finds Appendix I', () => {
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
  });

  it('covers every bullet and numbered line of Appendix I', () => {
    expect(bulletLines.filter((line) => !bulletQuotes.some((q) => line.startsWith(q)))).toEqual([]);
  });

  it('quotes only lines and text that are in Appendix I', () => {
    const flat = normalise(region);
    const missing = fixture.items.filter((i) =>
      i.kind === 'bullet' ? !bulletLines.some((line) => line.startsWith(normalise(i.quote))) : !flat.includes(normalise(i.quote)),
    );
    expect(missing.map((i) => i.quote)).toEqual([]);
  });
});
