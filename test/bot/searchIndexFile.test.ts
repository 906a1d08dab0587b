import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndexCache, writeSearchIndex } from '../../bot/searchIndexFile';
import { allEntries } from '../../knowledge/entries';
import { createKnowledgeIndex } from '../../knowledge/search';

/** The build writes the question search's index; a start reads it, or builds the index when the file is missing or unreadable. */

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
