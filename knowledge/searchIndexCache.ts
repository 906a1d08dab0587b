import { createHash } from 'node:crypto';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * The question search's MiniSearch index is the same on every start, and building it is most of
 * what building the search costs: `npm run build` serialises it once (bot/searchIndexFile.ts), and a
 * start loads it instead. It is loaded only when it was made from the same documents by the same
 * code (the fingerprint); otherwise it is built, as it always was, so a stale file is never served.
 */

export interface SerialisedSearchIndex {
  fingerprint: string;
  index: AsPlainObject;
}

export interface SearchIndexCache {
  /** Names the code that turns text into terms (its source): an index made by other code is never loaded. */
  codeId: string;
  /** The index as the build wrote it, when there is one. */
  serialised?: SerialisedSearchIndex;
  /** Told the index whenever it had to be built (the build writes it down). */
  onBuilt?: (serialised: SerialisedSearchIndex) => void;
}

export const fingerprintOf = (docs: readonly object[], codeId: string): string =>
  createHash('sha256').update(codeId).update('\0').update(JSON.stringify(docs)).digest('hex');

/** The documents indexed: loaded from the cache when it fits them, else built (and told to the cache). */
export function miniSearchOf<T extends object>(docs: T[], options: Options<T>, cache?: SearchIndexCache): MiniSearch<T> {
  const fingerprint = cache === undefined ? '' : fingerprintOf(docs, cache.codeId);
  if (cache?.serialised !== undefined && cache.serialised.fingerprint === fingerprint) {
    try {
      return MiniSearch.loadJS<T>(cache.serialised.index, options);
    } catch {
      // A file from another MiniSearch version: built below instead.
    }
  }
  const index = new MiniSearch<T>(options);
  index.addAll(docs);
  cache?.onBuilt?.({ fingerprint, index: index.toJSON() });
  return index;
}
