import type { EntryKind, KnowledgeEntry } from './entry.schema';

/**
 * "What's the difference between a strategy discussion and a MASE?", "SRO vs SHPO whats the diff":
 * a question that compares two named things expects both. Each side is searched on its own; when
 * each finds its entry with confidence and they differ, both come first among the hits, so the
 * answer is one and the other is the first entry shown beside it (dialogs/question.ts). An entry the
 * whole question finds with confidence and that is neither side stays the answer, with the two after
 * it, only where it compares them itself (`comparesBoth`: "Where to refer a child: the MASH, not a
 * meeting", keyword "MASH or MASE"); one that merely lists both ("MI, FP, FO and FQ") gives way to them.
 */

/** Words that end a compared side: what the question goes on to ask ("…, whats the diff", "… when do i use which"). */
const SIDE_END = String.raw`(?=\s*[?,.;:!]|\s+-\s|\s+(?:what'?s|what\s+is|whats|which|when|how|is\s+it|are\s+they|diff(?:erence)?|same\s+thing)\b|$)`;
const SIDE = String.raw`([a-z0-9][\w'’/&-]*(?:\s+[\w'’/&-]+){0,6}?)`;
const BETWEEN = new RegExp(String.raw`\bdiff(?:erence)?s?\s+between\s+(?:an?\s+|the\s+)?${SIDE}\s+(?:and|&|vs\.?|versus|or)\s+(?:an?\s+|the\s+)?${SIDE}${SIDE_END}`, 'i');
const VERSUS = new RegExp(String.raw`^(?:an?\s+|the\s+)?${SIDE}\s+(?:vs\.?|versus|v\.?)\s+(?:an?\s+|the\s+)?${SIDE}${SIDE_END}`, 'i');
/** "GE or GA flag, whats the difference": "or" compares only where the difference is asked. */
const EITHER = new RegExp(String.raw`^(?:an?\s+|the\s+)?${SIDE}\s+or\s+(?:an?\s+|the\s+)?${SIDE}\s*[,?-]?\s+(?:what'?s|whats|what\s+is)\s+the\s+diff`, 'i');

/** "SHPO and SRO": two names and nothing else (each a word or two, a code and a number at most), so a question is never read as one. */
const NAME = String.raw`([a-z0-9][\w'’/&-]*(?:\s+[\w'’/&-]+)?)`;
const PAIR = new RegExp(String.raw`^(?:an?\s+|the\s+)?${NAME}\s+(?:and|&)\s+(?:an?\s+|the\s+)?${NAME}\s*[?.!]*$`, 'i');
/** Words that make a "name" a question or a description ("what is MASE and who chairs it"). */
const NOT_A_NAME = /\b(?:what|whats|who|how|when|where|why|which|is|are|can|do|does|should|i|she|he|they|we|you|her|his|my)\b/i;

/** The two things a question compares, as typed; undefined when it compares nothing. */
export function comparedSides(text: string): [string, string] | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const pair = PAIR.exec(flat);
  if (pair?.[1] !== undefined && pair[2] !== undefined && !NOT_A_NAME.test(flat) && pair[1].toLowerCase() !== pair[2].toLowerCase()) return [pair[1], pair[2]];
  for (const pattern of [BETWEEN, VERSUS, EITHER]) {
    const m = pattern.exec(flat);
    const [a, b] = [m?.[1]?.trim(), m?.[2]?.trim()];
    if (a !== undefined && b !== undefined && a.length > 0 && b.length > 0 && a.toLowerCase() !== b.toLowerCase()) return [a, b];
  }
  return undefined;
}

/**
 * "ES and EU flag", "SRO and SHPO orders": a first side of one word shares the head noun the second
 * ends with, so "ES" is read as "ES flag". Undefined where there is no head to share. The search tries
 * this only when a side as typed finds nothing with confidence.
 */
export function withSharedHead([a, b]: readonly [string, string]): [string, string] | undefined {
  const [first, second] = [a.split(' '), b.split(' ')];
  const head = second[second.length - 1];
  if (first.length !== 1 || second.length < 2 || head === undefined || !/^[a-z]{3,}$/i.test(head)) return undefined;
  return [`${a} ${head}`, b];
}

/** How many of a side's first hits may stand for it: an abbreviation's glossary line gives way to the entry it names. */
const SIDE_HITS = 3;

