import type { Audience, KnowledgeEntry } from './entry.schema';
import { EXAMPLE_FEATURES } from './searchExamples';
import { MEANING_FEATURES } from './searchMeaning';

/**
 * What the learned re-ranker (knowledge/searchRanker.ts) knows of one candidate entry for one
 * question: where the first-stage search put it, in which fields the question's words met it, what
 * the question asks for (its intent) against what kind of entry it is, and whether it was written
 * for the asker's role, and what the question's nearest example questions say of it
 * (knowledge/searchExamples.ts). Nothing here names a question's words: the features are the same
 * for any question, so what is learnt from one file of questions carries to another.
 */

/** The fields the first-stage search indexes, in its order. */
export const FIELDS = ['title', 'keywords', 'summary', 'body', 'facts'] as const;
export type Field = (typeof FIELDS)[number];

/** What a question asks for, read from how it is asked, not from its subject. */
const INTENTS = {
  /** "what do I do", "should I", "how do I", "do I need to": asks for an action. */
  act: /\b(?:what\s+(?:do|should|can|must|shall)\s+(?:i|we)\s+do|what\s+now|next\s+steps?|how\s+(?:do|should|can|would)\s+(?:i|we|you)|should\s+(?:i|we)|do\s+(?:i|we)\s+(?:need|have|tell|report|call|ring)|(?:i|we)\s+need\s+to)\b/,
  /** "what is", "what does X mean", "define": asks what something is. */
  define: /^\s*(?:what\s+(?:is|are|does)\b|what\s+do\s+(?!i\b|we\b|you\b)|whats\b|define\b)|\b(?:mean|means|meaning|stand\s+for|stands\s+for|definition)\b/,
  /** "who": asks for a person or an agency. */
  who: /\bwho\b/,
  /** "how long", "when", "how soon": asks for a time. */
  time: /\b(?:how\s+long|when|how\s+soon|how\s+quickly|deadline|timescale|within)\b/,
  /** "can I / can police", "is it legal", "allowed": asks what may be done. */
  may: /\b(?:can|could|may)\s+(?:i|we|you|they|the\s+police|police|an?\s+\w+)\b|\b(?:is\s+it\s+(?:legal|allowed|lawful|an?\s+offence|a\s+crime|illegal)|allowed|power\s+to|powers?)\b/,
  /** "is this a sign", "warning signs", "normal": asks whether something is a concern. */
  sign: /\b(?:signs?|warning|indicators?|red\s+flags?|normal|concern(?:ing|ed)?|worried|worrying)\b/,
  /** "what are the…", "types of", "list": asks for the whole of something rather than one part. */
  overview: /\b(?:what\s+are\s+the|types?\s+of|kinds?\s+of|list\s+(?:of|the)|all\s+the|overview|explain)\b/,
  /** A scene told in the third person ("she keeps…", "a girl came in…"): describes what was seen. */
  scene: /\b(?:she|he|her|his|girl|boy|pupil|patient|guest|passenger|student|yp|child|kid)\b/,
} as const;
export type Intent = keyof typeof INTENTS;
export const INTENT_NAMES = Object.keys(INTENTS) as Intent[];

/** An entry's family, the first part of its id: "route", "indicator", "power", "makesafe", … */
export const FAMILIES = [
  'category', 'checklist', 'cse-type', 'engagement', 'flag', 'glossary', 'health-sign', 'indicator',
  'makesafe', 'meeting', 'offence', 'outcome', 'power', 'route', 'section', 'tactic', 'vulnerability',
] as const;

const familyOf = (id: string): number => FAMILIES.indexOf(id.split('.')[0] as (typeof FAMILIES)[number]);

/** The words that say what is asked, where a title may use them too ("Who does what", "How long it lasts"). */
const ASKING_WORDS = ['who', 'when', 'how', 'what', 'why', 'where'] as const;

/** The asking words a text uses. */
const ASKING = ASKING_WORDS.map((w): [string, RegExp] => [w, new RegExp(String.raw`\b${w}\b`, 'i')]);
export const askingWordsOf = (text: string): Set<string> => new Set(ASKING.flatMap(([w, pattern]) => (pattern.test(text) ? [w] : [])));

