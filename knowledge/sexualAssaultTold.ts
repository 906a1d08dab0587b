import type { KnowledgeEntry } from './entry.schema';
import { asksForRoute } from './routeQuestion';
import { spellOut } from './spellings';

/**
 * A child's rape or sexual assault told, with what to do next asked ("…came back this morning, says she was sexually
 * assaulted by a man she met. shes home now. what next"): issue 8, a social worker got the general missing-children card.
 * What the protocol says for it leads: Haven attendance in forensic sexual offence cases, for forensic and medical care
 * (Appendix I, victim tactics); then the asker's route on its own card (for social care: the police by an 87A and a
 * strategy discussion, Sections 6 and 7); then the forensics strategy, "particularly relevant when completing a missing
 * person debrief" (Section 10), the return home interview when the child is back from missing (its first task: "identify
 * and deal with any harm", medical attention assessed at once, Section 9) and the strategy discussion itself (Section 7).
 */
export const HAVEN_ENTRY = 'tactic.victim.haven';
const FORENSICS_ENTRY = 'section.10.forensics-strategy';
const RETURN_INTERVIEW_ENTRY = 'section.9.return-home-interview';
const STRATEGY_DISCUSSION_ENTRY = 'meeting.strategy-discussion';

/** Rape or sexual assault told as done to someone: "was raped", "been sexually assaulted", "a man sexually assaulted her", "disclosed a rape"; not denied ("wasn't raped"). */
const TOLD =
  /(?<!\b(?:not|never|n['’]?t)\s+)\b(?:was|were|been|got|is\s+being)\s+(?:sexually\s+(?:assaulted|attacked)|raped)\b|\b(?:raped|sexually\s+(?:assaulted|attacked))\s+(?:her|him|them|me)\b|\bdisclos\w*\s+(?:an?\s+|being\s+)?(?:rape|raped|sexual\s+assault|sexually\s+assaulted)\b/i;

/** Asking what happens now: the route's words (knowledge/routeQuestion.ts), or "what next", "next steps", "what happens now". */
const WHAT_NEXT = /\bnext\s+steps?\b|\bwhat\s+(?:happens\s+)?(?:next|now)\b|\bwhat\s+(?:should|do|must)\s+happen\b/i;

/** Back from missing: "came back", "returned", "was missing … back". */
const BACK_FROM_MISSING = /\b(?:missing|misper|ran\s+away|run\s*away|absconded)\b/i;

/** Whether a message tells of a rape or sexual assault and asks what to do next, text-speak spelt out. */
export const tellsSexualAssault = (text: string): boolean => {
  const spelt = spellOut(text);
  return TOLD.test(spelt) && (asksForRoute(spelt) || WHAT_NEXT.test(spelt));
};

type Hit = { entry: KnowledgeEntry; score: number };

/** The Haven first, the asker's route after it (its own card), then the forensics strategy, the return interview when back from missing, the strategy discussion, and the search's other hits. */
export function ledBySexualAssault(
  text: string,
  byId: (id: string) => KnowledgeEntry | undefined,
  route: KnowledgeEntry | undefined,
  hits: readonly Hit[],
): { hits: Hit[]; route?: KnowledgeEntry } | undefined {
  const haven = byId(HAVEN_ENTRY);
  if (haven === undefined) return undefined;
  const missing = BACK_FROM_MISSING.test(spellOut(text));
  const after = [FORENSICS_ENTRY, ...(missing ? [RETURN_INTERVIEW_ENTRY] : []), STRATEGY_DISCUSSION_ENTRY].flatMap((id) => byId(id) ?? []);
  const lead = [haven, ...(route === undefined ? [] : [route]), ...after];
  const score = hits[0]?.score ?? 0;
  const rest = hits.filter((h) => !lead.some((e) => e.id === h.entry.id));
  return { hits: [...lead.map((entry) => ({ entry, score })), ...rest].slice(0, 10), ...(route === undefined ? {} : { route }) };
}
