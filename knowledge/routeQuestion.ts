import { mentionedRole, ownWorkRole, type Role } from './roleWords';
import { spellOut } from './spellings';

const ASKING = String.raw`(?:do|should|can|shall|must)`;
const WE = String.raw`(?:i|we)`;

/**
 * Asking only who to tell, or whether to report ("who do I refer to?", "should I report it?", "am I overreacting?", "do I need to do a Merlin"): one list of words, read by both patterns below. "Should I report it" counts only where the question
 * ends there or asks to whom ("should i report it on CRIS as well" asks which system, not whether).
 */
const WHO_TO_TELL_WORDS = [
  String.raw`who\s+${ASKING}\s+${WE}\s+(?:call|ring|phone|tell|contact|report|refer)`,
  String.raw`who\s+to\s+(?:call|ring|phone|tell|contact|report|refer)`,
  String.raw`where\s+do\s+${WE}\s+(?:refer|report)`,
  String.raw`(?:do|should|must)\s+${WE}\s+(?:still\s+)?(?:report|refer)\s+(?:it|this|that|her|him|them)(?=\s*(?:[?.!,]|$|or\s+not\b|to\s+(?:anyone|someone|the\s+police|police)\b))`,
  String.raw`over[\s-]?reacting`,
  // An officer asking whether to make the police's record of a concern (a Merlin PAC, a CRIS report: Section 6) asks whether to report.
  String.raw`(?:do|should|must)\s+${WE}\s+(?:still\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:do|complete|fill\s+in|submit|put\s+in|raise)\s+(?:a\s+|an\s+)?(?:merlin|pac|cris)`,
];

/**
 * Asking what to do ("what should I do", "do I need to do anything", "who is the named nurse supposed to tell?"). In
 * the last, only "supposed to tell" is matched (the rest is a lookbehind), so "named nurse" stays a word of the
 * question rather than being cut out as part of the asking.
 */
const WHAT_TO_DO_WORDS = [
  String.raw`what\s+${ASKING}\s+${WE}\s+do(?:\s+now)?`,
  String.raw`what\s+now`,
  String.raw`where\s+do\s+${WE}\s+go`,
  String.raw`(?:do|should|must)\s+${WE}\s+(?:need\s+to\s+|have\s+to\s+)?do\s+anything`,
  String.raw`what\s+(?:do|should|must)\s+${WE}\s+(?:need|have)\s+to\s+do`,
  String.raw`(?<=\bwho\s+(?:is|are|am)\b[^?.!]{0,40}?)\b(?:supposed|meant|expected)\s+to\s+(?:call|ring|phone|tell|contact|report\s+to|refer\s+to)`,
];

const anyOf = (words: readonly string[]): RegExp => new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'i');

/** Who to tell, or what to do: what the writer's route answers. The search counts the route more when the role is known; the router reads a described situation that asks it as asking what to do. */
export const ROUTE_QUESTION = anyOf([...WHO_TO_TELL_WORDS, ...WHAT_TO_DO_WORDS]);

/** Whether a message asks who to tell or what to do ("who do I call", "shld i report it"), text-speak spelt out. */
export const asksForRoute = (text: string): boolean => ROUTE_QUESTION.test(spellOut(text));

/** What to do when worried about a child, for anyone whose role is not known: the referral route (Appendix C). */
export const GENERAL_ROUTE = 'route.referral-pathway';

/** Where someone who says only who they are ("I'm a teacher") starts: their role's route. */
export const ROLE_START: Readonly<Record<Role, string>> = {
  school: 'route.referral-pathway',
  health: 'route.referral-pathway',
  business: 'makesafe.how-to-report',
  police: 'section.6.police-reporting-pathway',
  'social-care': 'route.social-care',
};

/** The situations whose "what do I do" has a section of its own. */
export type Situation = 'missingReturned' | 'trafficking';

/**
 * The section that says what to do in a situation, for those whose work it is: a child back from missing (Section 9:
 * the prevention interview and the independent return home interview) and a child trafficked (Section 10: the NRM,
 * referred by the police and children's social care as first responders). Anyone else's "what do I do" is their
 * role's route (ROLE_START: tell the safeguarding lead, or the police).
 */