/** The entry a side's own search stands for: its first hit that is not a glossary line, if one is near the top. */
export function sideEntry(hits: readonly { entry: KnowledgeEntry }[]): KnowledgeEntry | undefined {
  const top = hits.slice(0, SIDE_HITS).map((h) => h.entry);
  return top.find((e) => e.kind !== 'glossary') ?? top[0];
}

/** Kinds that say nothing of what a thing is: a passage of the protocol, an abbreviation's line. */
const UNSORTED_KINDS: ReadonlySet<EntryKind> = new Set(['topic', 'glossary']);

/**
 * Two things compared are of a kind: where the sides' entries differ in kind and one side's first hits hold
 * an entry of the other side's kind, that one stands for it ("MASE" and "a strategy meeting": the strategy
 * discussion, a meeting, not the tactical option titled "Strategy meeting").
 */
export function alikeSides(
  [a, b]: readonly [KnowledgeEntry, KnowledgeEntry],
  [aHits, bHits]: readonly [readonly { entry: KnowledgeEntry }[], readonly { entry: KnowledgeEntry }[]],
): [KnowledgeEntry, KnowledgeEntry] {
  if (a.kind === b.kind) return [a, b];
  const ofKind = (hits: readonly { entry: KnowledgeEntry }[], kind: EntryKind, other: KnowledgeEntry): KnowledgeEntry | undefined =>
    UNSORTED_KINDS.has(kind) ? undefined : hits.slice(0, SIDE_HITS).map((h) => h.entry).find((e) => e.kind === kind && e.id !== other.id);
  const forB = ofKind(bHits, a.kind, a);
  if (forB !== undefined) return [a, forB];
  const forA = ofKind(aHits, b.kind, b);
  return forA === undefined ? [a, b] : [forA, b];
}

const MAX_NAME_WORDS = 4;
const FILLER = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on']);
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !FILLER.has(w));
/** The same word, or (three letters or more) one the start of the other: "cat" and "categories", "tier" and "tiers". */
const sameWord = (x: string, y: string): boolean => x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));

/** Whether one of the entry's title or keyword phrases holds a word of each side that the other side does not share. */
function namesBoth(entry: KnowledgeEntry, aWords: string[], bWords: string[]): boolean {
  const own = (mine: string[], theirs: string[]): string[] => mine.filter((w) => !theirs.includes(w));
  const [aOwn, bOwn] = [own(aWords, bWords), own(bWords, aWords)];
  return [entry.title, ...entry.keywords].some((phrase) => {
    const words = wordsOf(phrase);
    const holds = (side: string[]): boolean => side.some((w) => words.some((x) => sameWord(w, x)));
    return holds(aOwn) && holds(bOwn);
  });
}

/** Whether a side has more words than a name: a clause the pattern took in ("in the strategy discussion whats police responsibility vs social care's"). */
const tooLongForAName = (a: string[], b: string[]): boolean => a.length > MAX_NAME_WORDS || b.length > MAX_NAME_WORDS;

/**
 * Whether an entry compares the two sides itself: its title, or one of its keyword phrases, holds a word
 * of each side that the other side does not share ("MASH or MASE"; "Police categories and CSC tiers" for
 * "cat 3" and "tier 4"). An entry that only lists both ("MI, FP, FO and FQ") or names them in separate
 * keywords does not. A side too long to be a name leaves the whole question's answer standing.
 */
export function comparesBoth(entry: KnowledgeEntry, [a, b]: readonly [string, string]): boolean {
  const [aWords, bWords] = [wordsOf(a), wordsOf(b)];
  return tooLongForAName(aWords, bWords) || namesBoth(entry, aWords, bWords);
}

/** How far down the whole question's hits an entry that compares the two sides by name may stand and still answer. */
const COMPARING_HITS = 5;

/**
 * The whole question's hit that answers a comparison itself, if any: its best hit where that compares them
 * (`comparesBoth`), else one of its first few that names both sides in one title or keyword phrase ("CAWN or
 * Sexual Risk Order: how they differ"), so a card that says how two things differ comes before the two cards.
 * Never one of the two compared entries themselves.
 */
export function comparingHit<H extends { entry: KnowledgeEntry }>(hits: readonly H[], named: readonly [string, string], sides: readonly [KnowledgeEntry, KnowledgeEntry]): H | undefined {
  const aSide = (h: H): boolean => sides.some((s) => s.id === h.entry.id);
  const [best, ...rest] = hits;
  if (best !== undefined && !aSide(best) && comparesBoth(best.entry, named)) return best;
  // With the head noun they share ("GE vs GA flag": "GE flag", "GA flag"), so "flag" names neither side.
  const [aWords, bWords] = (withSharedHead(named) ?? named).map(wordsOf) as [string[], string[]];
  if (tooLongForAName(aWords, bWords)) return undefined;
  return rest.slice(0, COMPARING_HITS - 1).find((h) => !aSide(h) && namesBoth(h.entry, aWords, bWords));
}

