import { mentionedRole, ownWorkRole, type Role } from '../knowledge/roleWords';
import { asksForRoute, ROLE_START, SITUATION_START, type Situation } from '../knowledge/routeQuestion';
import { isSituationJourney, ROLE_JOURNEY_IDS, type SituationJourneyId } from './journeyIds';
import type { RoleId } from './router';
import { writerRole } from './writerRole';

/**
 * A message that describes what someone saw or heard ("I work at a hotel and something looks wrong…",
 * "a pupil told me…", "a 14 year old asked for the morning-after pill again") rather than asking what
 * something is. Such a message is offered the journey that fits it: a situation journey when it says
 * what happened (a child back from missing, trafficking), otherwise the journey of the writer's role.
 */

export interface DescribedSituation {
  flowId: string;
  /** The role the message gives or points to, if any: questions in it are answered for that role. */
  role?: Role;
  /** True when the writer gave the role ("I'm a nurse"); false when the words only point to a setting ("a patient"). */
  roleGiven: boolean;
  /** False when the message only said who the writer is ("I'm a teacher"): there is nothing to keep as a note. */
  keepNote: boolean;
  /** Whether the message also asks something ("…who do I call?"), to be answered beside the offer. */
  asks: boolean;
}

/** Words that tell of something seen, heard or suspected, not a question about a term ("a hotel notice" is a term: only "noticed" or "I notice" tell). */
const TELLS_OF =
  /\b(?:saw|seen|see|noticed|(?:i|we|staff)\s+notice|spotted|looks?\s+(?:wrong|off|odd|strange|dodgy|young|scared|frightened)|something\s+(?:is\s+|isn'?t\s+|not\s+|doesn'?t\s+)?(?:wrong|right|off|odd)|not\s+right|worried|concerned|suspicious|suspect|i\s+think|told\s+me|disclosed|said\s+(?:that\s+)?(?:she|he|they|her|his)|asked\s+(?:for|me)|keeps?|kept|again|came\s+in|turned\s+up|checking\s+in|checked\s+in|picked\s+up|dropped\s+off|with\s+(?:an?\s+)?older|older\s+(?:men|man|guys?|males?|boyfriend)|has\s+been|is\s+being|was\s+with)\b/i;

/**
 * What happened to a child, told with no word of telling ("15yo brought into custody for shoplifting, found with 2 phones
 * and cash", the fifth exploratory test, read as a question): a child named by age, brought in, found with
 * something. Only in a message that does not open as a question ("what happens if a 15yo is found with drugs" asks).
 */
const TOLD_EVENT = /\b\d{1,2}\s*(?:yo|y\/o|yrs?\s*old|years?\s*old)\b|\bbrought\s+(?:in|into|to)\b|\bfound\s+with\b/i;

