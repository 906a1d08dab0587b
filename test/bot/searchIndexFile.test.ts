import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { searchCodeFiles, searchCodeId, searchIndexCache, writeSearchIndex } from '../../bot/searchIndexFile';
import { allEntries } from '../../knowledge/entries';
import { createKnowledgeIndex } from '../../knowledge/search';

/** The build writes what the question search builds before its first question; a start reads it, or builds it when the file is missing, unreadable or made by other code. */

const folder = mkdtempSync(join(tmpdir(), 'cse-search-index-'));

describe('the search index file', () => {
  it('is read back as written, and a start then loads rather than builds the index', () => {
    const file = join(folder, 'written.json');
    writeSearchIndex(file);
    const cache = searchIndexCache(file);
    expect(cache.serialised?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const onBuilt = jest.fn();
    const index = createKnowledgeIndex(allEntries, { cache: { ...cache, onBuilt } });
    expect(onBuilt).not.toHaveBeenCalled();
    expect(index.search('how long does an SRO last').hits[0]?.entry.id).toBe(createKnowledgeIndex(allEntries).search('how long does an SRO last').hits[0]?.entry.id);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"fingerprint": '],
    ['not an index', '{"fingerprint": "abc", "index": []}'],
  ])('gives no index when the file is %s, so the index is built', (what, text) => {
    const file = join(folder, `${what.replace(/\W/g, '-')}.json`);
    if (text !== undefined) writeFileSync(file, text);
    const cache = searchIndexCache(file);
    expect(cache.serialised).toBeUndefined();
    expect(cache.codeId).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** The knowledge modules a module imports for use at run time (not its type-only imports), and the packages it imports. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
  return {
    local: specifiers.filter((s) => s.startsWith('./')).map((s) => require.resolve(resolve(dirname(file), s))),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
}

describe('the code the saved state is fingerprinted by', () => {
  const files = searchCodeFiles();

  it('names every knowledge module the search runs, and MiniSearch', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const { local, packages: used } = importsOf(file);
      for (const p of used) packages.add(p);
      for (const l of local) if (!l.endsWith('.json')) visit(l);
      for (const l of local) if (l.endsWith('.json')) seen.add(l);
    };
    visit(require.resolve('../../knowledge/search'));
    expect(seen.size).toBeGreaterThan(8);
    expect([...seen].filter((f) => !files.includes(f))).toEqual([]);
    // zod only checks the shipped models (what they hold is hashed with them); node: modules are the platform's.
    expect([...packages].filter((p) => p !== 'zod' && !p.startsWith('node:') && !files.includes(require.resolve(p)))).toEqual([]);
  });

  it.each(searchCodeFiles().map((f) => [basename(f), f]))('changes when %s changes', (_, file) => {
    const copy = join(mkdtempSync(join(tmpdir(), 'cse-search-code-')), basename(file));
    copyFileSync(file, copy);
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}\n`);
    expect(searchCodeId(files.map((f) => (f === file ? copy : f)))).not.toBe(searchCodeId(files));
  });
});
