import { knowledgeEntrySchema, type KnowledgeEntryInput } from '../../knowledge/entry.schema';
import { allEntries } from '../../knowledge/entries/index';
import { comparisonEntries } from '../../knowledge/entries/comparisons';
import { engagementEntries } from '../../knowledge/entries/engagement';
import { flagsAndOutcomesEntries } from '../../knowledge/entries/flags-and-outcomes';
import { glossaryEntries } from '../../knowledge/entries/glossary';
import { healthSignEntries } from '../../knowledge/entries/health-signs';
import { investigationChecklistEntries } from '../../knowledge/entries/investigation-checklists';
import { legislationEntries } from '../../knowledge/entries/legislation';
import { makesafeEntries } from '../../knowledge/entries/makesafe';
import { maseAndMeetingsEntries } from '../../knowledge/entries/mase-and-meetings';
import { powersCivilEntries } from '../../knowledge/entries/powers-civil';
import { powersPoliceEntries } from '../../knowledge/entries/powers-police';
import { referralRouteEntries } from '../../knowledge/entries/referral-route';
import { safeguardIndicatorEntries } from '../../knowledge/entries/safeguard-indicators';
import { section01To03Entries } from '../../knowledge/entries/section-01-03';
import { section04To06Entries } from '../../knowledge/entries/section-04-06';
import { section07Entries } from '../../knowledge/entries/section-07';
import { section08To11Entries } from '../../knowledge/entries/section-08-11';
import { tacticsLocationsEntries } from '../../knowledge/entries/tactics-locations';
import { tacticsOffendersEntries } from '../../knowledge/entries/tactics-offenders';
import { tacticsVictimsEntries } from '../../knowledge/entries/tactics-victims';

/** Every knowledge file, checked together: the cross-references only make sense across all of them. */

const files: Record<string, KnowledgeEntryInput[]> = {
  'section-01-03': section01To03Entries,
  'section-04-06': section04To06Entries,
  'section-07': section07Entries,
  'section-08-11': section08To11Entries,
  'safeguard-indicators': safeguardIndicatorEntries,
  'health-signs': healthSignEntries,
  'flags-and-outcomes': flagsAndOutcomesEntries,
  'mase-and-meetings': maseAndMeetingsEntries,
  'investigation-checklists': investigationChecklistEntries,
  glossary: glossaryEntries,
  'tactics-victims': tacticsVictimsEntries,
  'tactics-offenders': tacticsOffendersEntries,
  'tactics-locations': tacticsLocationsEntries,
  legislation: legislationEntries,
  'powers-civil': powersCivilEntries,
  'powers-police': powersPoliceEntries,
  makesafe: makesafeEntries,
  'referral-route': referralRouteEntries,
  engagement: engagementEntries,
  comparisons: comparisonEntries,
};
const raw = Object.values(files).flat();
const allIds = new Set(allEntries.map((e) => e.id));

/**
 * The protocol has Sections 1 to 11 and Appendices A to J. Its front matter also has an
 * "Abbreviations" list, which glossary entries (and only they) cite.
 */
const SECTION = /^(Section (?:[1-9]|1[01])|Appendix [A-J])\b/;
const namesSection = (e: { kind: string; section: string }): boolean =>
  SECTION.test(e.section) || (e.kind === 'glossary' && e.section === 'Abbreviations');

describe('knowledge entries', () => {
  it.each(Object.entries(files))('every entry in %s parses with knowledgeEntrySchema', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const failures = entries.flatMap((e) => {
      const result = knowledgeEntrySchema.safeParse(e);
      return result.success ? [] : [`${e.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('allEntries is exactly the entries of these files, each parsed', () => {
    expect(allEntries.map((e) => e.id).sort()).toEqual(raw.map((e) => e.id).sort());
    for (const e of allEntries) expect(knowledgeEntrySchema.safeParse(e).success).toBe(true);
  });

  it('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [file, entries] of Object.entries(files)) {
      for (const e of entries) {
        const first = seen.get(e.id);
        if (first !== undefined) duplicates.push(`${e.id} (${first} and ${file})`);
        else seen.set(e.id, file);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('every related id resolves to an entry in some file', () => {
    const dangling = allEntries.flatMap((e) => e.related.filter((r) => !allIds.has(r)).map((r) => `${e.id} → ${r}`));
    expect(dangling).toEqual([]);
  });

  it('no entry relates to itself or lists a related id twice', () => {
    const bad = allEntries.filter((e) => e.related.includes(e.id) || new Set(e.related).size !== e.related.length);
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('every since2017 source is an https URL', () => {
    const bad = allEntries.flatMap((e) =>
      e.since2017.filter((s) => !/^https:\/\/[^\s/]+\.[^\s/]+/.test(s.source)).map((s) => `${e.id}: ${s.source}`),
    );
    expect(bad).toEqual([]);
  });

  it('every section names a Section (1–11) or an Appendix (A–J) of the protocol (glossary: its Abbreviations list)', () => {
    const bad = allEntries.filter((e) => !namesSection(e)).map((e) => `${e.id}: ${e.section}`);
    expect(bad).toEqual([]);
  });
});
