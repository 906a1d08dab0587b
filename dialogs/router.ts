import { isUrgent, normalise } from './urgency';

/** What free text asks for. Urgent danger always wins; then commands; anything else is a question. */
export type Route =
  | { kind: 'urgent' }
  | { kind: 'command'; command: 'menu' | 'back' | 'cancel' | 'restart' | 'saveForLater' | 'ask' }
  | { kind: 'role'; role: RoleId }
  | { kind: 'question'; text: string };

export const ROLE_IDS = ['school', 'health', 'business', 'police', 'socialCare'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

const COMMANDS: Array<[RegExp, Extract<Route, { kind: 'command' }>['command']]> = [
  [/^(?:menu|main menu|home|start|hi|hello|hey|help|options|what can you do)$/, 'menu'],
  [/^(?:back|go back|previous|undo)$/, 'back'],
  [/^(?:cancel|stop|quit|exit|end)$/, 'cancel'],
  [/^(?:start again|restart|start over|reset)$/, 'restart'],
  [/^(?:save for later|save|later|pause)$/, 'saveForLater'],
  [/^(?:ask a question|question|ask)$/, 'ask'],
];

const ROLES: Array<[RegExp, RoleId]> = [
  [/^(?:school|teacher|dsl|designated safeguarding lead|education|college|nursery)$/, 'school'],
  [/^(?:health|nurse|doctor|gp|a ?(?:and|&)? ?e|school nurse|midwife|sexual health)$/, 'health'],
  [/^(?:business|hotel|taxi|operation makesafe|makesafe|fast food|licensed premises|pub|bar|care home)$/, 'business'],
  [/^(?:police|police officer|officer|pc|detective)$/, 'police'],
  [/^(?:social care|social worker|mash|mase|csc|children's social care|childrens social care)$/, 'socialCare'],
];

export function route(text: string): Route {
  if (isUrgent(text)) return { kind: 'urgent' };
  const t = normalise(text).replace(/[']/g, "'");
  for (const [pattern, command] of COMMANDS) if (pattern.test(t)) return { kind: 'command', command };
  for (const [pattern, role] of ROLES) if (pattern.test(t)) return { kind: 'role', role };
  return { kind: 'question', text };
}
