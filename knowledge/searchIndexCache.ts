import { createHash } from 'node:crypto';

/**
 * What the question search builds before its first question (its postings, vocabulary, example
 * postings, …) is the same on every start, and building it was most of what building the search
 * cost: `npm run build` saves it once (bot/searchIndexFile.ts), and a start loads it instead. It is
 * loaded only when it was made from the same inputs (the entries, the example questions) by the same
 * code (the fingerprint); otherwise it is built, as it always was, so a stale file is never served.
 */

export interface SerialisedSearchState<S> {
  fingerprint: string;
  state: S;
}

export interface SearchIndexCache<S> {
  /** Names the code the state is built by (its source and the files it reads): a state made by other code is never loaded. */
  codeId: string;
  /** The state as the build wrote it, when there is one. */
  serialised?: SerialisedSearchState<S>;
  /** Told the state whenever it had to be built (the build writes it down). */
  onBuilt?: (serialised: SerialisedSearchState<S>) => void;
}

export const fingerprintOf = (inputs: unknown, codeId: string): string =>
  createHash('sha256').update(codeId).update('\0').update(JSON.stringify(inputs)).digest('hex');

/** The state built from the inputs: loaded from the cache when it was made from the same inputs by the same code, else built (and told to the cache). */
export function builtOrLoaded<S>(inputs: unknown, build: () => S, cache?: SearchIndexCache<S>): S {
  if (cache === undefined) return build();
  const fingerprint = fingerprintOf(inputs, cache.codeId);
  if (cache.serialised?.fingerprint === fingerprint) return cache.serialised.state;
  const state = build();
  cache.onBuilt?.({ fingerprint, state });
  return state;
}
