import type { KnowledgeEntry } from './entry.schema';

/**
 * "What's the difference between a strategy discussion and a MASE?", "SRO vs SHPO whats the diff":
 * a question that compares two named things expects both. Each side is searched on its own; when
 * each finds its entry with confidence and they differ, both come first among the hits, so the
 * answer is one and the other is the first entry shown beside it (dialogs/question.ts). An entry the
 * whole question finds with confidence and that is neither side (one that compares them itself,
 * "Where to refer a child: the MASH, not a meeting") stays the answer, with the two after it.
 */

/** Words that end a compared side: what the question goes on to ask ("…, whats the diff", "… when do i use which"). */
const SIDE_END = String.raw`(?=\s*[?,.;:!]|\s+-\s|\s+(?:what'?s|what\s+is|whats|which|when|how|is\s+it|are\s+they|diff(?:erence)?|same\s+thing)\b|$)`;
const SIDE = String.raw`([a-z0-9][\w'’/&-]*(?:\s+[\w'’/&-]+){0,6}?)`;
const BETWEEN = new RegExp(String.raw`\bdiff(?:erence)?s?\s+between\s+(?:an?\s+|the\s+)?${SIDE}\s+(?:and|&|vs\.?|versus|or)\s+(?:an?\s+|the\s+)?${SIDE}${SIDE_END}`, 'i');
const VERSUS = new RegExp(String.raw`^(?:an?\s+|the\s+)?${SIDE}\s+(?:vs\.?|versus|v\.?)\s+(?:an?\s+|the\s+)?${SIDE}${SIDE_END}`, 'i');
/** "GE or GA flag, whats the difference": "or" compares only where the difference is asked. */
const EITHER = new RegExp(String.raw`^(?:an?\s+|the\s+)?${SIDE}\s+or\s+(?:an?\s+|the\s+)?${SIDE}\s*[,?-]?\s+(?:what'?s|whats|what\s+is)\s+the\s+diff`, 'i');

/** The two things a question compares, as typed; undefined when it compares nothing. */
export function comparedSides(text: string): [string, string] | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
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

/**
 * The whole question's hits with the two compared entries first: in the order the whole question
 * ranked them (the first named first where it ranked neither), after its own best entry when that is
 * confident and neither of them.
 */
export function comparedHits<H extends { entry: KnowledgeEntry }>(hits: readonly H[], confident: boolean, sides: readonly [H, H]): H[] {
  const rank = (h: H): number => {
    const i = hits.findIndex((x) => x.entry.id === h.entry.id);
    return i < 0 ? hits.length : i;
  };
  const pair = [...sides].sort((x, y) => rank(x) - rank(y));
  const best = hits[0];
  const keep = confident && best !== undefined && !sides.some((s) => s.entry.id === best.entry.id) ? [best] : [];
  const first = [...keep, ...pair];
  return [...first, ...hits.filter((h) => !first.some((f) => f.entry.id === h.entry.id))].slice(0, Math.max(hits.length, first.length));
}
