import { EVERYDAY_WORDS, HOME_PLACES, LONDON_BOROUGHS, STOP_WORDS } from './commonWords';
import type { KnowledgeEntry } from './entry.schema';
import { type Corpus, corpusFrom, type PlainCorpus, plainCorpusOf } from './searchCorpus';
import { contentTerm, contentTerms, normalizeTerm, tokenize } from './searchTerms';
import { SYNONYM_GROUPS } from './synonyms';

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

/** Everyday words, stop words and borough names in their inflected forms ("moved", "getting", "knows"), normalised. */
const everydayTerms = (): Set<string> =>
  new Set(
    [...EVERYDAY_WORDS, ...STOP_WORDS, ...LONDON_BOROUGHS, ...HOME_PLACES].flatMap((w) => ['', 's', 'es', 'd', 'ed', 'ing'].map((ending) => normalizeTerm(`${w}${ending}`))),
  );

/** What the index knows besides the entries: abbreviations, synonyms and every term the entries use. */
export interface Vocabulary {
  abbreviations: Map<string, string>;
  /** Abbreviations that are also ordinary words in the entries ("met", "set", "app"): expanded only when typed in capitals. */
  ambiguous: Set<string>;
  /** Each synonym group: its phrases normalised, and for each phrase the content terms it adds. */
  synonyms: { phrases: string[][]; adds: string[][] }[];
  /** The groups (places in `synonyms`, ascending) with a phrase that begins with a word: only those can meet a question holding it. */
  synonymsStartingWith: ReadonlyMap<string, readonly number[]>;
  /** Every term the entries use, and in how many entries. */
  corpus: Corpus;
}

/** The vocabulary as plain JSON, as the build saves it (knowledge/searchState.ts). */
export interface PlainVocabulary {
  abbreviations: [string, string][];
  ambiguous: string[];
  synonyms: { phrases: string[][]; adds: string[][] }[];
  corpus: PlainCorpus;
}

/** Read from the entries and the text the first stage indexes of each. */
export function plainVocabularyOf(entries: KnowledgeEntry[], indexedText: string[][]): PlainVocabulary {
  const abbreviations = abbreviationsOf(entries);
  const words = new Set(entries.flatMap((e) => `${e.summary} ${e.body}`.match(/\b[a-z]+\b/g) ?? []));
  return {
    abbreviations: [...abbreviations],
    ambiguous: [...abbreviations.keys()].filter((a) => words.has(a)),
    synonyms: SYNONYM_GROUPS.map((group) => ({
      phrases: group.map((p) => tokenize(p).map(normalizeTerm)),
      adds: group.map(contentTerms),
    })),
    corpus: plainCorpusOf(indexedText.map((fields) => fields.flatMap(tokenize)), contentTerm, everydayTerms()),
  };
}

function synonymsByFirstWord(synonyms: PlainVocabulary['synonyms']): Map<string, number[]> {
  const starting = new Map<string, number[]>();
  synonyms.forEach(({ phrases }, group) => {
    for (const [first] of phrases) {
      if (first === undefined) continue;
      const groups = starting.get(first) ?? [];
      if (groups[groups.length - 1] !== group) groups.push(group);
      starting.set(first, groups);
    }
  });
  return starting;
}

export const vocabularyFrom = (plain: PlainVocabulary): Vocabulary => ({
  abbreviations: new Map(plain.abbreviations),
  ambiguous: new Set(plain.ambiguous),
  synonyms: plain.synonyms,
  synonymsStartingWith: synonymsByFirstWord(plain.synonyms),
  corpus: corpusFrom(plain.corpus),
});