/**
 * The whole question's hits with the two compared entries first: in the order the whole question
 * ranked them (the first named first where it ranked neither), after the entry that compares them
 * itself (`comparing`: see `comparingHit`).
 */
export function comparedHits<H extends { entry: KnowledgeEntry }>(hits: readonly H[], comparing: H | undefined, sides: readonly [H, H]): H[] {
  const rank = (h: H): number => {
    const i = hits.findIndex((x) => x.entry.id === h.entry.id);
    return i < 0 ? hits.length : i;
  };
  const pair = [...sides].sort((x, y) => rank(x) - rank(y));
  const keep = comparing !== undefined && !sides.some((s) => s.entry.id === comparing.entry.id) ? [comparing] : [];
  const first = [...keep, ...pair];
  return [...first, ...hits.filter((h) => !first.some((f) => f.entry.id === h.entry.id))].slice(0, Math.max(hits.length, first.length));
}

/** "category 1, 2 and 3", "tiers 2 3 and 4": a head noun, then numbers, the last after "and". */
const NUMBERED = /\bdiff(?:erence)?s?\s+between\s+(?:the\s+)?(?:police\s+|csc\s+)?([a-z]{3,})\s+((?:\d\s*,?\s*){2,})(?:and|&|or)\s+(\d)\b/i;
/** "SRO, SHPO and CBO": sides parted by commas, the last after "and". */
const ITEM = String.raw`[a-z0-9][\w'’/&-]*(?:\s+[\w'’/&-]+){0,3}?`;
const LISTED = new RegExp(String.raw`\bdiff(?:erence)?s?\s+between\s+(?:an?\s+|the\s+)?((?:${ITEM}\s*,\s*)+${ITEM})\s*,?\s+(?:and|&|or)\s+(?:an?\s+|the\s+)?${SIDE}${SIDE_END}`, 'i');

/**
 * Three things or more compared ("whats the diff between category 1 2 and 3", "SRO, SHPO and CBO"), as typed, each
 * numbered one with the head noun the list shares ("category 2"); undefined for two (`comparedSides`) or none.
 */
export function comparedList(text: string): string[] | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const numbered = NUMBERED.exec(flat);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined && numbered[3] !== undefined) {
    const head = numbered[1].replace(/(?<=[a-z]{3})(?:ies|s)$/i, (end) => (end.toLowerCase() === 'ies' ? 'y' : ''));
    const numbers = [...(numbered[2].match(/\d/g) ?? []), numbered[3]];
    return new Set(numbers).size === numbers.length ? numbers.map((n) => `${head} ${n}`) : undefined;
  }
  const listed = LISTED.exec(flat);
  if (listed?.[1] === undefined || listed[2] === undefined) return undefined;
  const sides = [...listed[1].split(',').map((s) => s.trim()).filter((s) => s.length > 0), listed[2].trim()];
  return sides.length >= 3 && new Set(sides.map((s) => s.toLowerCase())).size === sides.length ? sides : undefined;
}

/**
 * Three things or more compared, each side's entry found: they answer, in the order named, after the whole question's
 * confident answer where that leads to them all ("Police categories and CSC tiers: how they fit together" for
 * "cat 1 2 and 3"); the question's other hits follow.
 */
export function listedHits(
  hits: readonly { entry: KnowledgeEntry; score: number }[],
  confident: boolean,
  each: readonly [KnowledgeEntry, KnowledgeEntry, ...KnowledgeEntry[]],
): { hits: { entry: KnowledgeEntry; score: number }[]; compared: readonly [KnowledgeEntry, KnowledgeEntry, ...KnowledgeEntry[]] } {
  const best = confident ? hits[0]?.entry : undefined;
  const leads = best !== undefined && each.every((e) => e.id !== best.id && best.related.includes(e.id));
  const compared: readonly [KnowledgeEntry, KnowledgeEntry, ...KnowledgeEntry[]] = leads ? [best, ...each] : each;
  const rest = hits.filter((h) => !compared.some((e) => e.id === h.entry.id));
  return { hits: [...compared.map((entry) => ({ entry, score: 0 })), ...rest].slice(0, Math.max(10, compared.length)), compared };
}
