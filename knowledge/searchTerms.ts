import { SPELLINGS, TEXT_SPEAK } from './spellings';
import { STOP_WORDS } from './commonWords';

/** How the search reads a text, the entries' and the question's alike: lower-case words, spellings folded, stemmed. */

/** Prefixes that make a different concept and stay bound to their word: "pre-MASE", "non-crime", "anti-social". */
const BOUND_PREFIXES = new Set(['pre', 'non', 'anti']);

/** Lower-case words, text-speak spelt out; "A&E" → "ae", "don't" → "dont", "pre-MASE" → "premase", "section 46" → "s46", "ppl" → "people". */
export function tokenize(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/([a-z])&([a-z])/g, '$1$2')
    .replace(/\bsections?\s+(\d+)/g, 's$1')
    .replace(/\bthird[-\s]part(?:y|ies)\b/g, 'thirdparty')
    .replace(/\bcats?\s*([1-4](?:\s*(?:,|and|or|to|-)\s*[1-4])*)\b/g, 'category $1')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .flatMap((t) => (t.length === 0 ? [] : (TEXT_SPEAK[t]?.split(' ') ?? [t])));
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last !== undefined && BOUND_PREFIXES.has(last)) out[out.length - 1] = `${last}${t}`;
    else out.push(t);
  }
  return out;
}

/** A light suffix stripper: plurals, -ing, -ed, adverbial -ly, -ation and a final -e, so word forms meet. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (/ie[sd]$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/(al|ous|ful|ent|ant|ate|ive)ly$/.test(w)) w = w.slice(0, -2);
  const suffix = /(ations?|ing|ed)$/.exec(w)?.[0];
  if (suffix !== undefined && w.length - suffix.length >= 4) w = w.slice(0, -suffix.length).replace(/([^aeiouls])\1$/, '$1');
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "investigating", "investigate" and "investigation" meet at "investig".
  if (w.endsWith('at') && w.length >= 6) w = w.slice(0, -2);
  return w;
}

/** Spelling folding (American → British, -ize → -ise) then stemming. */
export function normalizeTerm(token: string): string {
  const spelled = SPELLINGS[token] ?? (token.length > 6 ? token.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1') : token);
  return stem(spelled);
}

/** A word's term, or null for a word that carries no topic. */
export const contentTerm = (token: string): string | null => (STOP_WORDS.has(token) ? null : normalizeTerm(token));
/** A text's terms, without the words that carry no topic. */
export const contentTerms = (text: string): string[] => tokenize(text).flatMap((t) => contentTerm(t) ?? []);
