import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allEntries } from '../../knowledge/entries';
import { MAKESAFE_SECTORS, MAKESAFE_SIGNS, makesafeSignSchema, signsOfSector } from '../../knowledge/makesafeSigns';

/** The Makesafe signs are reviewed data: each parses, is general practice, and names a source the Makesafe notes give. */

describe('Makesafe signs', () => {
  it('every sign parses, is general practice, and has its own id', () => {
    for (const sign of MAKESAFE_SIGNS) expect({ id: sign.id, ok: makesafeSignSchema.safeParse(sign).success, generalPractice: sign.generalPractice }).toEqual({ id: sign.id, ok: true, generalPractice: true });
    expect(new Set(MAKESAFE_SIGNS.map((s) => s.id)).size).toBe(MAKESAFE_SIGNS.length);
  });

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('a %s card has signs to ask, each once', (sector) => {
    const signs = signsOfSector(sector);
    expect(signs.length).toBeGreaterThan(0);
    expect(new Set(signs.map((s) => s.text.toLowerCase())).size).toBe(signs.length);
  });

  it('every sign is asked on some card', () => {
    const asked = new Set(MAKESAFE_SECTORS.flatMap((s) => signsOfSector(s).map((sign) => sign.id)));
    expect(MAKESAFE_SIGNS.filter((s) => !asked.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('every sign points to a Makesafe knowledge entry, flagged general practice, that cites the same source', () => {
    for (const sign of MAKESAFE_SIGNS) {
      const entry = allEntries.find((e) => e.id === sign.entryId);
      expect({ id: sign.id, entry: entry?.id, generalPractice: entry?.generalPractice, citesSource: entry?.body.includes(sign.source) }).toEqual({
        id: sign.id,
        entry: sign.entryId,
        generalPractice: true,
        citesSource: true,
      });
    }
  });
});

const notesPath = resolve(__dirname, '../../../shared/protocol/operation-makesafe.md');
// CI always has the shared folder beside the clone, so there a missing file fails instead of skipping.
const describeWithNotes = existsSync(notesPath) || process.env.CI === 'true' ? describe : describe.skip;

describeWithNotes('the signs against operation-makesafe.md', () => {
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
  const urls = new Set(notes.match(/https?:\/\/[^\s)]+/g) ?? []);

  it('finds the sources in the notes', () => {
    expect(urls.size).toBeGreaterThan(5);
  });

  it.each(MAKESAFE_SIGNS.map((s) => [s.id, s.source]))('%s cites a URL the notes give', (_id, source) => {
    expect(urls.has(source)).toBe(true);
  });
});
