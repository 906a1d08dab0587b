import type { SearchResult as MiniSearchResult } from 'minisearch';
import { FUZZINESS, PREFIX_LENGTH } from './searchDocuments';
import type { Query } from './searchQuery';
import { CANDIDATES } from './searchRanker';
import type { TermMatcher } from './termMatcher';
import type { TermQuery } from './termVariants';

/**
 * The first stage's ranking: the weighted query matched by the precomputed term matcher (or by
 * MiniSearch's own search, the reference) and ranked by the question's own terms each hit covers.
 */

/** How many of the first stage's hits anything reads: the re-ranker's candidates and the hits shown. */
const KEPT = Math.max(CANDIDATES, 10);

/** How many of the question's own terms the hit matched, directly or through an expansion. */
function coveredTerms(result: MiniSearchResult, query: Query): number {
  const matched = new Set<string>(result.queryTerms);
  return [...query.own.values()].filter(({ covers }) => [...covers].some((t) => matched.has(t))).length;
}

/**
 * MiniSearch multiplies a hit's summed BM25 by the number of query terms it matched, counting each
 * expansion word as a term; rank instead by the summed BM25 times the question's own terms covered.
 */
export interface Ranked {
  id: string;
  score: number;
  matched: Set<string>;
  match: MiniSearchResult['match'];
}

export const rerank = (results: MiniSearchResult[], query: Query): Ranked[] =>
  results
    .map((r) => ({ id: String(r.id), score: (r.score / Math.max(1, r.queryTerms.length)) * coveredTerms(r, query), matched: new Set(r.queryTerms), match: r.match }))
    .sort((a, b) => b.score - a.score);

/** The question's terms as the matcher is asked for them, with MiniSearch's search options as the index sets them. */
export function termQueries(query: Query, knows: (term: string) => boolean): TermQuery[] {
  return [...query.weights.keys()].flatMap((term) =>
    term === ''
      ? []
      : [{ term, prefix: term.length >= PREFIX_LENGTH, fuzzy: term.length >= PREFIX_LENGTH && !knows(term) ? FUZZINESS : false, boost: query.weights.get(term) ?? 1 }],
  );
}

/**
 * rerank over the precomputed matcher's results, keeping only the KEPT best: the same order (the
 * re-ranked score, then MiniSearch's, then the order MiniSearch met the entries in) without a
 * result object for every entry met.
 */
export function rerankMatched(matcher: TermMatcher, terms: readonly TermQuery[], query: Query, boostDocument: (id: string) => number): Ranked[] {
  const found = matcher.search(terms, boostDocument);
  const at = new Map(terms.map((t, q) => [t.term, q]));
  // Each own term's query terms (those of its covers that were asked), one run an own term: owners[from[o]] to owners[from[o + 1]].
  const from = [0];
  const owners: number[] = [];
  for (const { covers } of query.own.values()) {
    for (const t of covers) {
      const q = at.get(t);
      if (q !== undefined) owners.push(q);
    }
    from.push(owners.length);
  }
  const reranked = (doc: number): number => {
    let covered = 0;
    for (let o = 0; o + 1 < from.length; o += 1) {
      for (let k = from[o] ?? 0, end = from[o + 1] ?? 0; k < end; k += 1) {
        if (found.met(doc, owners[k] ?? 0)) {
          covered += 1;
          break;
        }
      }
    }
    return (found.score(doc) / Math.max(1, found.termCount(doc))) * covered;
  };
  const best: { doc: number; score: number; mini: number }[] = [];
  for (let i = 0; i < found.size; i += 1) {
    const doc = found.doc(i);
    const score = reranked(doc);
    const mini = found.score(doc);
    let place = best.length;
    while (place > 0 && (score > (best[place - 1]?.score ?? 0) || (score === best[place - 1]?.score && mini > (best[place - 1]?.mini ?? 0)))) place -= 1;
    if (place >= KEPT) continue;
    best.splice(place, 0, { doc, score, mini });
    if (best.length > KEPT) best.pop();
  }
  return best.map(({ doc, score }) => {
    const matched = new Set<string>();
    for (let q = 0; q < terms.length; q += 1) if (found.met(doc, q)) matched.add(terms[q]?.term ?? '');
    return { id: matcher.idOf(doc), score, matched, match: found.match(doc) };
  });
}
