import { asksForRoute, ROLE_START } from './routeQuestion';
import { spellOut } from './spellings';
import type { SearchResult } from './searchTypes';

/**
 * A told situation that ends in a question of its own ("a pupil told me he's been sending pics to an older guy online,
 * hes at school today n fine. do i have to tell his parents?"): the question is what was asked, so its entry leads
 * and the situation's follows (issue 8). Searched whole, the situation's many words outweigh the question's few, and
 * its entry (Online CSE) led with the answer to the question one press away at best.
 */

/** A clause that opens as the writer's own question: "do i have to", "shld we", "can i", "who do i", "is it ok to". */
const QUESTION_OPENER =
  /\b(?:(?:do|does|should|can|could|must|shall|would|will|am)\s+(?:i|we)|(?:who|what|how|where|when|why|which)\s+(?:do|does|should|can|could|must|shall|would|will)\s+(?:i|we)|is\s+it\s+(?:ok|okay|alright|right|allowed|wrong)|are\s+(?:we|you)\s+(?:allowed|supposed|meant))\b/gi;

/**
 * What the practitioner does with what they were told: keep no secrets, never view the images, what the family is told
 * (Appendix H, the `engagement.` entries) and whether consent is needed to refer (Section 7). These rules hold whatever was told, so a question
 * about them is answered by them; any other question after a situation ("is this a cse sign?", "can we get an order on
 * him?") is about that situation, and the whole message answers it better (the dev questions say so).
 */
const isConduct = (id: string): boolean => id.startsWith('engagement.') || id === 'route.consent-to-refer';

/** The roles' routes: what to do in general, no situation's own entry, so one found by the question too does not keep the lead. */
const ROUTES: ReadonlySet<string> = new Set(Object.values(ROLE_START));

/** A message, or the part before its question, that opens as a question: "what does an ISVA do and can i refer…" asks twice, it tells nothing. */
const OPENS_AS_QUESTION = /^\s*(?:what|how|who|when|where|why|which|whats|is|are|can|could|do|does|should|would|will)\b/i;

/** Sentence ends: a mark and a space, or a new line. */
const SENTENCE_END = /(?<=[.?!;])\s+|\n+/;

/** Words the situation must say before the question for there to be one told: fewer is a question with a preface ("quick one, can i…"). */
const TOLD_WORDS = 5;
/** Words a question cut at its opener must keep to be asked alone: "can i" asks nothing without what comes before it. */
const ASKING_WORDS = 3;
const words = (text: string): number => text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;

/**
 * The question a told situation asks, with the situation before it, or undefined when the message is a question alone.
 * The last sentence with a question mark, else the last clause that opens as the writer's own question; text-speak is
 * spelt out first, as the search reads it. Asking who to tell or what to do is left to the route rules (knowledge/routeQuestion.ts),
 * which read the situation to choose the route.
 */
export function questionClause(text: string): string | undefined {
  const spelt = spellOut(text);
  const sentences = spelt.split(SENTENCE_END).filter((s) => s.trim() !== '');
  const marked = sentences.findLast((s) => s.trim().endsWith('?'));
  const opened = [...spelt.matchAll(QUESTION_OPENER)].at(-1);
  const asked = opened === undefined ? undefined : spelt.slice(opened.index).split(/[.?!;\n]/)[0];
  // A marked sentence holding an opener is cut at it, unless too little is left to ask anything ("…she asked me to keep it secret can i?").
  const cut = marked !== undefined && asked !== undefined && marked.includes(asked) && words(asked) >= ASKING_WORDS;
  const clause = (cut ? asked : (marked ?? asked))?.trim();
  if (clause === undefined || clause === '' || asksForRoute(clause)) return undefined;
  const before = spelt.slice(0, spelt.lastIndexOf(clause));
  return words(before) >= TOLD_WORDS && !OPENS_AS_QUESTION.test(before) ? clause : undefined;
}

/**
 * The whole message's result, led by the entry its question finds alone when that search is confident, the entry is a
 * rule of conduct (isConduct), and the question alone does not find the whole message's entry too (then that entry
 * speaks to the question, and the whole message's order stands). The whole message's entries follow, so the
 * situation's is the next link. Led by the same entry unsure, the whole message's answer is made sure.
 */
export function ledByQuestion(whole: SearchResult, asked: SearchResult | undefined): SearchResult {
  const answer = asked?.confident === true ? asked.hits[0] : undefined;
  if (answer === undefined || asked === undefined || !isConduct(answer.entry.id) || whole.compared !== undefined || whole.route !== undefined) return whole;
  const situation = whole.hits[0]?.entry.id;
  const same = situation === answer.entry.id;
  if ((same && whole.confident) || (!same && situation !== undefined && !ROUTES.has(situation) && asked.hits.some((h) => h.entry.id === situation))) return whole;
  const { doubt: _doubt, ...rest } = whole;
  return { ...rest, hits: [answer, ...whole.hits.filter((h) => h.entry.id !== answer.entry.id)].slice(0, 10), confident: true, coverage: asked.coverage, unknown: asked.unknown };
}