/** A question inside a description, opening a clause: "…, who do I call", "and what should I do", "shld i call her mum", "is this CSE?", "…, whats the signs", "…, whats my next step". */
const ASKS_WITHIN = /\?|(?:^|[,.;:!–-]\s*|\b(?:and|but|so|now)\s+)(?:(?:who|what|how|where|when|why)(?:\s+(?:do|does|should|can|could|shall|must|will|would))?\s+(?:i|we|you|to)\b|(?:should|shld|shud|can|could|do|does|must)\s+(?:i|we)\b|is\s+(?:it|this|that)\b|(?:what|which)\s+(?:is|are)\s+(?:the|my|our)\b|what['’]?s\s+(?:the|my|our)\b)/i;

/**
 * A question in the writer's own voice with no mark before it, as text-speak runs on: "…im still driving
 * what do i do", "girl in room 9 with 2 men who do i call". First person and a verb of acting only, so a
 * relative "who" ("the men who took her") is not one; "…can i refer straight to mash", "should i still log it" ask too
 * (the modal before the writer: "she said i can call her" tells).
 */
const ASKS_UNMARKED = /\b(?:is|are)\s+there\s+(?:a|an|any)\b|\b(?:who|what|how|where)\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+(?:call|ring|phone|tell|contact|report|refer|do)\b|\b(?:can|should|shld|shud|must|do)\s+(?:i|we)\s+(?:still\s+|just\s+)?(?:refer|report|log|record|tell|share|call|ring|contact)\b/i;

/** Whether a question is asked inside a description, marked or not. */
const asksWithin = (text: string): boolean => ASKS_WITHIN.test(text) || ASKS_UNMARKED.test(text);

/** A message that opens as a question. */
const ASKS = /^\s*(?:what|how|who|when|where|why|which|whats|is|are|can|could|do|does|should|would|will|define|explain)\b/i;

const SITUATIONS: Array<[RegExp, SituationJourneyId]> = [
  [/\b(?:trafficked|trafficking|county\s+lines|cuckoo(?:ed|ing)|(?:running|carrying|moving|selling)\s+drugs|moved\s+(?:around|between|from)|brought\s+(?:here|over|into\s+the\s+country|to\s+the\s+uk))\b/i, 'situations.trafficking'],
  [
    // A reply is not a return: "the police never came back to me", "the sw got back to us"; "she came back to us" is one.
    /(?<!\b(?:never|not|didn'?t|hasn'?t|haven'?t|police|officers?|nobody|mash|anyone|someone)\s+(?:\w+\s+)?)\b(?:came|come|comes|coming|got|been|was\s+brought)\s+back\b(?!(?<=\bgot\s+back)\s+to\s+(?:me|us|you)\b)|\breturned\b|\b(?:was|had\s+gone|been)\s+missing\b|\bkeeps?\s+(?:going|running)\s+(?:missing|away)\b|\bran\s+away\b|\bfound\s+(?:her|him|them)\b|\b(?:missing|misper)(?:\s+from\s+(?:care|home|placement|school))?\s+(?:(?:was|who\s+was|has\s+been)\s+)?(?:found|located)\b|(?<!\b(?:not|never|yet)\s+)\bback\s+(?:at|in|to)\s+(?:her|his|their)\s+(?:placement|foster\s+(?:home|carers?)|children'?s\s+home|care\s+home|unit)\b/i,
    'situations.missingReturned',
  ],
];

/** A question word opening a later clause without a question mark: "…, how long does an order last". */
const ASKS_IN_CLAUSE = /(?:[,.;:!–-]\s*|\b(?:and|but|so|now)\s+)(?:who|what|how|where|when|why|which)\b/i;

/**
 * A request in the writer's own voice, with no question word opening a clause: "need the number for the
 * MASH", "tell me who to call" (not "she won't tell me where"), "advice please", "not sure what to do".
 * First person only: "she doesnt know where she is" tells, and a child's "help me" quoted in the
 * message is not the writer asking.
 */
const REQUESTS =
  /\b(?:need|want)\s+(?:the|a|an|your)?\s*(?:number|contact|details|phone|form|address|email)\b|\bneed\s+to\s+(?:know|find\s+out)\b|(?<!(?:n'?t|\bnot|\bnever|\bto|\bwill|\bwould|\bcould|\bmight|'d|'ll|\bshe|\bhe|\bthey|\bi|\bwe|\byou)\s+)\b(?:tell|show)\s+me\s+(?:how|who|what|where|when|which|whether|if|about|the)\b|\b(?:any|some|need|want|get)\s+(?:advice|guidance)\b|\b(?:please|pls|plz)\s+advise\b|\badvi[cs]e\s+(?:please|pls|plz|needed)\b|\b(?:not\s+sure|unsure|(?:i|we)\s+(?:don'?t|dont|do\s+not)\s+know|no\s+idea|wondering)\s+(?:who|what|how|where|whether|if|which)\s+(?:to|i|we|should)\b/i;

/**
 * A clause that names a contact wanted, with no verb: "…, the number for the MASH", "contact for the
 * police pls". Only at the start or after a mark: "she rang from her friends number", "he has the
 * number for her school" and "…, he took her phone and the number for her school" tell.
 */
const ASKS_FOR_CONTACT = /(?:^|[,.;:!–-]\s*)(?:(?:the|a|any|your)\s+)?(?:(?:phone\s+)?numbers?|contacts?|contact\s+details|helpline|email(?:\s+address)?)\s+for\b/i;

/**
 * Whether a message asks anything at all: opens as a question, has a question mark, a question in a
 * later clause, a request ("…, need the number for the MASH") or a contact wanted ("…, the number for
 * the MASH"). A message that only tells of danger now ("a man is coming to pick her up in 10 mins") asks
 * nothing, so nothing but the 999 card answers it (dialogs/typedMessage.ts).
 */
export const asksSomething = (text: string): boolean =>
  ASKS.test(text) || asksWithin(text) || ASKS_IN_CLAUSE.test(text) || REQUESTS.test(text) || ASKS_FOR_CONTACT.test(text);

const ROLE_ID_OF: Record<Role, RoleId> = { school: 'school', health: 'health', business: 'business', police: 'police', 'social-care': 'socialCare' };
const ROLES: Role[] = ['school', 'health', 'business', 'police', 'social-care'];
/** The router's id for a knowledge role (`social-care` is `socialCare` there). */
export const roleIdOf = (role: Role): RoleId => ROLE_ID_OF[role];
const firstFlowOf = (role: Role): string => ROLE_JOURNEY_IDS[ROLE_ID_OF[role]];

/** The journey a described situation is offered, or undefined when the message is a question. */
export function describedSituation(text: string): DescribedSituation | undefined {
  const self = writerRole(text);
  // Words of the writer's own work ("pt 14", "my caseload") give their role as plainly as "I'm a nurse".
  const own = self === undefined ? ownWorkRole(text) : undefined;
  const role = self?.role ?? own ?? mentionedRole(text);
  // "I'm a teacher" and nothing else: their journey, with no note to keep.
  if (self !== undefined && !/[a-z]{3,}/i.test(self.rest.replace(/\b(?:and|but|so|here|hi|hello)\b/gi, ''))) return { flowId: firstFlowOf(self.role), role: self.role, roleGiven: true, keepNote: false, asks: true };
  const situation = SITUATIONS.find(([pattern]) => pattern.test(text))?.[1];
  // "She came back last night" tells of something; "what happens when a child comes back" asks.
  const tells = TELLS_OF.test(text) || self !== undefined || ((situation !== undefined || TOLD_EVENT.test(text)) && !ASKS.test(text));
  if (!tells) return undefined;
  // A description may open with its question ("whats online cse, girl in yr 8 being asked for pics…").
  const asks = ASKS.test(text) || asksWithin(text) || REQUESTS.test(text);
  const roleGiven = self !== undefined || own !== undefined;
  if (situation !== undefined) return role === undefined ? { flowId: situation, roleGiven, keepNote: true, asks } : { flowId: situation, role, roleGiven, keepNote: true, asks };
  return role === undefined ? undefined : { flowId: firstFlowOf(role), role, roleGiven, keepNote: true, asks };
}

/**
 * The situation as this user is offered it: a role the writer gives is theirs; a setting their words only
 * point to ("a guest", "a pupil") is not, when they chose a role or went through its journey (an officer
 * telling of a hotel gets the police journey, and the answer for the police).
 */
export function forUser(situation: DescribedSituation, chosen: RoleId | undefined): DescribedSituation {
  if (situation.roleGiven || chosen === undefined) return situation;
  const role = audienceOfRole(chosen);
  return { ...situation, role, flowId: isRoleJourney(situation) ? firstFlowOf(role) : situation.flowId };
}

/** What to do next, asked inside a description: "…what do I do", "not sure what to do", "next steps?", "not sure if im overreacting" (whether to act at all). */
const WHAT_TO_DO = /\bover-?\s?react(?:ing)?\b|\b(?:not\s+sure|unsure|(?:i|we)\s+(?:don'?t|dont|do\s+not)\s+know|no\s+idea)\s+what\s+to\s+do\b|\bnext\s+steps?\b|\bwhat\s+next\b|\b(?:should|do|must)\s+(?:i|we)\s+(?:still\s+)?(?:log|record|report|refer)\b/i;

/** Whether a described situation asks what to do: its writer's route answers it when no entry answers it better. */
export const asksWhatToDo = (text: string): boolean => asksForRoute(text) || WHAT_TO_DO.test(text);

/** The knowledge's name of a situation journey's situation (knowledge/routeQuestion.ts SITUATION_START). */
const SITUATION_OF: Readonly<Partial<Record<SituationJourneyId, Situation>>> = {
  'situations.missingReturned': 'missingReturned',
  'situations.trafficking': 'trafficking',
};

/**
 * What answers "what do I do" asked inside a described situation: the situation's own section, before anything the
 * search found (a generic "what do I do" says nothing of its own; the situation says what it is about), when it is
 * the writer's work or their role is not known; else their role's route, when no entry answers the message better.
 */
export function whatToDoEntry(situation: DescribedSituation): { entryId: string; first: boolean } | undefined {
  const named = isSituationJourney(situation.flowId) ? SITUATION_OF[situation.flowId] : undefined;
  const start = named === undefined ? undefined : SITUATION_START[named];
  if (start !== undefined && (situation.role === undefined || start.roles.includes(situation.role))) return { entryId: start.entryId, first: true };
  return situation.role === undefined ? undefined : { entryId: ROLE_START[situation.role], first: false };
}

/** The writer's own role journey, their words kept as its first note: offered when danger is told with a question no entry answers. */
export function ownJourney(roleId: RoleId): DescribedSituation {
  const role = audienceOfRole(roleId);
  return { flowId: firstFlowOf(role), role, roleGiven: true, keepNote: true, asks: false };
}

/** Whether a situation is offered its role's own journey (not a situation journey: missing, trafficking). */
const isRoleJourney = (situation: DescribedSituation): boolean => situation.role !== undefined && situation.flowId === firstFlowOf(situation.role);

/** The knowledge audience of a role kept in the conversation (`socialCare` is `social-care` there). */
export function audienceOfRole(roleId: RoleId): Role {
  const role = ROLES.find((r) => ROLE_ID_OF[r] === roleId);
  if (role === undefined) throw new Error(`no audience for role ${roleId}`);
  return role;
}