export const SITUATION_START: Readonly<Record<Situation, { entryId: string; roles: readonly Role[] }>> = {
  missingReturned: { entryId: 'section.9.missing-children', roles: ['police', 'social-care'] },
  trafficking: { entryId: 'section.10.trafficking-and-nrm', roles: ['police', 'social-care'] },
};

/**
 * Asks only who to tell, or whether to report, not what to do in general ("what can we do as a school" asks for the
 * school's tactics): when no entry answers a told situation with confidence, the asker's route answers this
 * (knowledge/search.ts).
 */
export const ASKS_WHO_TO_TELL = anyOf(WHO_TO_TELL_WORDS);

/** Whether a message asks only who to tell, or whether to report, text-speak spelt out. */
export const asksWhoToTell = (text: string): boolean => ASKS_WHO_TO_TELL.test(spellOut(text));

/** Whether it is too late to report, asked of that alone ("is it too late?", "too late to report?"), not of a step within it ("is it too late for a forensic medical"). */
const TOO_LATE =
  /\b(?:is\s+it|it[’']?s|am\s+i)\s+(?:not\s+)?too\s+late(?=\s*(?:[?.!,]|$|now\b|or\b|to\s+(?:report|refer|tell|call|ring|say|do\s+anything)\b))|\btoo\s+late\s+to\s+(?:report|refer|tell|call|ring|do\s+anything)\b/i;

/**
 * Whether to report at all, or whether it is too late to ("shld i report it or is it too late", "is it worth reporting"):
 * the kind of question the follow-up to the 999 card answers "it is not too late" (dialogs/whoFirst.ts). Any "too late"
 * counts there, since the danger is told now.
 */
const WHETHER_TO_REPORT = anyOf([
  String.raw`too\s+late`,
  String.raw`(?:should|do|must|can)\s+${WE}\s+(?:still\s+|even\s+)?report\s+(?:it|this|that|them|him|her)`,
  String.raw`worth\s+report(?:ing)?`,
  String.raw`still\s+report`,
]);

/** Whether a message asks whether to report, or whether it is too late to, text-speak spelt out. */
export const asksWhetherToReport = (text: string): boolean => WHETHER_TO_REPORT.test(spellOut(text));

/** A time already past: "last week", "yesterday", "the other night", "3 weeks ago", "earlier this month". */
const PAST_EVENT = /\b(?:last\s+(?:night|week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|the\s+other\s+(?:day|night|week)|(?:\d+|a|an|a\s+few|two|three|several)\s+(?:days?|nights?|weeks?|months?)\s+ago|a\s+while\s+ago|earlier\s+this\s+(?:week|month))\b/i;

/** A child back from missing ("missing episode last month, she came back", "MISPER … came back with a new phone"). */
const BACK_FROM_MISSING = /\b(?:missing|misper|ran\s+away|run\s*away|absconded)\b[^.?!]*?\b(?:back|returned|came\s+home|found|located)\b/i;

/**
 * Where someone asking of something already past is sent, by role: the same route as now, since it is not too late
 * (business: Makesafe, ring 101 and quote Makesafe, Section 11; school and health: the safeguarding lead, then children's social
 * care, Appendix C; social care: the manager, the police by an 87A, a strategy discussion, Sections 6 and 7; police: a
 * Merlin PAC and a CRIS report, Section 6). An officer's child back from missing has a section of its own (Section 9).
 */
const afterTheEventRoute = (role: Role | undefined, spelt: string): string => {
  if (role === undefined) {
    // No role known: the one the words of their work or its setting point to ("booked a room"), as a described situation reads them (dialogs/situation.ts); else the referral route.
    const pointed = ownWorkRole(spelt) ?? mentionedRole(spelt);
    return pointed === undefined ? GENERAL_ROUTE : afterTheEventRoute(pointed, spelt);
  }
  return role === 'police' && BACK_FROM_MISSING.test(spelt) ? 'section.9.missing-returned-police-record' : ROLE_START[role];
};

/**
 * The route that answers someone asking whether to report something already past ("last week…, should i report it?"),
 * or whether it is too late: their role's route, the referral route when no role is known; else undefined.
 */
export const routeAfterTheEvent = (text: string, role: Role | undefined): string | undefined => {
  const spelt = spellOut(text);
  return PAST_EVENT.test(spelt) && (ASKS_WHO_TO_TELL.test(spelt) || TOO_LATE.test(spelt)) ? afterTheEventRoute(role, spelt) : undefined;
};
