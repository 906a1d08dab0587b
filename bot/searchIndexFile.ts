import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import type { SearchIndexCache } from '../knowledge/searchIndexCache';

/**
 * The question search's index as `npm run build` serialises it (tools/build-search-index.mjs), beside
 * the compiled knowledge in dist/, never among the sources: a start from the sources (tsx, jest) has
 * none and builds the index, as does a start whose file was made from other entries or other code.
 */

export const SEARCH_INDEX_FILE = join(__dirname, '..', 'knowledge', 'searchIndex.json');

const serialisedSchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  index: z.custom<AsPlainObject>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
});

/** The code that turns the entries' text into terms, as it is loaded here (compiled in dist/, the sources under tsx and jest). */
function searchCodeId(): string {
  const hash = createHash('sha256');
  for (const module of ['../knowledge/search', '../knowledge/synonyms']) hash.update(readFileSync(require.resolve(module)));
  return hash.digest('hex');
}

/** What a start gives the search: the build's index when its file is there and readable. */
export function searchIndexCache(file = SEARCH_INDEX_FILE): SearchIndexCache {
  const codeId = searchCodeId();
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { codeId };
  }
  const parsed = serialisedSchema.safeParse(stored);
  return parsed.success ? { codeId, serialised: parsed.data } : { codeId };
}

/** Builds the index from the entries and writes it down (the build's step). */
export function writeSearchIndex(file = SEARCH_INDEX_FILE): void {
  createKnowledgeIndex(allEntries, { cache: { codeId: searchCodeId(), onBuilt: (serialised) => writeFileSync(file, JSON.stringify(serialised)) } });
}