/** The question's intents, each 0 or 1, in INTENT_NAMES order. */
export function intentsOf(text: string): number[] {
  const lower = text.toLowerCase().replace(/[’']/g, '');
  return INTENT_NAMES.map((name) => (INTENTS[name].test(lower) ? 1 : 0));
}

const BASE = [
  'score.relative', 'score.log', 'rank.first', 'rank.inverse', 'coverage',
  ...FIELDS.map((f) => `field.${f}`),
  'audience.role', 'audience.all', 'audience.other', 'route', 'long-question',
  'title.precision', 'title.all-met', 'keyword.best', 'keyword.phrase-met', 'title.asks-alike', 'audiences.inverse',
] as const;

/** Where the example features start in the vector (training fills them per fold). */
export const EXAMPLE_AT = BASE.length;

/** Where the meaning features start (knowledge/searchMeaning.ts). */
export const MEANING_AT = EXAMPLE_AT + EXAMPLE_FEATURES.length;

/** Every feature's name, in the order of the vector featuresOf gives. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE,
  ...EXAMPLE_FEATURES,
  ...MEANING_FEATURES,
  ...FAMILIES.map((f) => `family.${f}`),
  ...INTENT_NAMES.flatMap((i) => FAMILIES.map((f) => `${i}×${f}`)),
];

/** One candidate from the first stage, and what the question's words met in it. */
export interface Candidate {
  entry: KnowledgeEntry;
  /** The first stage's score and its place (0 first). */
  score: number;
  rank: number;
  /** The IDF-weighted share of the question's own words met in each field, and in any. */
  fields: Readonly<Record<Field, number>>;
  coverage: number;
  /** The share of the entry's title words the question met, and the best share of one keyword phrase's words. */
  titlePrecision: number;
  keywordBest: number;
  /** The longest keyword phrase met whole has two words or more. */
  keywordPhrase: boolean;
  /** The title asks as the question does ("Return interview: who and after" for a "who" question). */
  titleAsksAlike: boolean;
  /** What the question's nearest example questions say of the entry, in EXAMPLE_FEATURES order (all 0 when none is near). */
  examples: readonly number[];
  /** How near the question's meaning is to the entry's, in MEANING_FEATURES order (knowledge/searchMeaning.ts; all 0 without word vectors). */
  meaning: readonly number[];
}

export interface QuestionSignals {
  intents: number[];
  /** The asker's role when known. */
  audience?: Exclude<Audience, 'all'>;
  /** The entry a "who do I call / what do I do" question points to for this asker, if it is one. */
  routeOf?: string;
  /** How many content words the question has. */
  words: number;
  /** The first stage's best score. */
  best: number;
}

/** A question of more than this many content words describes a situation rather than asking one thing. */
export const LONG_QUESTION = 8;

/** The features of one candidate, in FEATURE_NAMES order. */
export const featuresOf = (question: QuestionSignals, candidate: Candidate): number[] => featuresInto(new Array<number>(FEATURE_NAMES.length), question, candidate);

/** featuresOf written into `vector` (FEATURE_NAMES.length long; every place is written), so a caller that only scores them can reuse one. */
export function featuresInto<V extends { [i: number]: number; length: number }>(vector: V, question: QuestionSignals, candidate: Candidate): V {
  const { entry } = candidate;
  const relative = question.best > 0 ? candidate.score / question.best : 0;
  const audiences = entry.audiences;
  const role = question.audience;
  const forRole = role !== undefined && audiences.includes(role) ? 1 : 0;
  const forAll = role !== undefined && audiences.includes('all') ? 1 : 0;
  let i = 0;
  const put = (x: number): void => {
    vector[i] = x;
    i += 1;
  };
  put(relative);
  put(Math.max(-5, Math.log(Math.max(relative, 1e-6))));
  put(candidate.rank === 0 ? 1 : 0);
  put(1 / (candidate.rank + 1));
  put(candidate.coverage);
  for (const f of FIELDS) put(candidate.fields[f]);
  put(forRole);
  put(forAll);
  put(role !== undefined && forRole === 0 && forAll === 0 ? 1 : 0);
  put(question.routeOf === entry.id ? 1 : 0);
  put(question.words > LONG_QUESTION ? 1 : 0);
  put(candidate.titlePrecision);
  put(candidate.titlePrecision === 1 ? 1 : 0);
  put(candidate.keywordBest);
  put(candidate.keywordPhrase ? 1 : 0);
  put(candidate.titleAsksAlike ? 1 : 0);
  put(1 / audiences.length);
  for (let k = 0; k < EXAMPLE_FEATURES.length; k += 1) put(candidate.examples[k] ?? 0);
  for (let k = 0; k < MEANING_FEATURES.length; k += 1) put(candidate.meaning[k] ?? 0);
  // One family and the intents crossed with it are set; every other place is 0.
  const base = i;
  for (let k = base; k < FEATURE_NAMES.length; k += 1) vector[k] = 0;
  const family = familyOf(entry.id);
  if (family < 0) return vector;
  vector[base + family] = 1;
  question.intents.forEach((on, k) => (vector[base + FAMILIES.length * (k + 1) + family] = on));
  return vector;
}
