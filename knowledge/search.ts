import MiniSearch from 'minisearch';
import type { KnowledgeEntry } from './entry.schema';

/**
 * Free text to the best entry: MiniSearch (BM25 with prefix and fuzzy matching, so typos are
 * forgiven), with every abbreviation in the glossary expanded in both the index and the query.
 * It reports its confidence so the assistant can say it does not know rather than guess.
 */

const STOP_WORDS = new Set(
  'a an and are as at be been but by can could do does did for from had has have how i if in into is it its me my of on or our should so that the their them then there these they this to was we were what when where which who whom why will with would you your about any am an also just tell know need want please hi'.split(' '),
);

export interface SearchHit {
  entry: KnowledgeEntry;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True only when the best hit is clearly about the question; otherwise the assistant says it is not sure. */
  confident: boolean;
}

export interface KnowledgeIndex {
  search(query: string): SearchResult;
  byId(id: string): KnowledgeEntry | undefined;
}

/** "MASE: Multi-Agency Sexual Exploitation meeting" → mase ↦ its expansion. */
export function abbreviationsOf(entries: KnowledgeEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    if (e.kind !== 'glossary') continue;
    const match = /^([^:]+):\s*(.+)$/.exec(e.title);
    if (match?.[1] !== undefined && match[2] !== undefined) map.set(match[1].trim().toLowerCase(), match[2].trim());
  }
  return map;
}

const tokenize = (text: string): string[] => text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter((t) => t.length > 0);

/** Below this, even the best hit is not an answer. Calibrated by `npm run eval:qa`. */
const MIN_SCORE = 6;

export function createKnowledgeIndex(entries: KnowledgeEntry[]): KnowledgeIndex {
  const abbreviations = abbreviationsOf(entries);
  const expand = (text: string): string => {
    const tokens = tokenize(text);
    const expansions = tokens.flatMap((t) => {
      const e = abbreviations.get(t);
      return e === undefined ? [] : [e];
    });
    return [text, ...expansions].join(' ');
  };
  const processTerm = (term: string): string | null => {
    const t = term.toLowerCase();
    return STOP_WORDS.has(t) ? null : t;
  };
  const index = new MiniSearch<{ id: string; title: string; keywords: string; summary: string; body: string }>({
    fields: ['title', 'keywords', 'summary', 'body'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, keywords: 3, summary: 1.5, body: 0.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(
    entries.map((e) => ({ id: e.id, title: expand(e.title), keywords: expand(e.keywords.join(' ')), summary: e.summary, body: e.body })),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));

  return {
    byId: (id) => byId.get(id),
    search(query) {
      const results = index.search(expand(query));
      const hits: SearchHit[] = results.flatMap((r) => {
        const entry = byId.get(String(r.id));
        return entry === undefined ? [] : [{ entry, score: r.score }];
      });
      const best = hits[0];
      return { hits: hits.slice(0, 10), confident: best !== undefined && best.score >= MIN_SCORE };
    },
  };
}
