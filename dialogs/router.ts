import type { SituationJourneyId } from './journeyIds';
import { describedSituation, type DescribedSituation } from './situation';
import { ASKS_ABOUT_FORM_EN_GB, FORM_REQUEST_EN_GB, FORM_START_EN_GB, FORM_WORDS_EN_GB } from './formWords.en-GB';
import { isUrgent, normalise } from './urgency';

/** What free text asks for. Urgent danger always wins; then commands; anything else is a question. */
export type Route =
  | { kind: 'urgent' }
  | { kind: 'command'; command: 'menu' | 'back' | 'cancel' | 'restart' | 'saveForLater' | 'ask' | 'submissions' | 'recordsForMe' | 'problemProfile' }
  | { kind: 'role'; role: RoleId }
  | { kind: 'situation'; flowId: SituationJourneyId }
  | { kind: 'described'; situation: DescribedSituation; text: string }
  | { kind: 'question'; text: string }
  | { kind: 'formRequested'; text: string };

export const ROLE_IDS = ['school', 'health', 'business', 'police', 'socialCare'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

const COMMANDS: Array<[RegExp, Extract<Route, { kind: 'command' }>['command']]> = [
  [/^(?:menu|main menu|home|start|hi|hello|hey|help|options|what can you do)$/, 'menu'],
  [/^(?:back|go back|previous|undo)$/, 'back'],
  [/^(?:cancel|stop|quit|exit|end)$/, 'cancel'],
  [/^(?:start again|restart|start over|reset)$/, 'restart'],
  [/^(?:save for later|save|later|pause)$/, 'saveForLater'],
  [/^(?:ask a question|question|ask)$/, 'ask'],
  [/^(?:my submissions|submissions|my submitted forms|submitted forms|my forms|my records|my reports)$/, 'submissions'],
  [/^(?:records for me|records sent to me|records to review|my records to review)$/, 'recordsForMe'],
  [/^(?:(?:the |our |my |mase |local |local cse |cse )?problem profile|show (?:me )?the problem profile)$/, 'problemProfile'],
];

const ROLES: Array<[RegExp, RoleId]> = [
  [/^(?:school|teacher|dsl|designated safeguarding lead|education|college|nursery)$/, 'school'],
  [/^(?:health|nurse|doctor|gp|a ?(?:and|&)? ?e|school nurse|midwife|sexual health)$/, 'health'],
  [/^(?:business|hotel|taxi|operation makesafe|makesafe|fast food|licensed premises|pub|bar|care home)$/, 'business'],
  [/^(?:police|police officer|officer|pc|detective)$/, 'police'],
  [/^(?:social care|social worker|mash|mase|csc|children's social care|childrens social care)$/, 'socialCare'],
];

// Whole messages only: "what is the return home interview" stays a question for knowledge/.
const SITUATIONS: Array<[RegExp, SituationJourneyId]> = [
  [/^(?:missing|missing child|(?:the |a )?(?:missing )?child (?:has )?(?:came|come) back|(?:has )?(?:came|come) back|return home interview|return interview)$/, 'situations.missingReturned'],
  [/^(?:trafficking|trafficked|child trafficking|county lines)$/, 'situations.trafficking'],
  [/^(?:powers(?: and tactics)?|tactics|tactical options|disruption(?: tactics)?|what powers do i have|appendix i)$/, 'tactics.powerFinder'],
];

/** A form asked for in words: with the word "form" (or report, record), or by a form's own name after a verb of starting. */
function asksForForm(t: string): boolean {
  if (ASKS_ABOUT_FORM_EN_GB.test(t)) return false;
  if (FORM_REQUEST_EN_GB.test(t)) return true;
  const named = FORM_START_EN_GB.exec(t)?.[1];
  return named !== undefined && Object.values(FORM_WORDS_EN_GB).some((words) => words.test(named));
}

/** A request, in the user's words, for what can be done about someone or somewhere: the Appendix I finder. */
const FINDER_REQUEST =
  /\bwhat\s+(?:can|could|should)\s+(?:i|we)\s+do\s+about\s+(?:the|this|that|him|her|them)\b|\bwhat\s+(?:powers|options|tactics)\s+(?:do|can|could)\s+(?:i|we)\b|\bcawn\s+for\s+an?\s+\d{1,2}\s*(?:yo|y\/o|year)/;

export function asksForPowers(text: string): boolean {
  return FINDER_REQUEST.test(normalise(text));
}

/** Routes free text; `route` itself, or a turn's `routerForOneTurn`. */
export type Router = (text: string) => Route;

/**
 * `route`, each distinct text routed once: made for one turn and dropped with it, so what the runner
 * asks before the turn (what to load) and the turn's own answer share one routing (the danger
 * detector runs once, not three times), and no one's words are kept past their turn.
 */
export function routerForOneTurn(): Router {
  const routed = new Map<string, Route>();
  return (text) => {
    const known = routed.get(text);
    if (known !== undefined) return known;
    const fresh = route(text);
    routed.set(text, fresh);
    return fresh;
  };
}

export function route(text: string): Route {
  if (isUrgent(text)) return { kind: 'urgent' };
  const t = normalise(text).replace(/[']/g, "'");
  for (const [pattern, command] of COMMANDS) if (pattern.test(t)) return { kind: 'command', command };
  for (const [pattern, role] of ROLES) if (pattern.test(t)) return { kind: 'role', role };
  for (const [pattern, flowId] of SITUATIONS) if (pattern.test(t)) return { kind: 'situation', flowId };
  if (asksForPowers(text)) return { kind: 'situation', flowId: 'tactics.powerFinder' };
  if (asksForForm(t)) return { kind: 'formRequested', text };
  const situation = describedSituation(text);
  if (situation !== undefined) return { kind: 'described', situation, text };
  return { kind: 'question', text };
}
