import type { Audience, EntryKind } from './entry.schema';
import type { Query } from './searchQuery';

/** How much the first stage counts an entry for what kind of entry it is, and for whom it is written. */

/** "What is an ASW?", "what does CAWN stand for": asking what letters mean. Other questions about an abbreviation ("is he on IOM?", "when should I use an SRO?") ask about the thing. */
const ASKS_LETTERS = /^\s*(?:what\s+(?:is|are|does|do)|whats|what's)\b|\b(?:stand|stands|mean|means|meaning|abbreviation|acronym)\b/i;
const SAYS_MEANING = /\b(?:stand|stands|mean|means|meaning|abbreviation|acronym)\b/i;
/** Glossary entries and flags are pointers (an abbreviation, a recording code): the entry they point to should normally win. */
const KIND_WEIGHT: Partial<Record<EntryKind, number>> = { glossary: 0.6, flag: 0.6 };
/** A flag when flags in general are asked about ("what flags…"). */
const ASKED_FLAG_WEIGHT = 0.8;
/** Entries written only for other roles than the user's count this much; those for the role or for everyone are as they are. */
const OTHER_ROLES_WEIGHT = 0.7;

/** A question that is nothing but abbreviations ("what is an ASW?") asks what they stand for: the glossary may answer. */
// "When should I use an SRO?" asks about the order, not the letters.
export const kindWeight = (query: Query, text: string, kind: EntryKind): number => {
  const asksLetters = query.abbreviations === query.own.size && (ASKS_LETTERS.test(text) || /^\W*[\w&]+\W*$/.test(text));
  // "What does LAC mean in the minutes?": asked what letters mean, whatever else the question says.
  const asksMeaning = query.abbreviations > 0 && SAYS_MEANING.test(text);
  if (kind === 'glossary' && (asksLetters || asksMeaning)) return 1;
  // "Flag for online CSE" asks for one flag; "what flags…" asks for the recording guidance first.
  if (kind === 'flag' && /\bflag\b/i.test(text)) return 1;
  if (kind === 'flag' && /\bflags\b/i.test(text)) return ASKED_FLAG_WEIGHT;
  return KIND_WEIGHT[kind] ?? 1;
};

/** kindWeight for one question, each kind's weight worked out once: the first stage asks it for every entry met. */
export function kindWeightsFor(query: Query, text: string): (kind: EntryKind) => number {
  const known = new Map<EntryKind, number>();
  return (kind) => {
    const weight = known.get(kind) ?? kindWeight(query, text, kind);
    known.set(kind, weight);
    return weight;
  };
}

/** With the user's role known, an entry written only for other roles counts less. */
export const roleWeight = (audience: Audience | undefined, audiences: readonly Audience[]): number => {
  if (audience === undefined || audience === 'all') return 1;
  return audiences.includes(audience) || audiences.includes('all') ? 1 : OTHER_ROLES_WEIGHT;
};

/**
 * The hits after the answer with those written for the asker's role, or for everyone, first: the nearest links shown
 * beside an answer, or in its place when the search is not sure, fit who asks (a police officer is not offered a
 * business card). The answer itself stays where the ranking put it.
 */
export const roleFirst = <H extends { entry: { audiences: readonly Audience[] } }>(hits: readonly H[], audience: Audience | undefined): H[] => {
  const [answer, ...rest] = hits;
  if (answer === undefined || audience === undefined || audience === 'all') return [...hits];
  const fits = (h: H): boolean => roleWeight(audience, h.entry.audiences) === 1;
  return [answer, ...rest.filter(fits), ...rest.filter((h) => !fits(h))];
};
