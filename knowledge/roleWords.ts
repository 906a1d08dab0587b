import type { Audience } from './entry.schema';

/**
 * How practitioners say who they are ("I'm a cab driver", "I work at a hotel", "as the DSL"). The
 * search reads the role from it and asks the rest of the message as the question; the router uses
 * the same words to tell a described situation from a question. One list, so the two cannot drift.
 */

export type Role = Exclude<Audience, 'all'>;

/**
 * Words for each role's job or workplace, as regular-expression alternatives (lower case). A role's
 * `services` are the ones people also ask about rather than say they work for ("police, can they take
 * her phone" asks about the police), so they do not introduce a writer before a comma as `jobs` do
 * ("pc on patrol, …", "social worker, …").
 */
interface RoleWordList {
  jobs: readonly string[];
  services: readonly string[];
}

/** "Reception" and "receptionist" as people type them ("recepshun", "recepcionist"): a writer's job is often misspelt. */
const RECEPTION = 'recep(?:tion|shun|shon|cion|sion)(?:ist|est)?';

const WORDS: Readonly<Record<Role, RoleWordList>> = {
  school: {
    jobs: [
      'teacher', 'teaching assistant', 'ta', 'dsl', 'deputy dsl', 'designated safeguarding lead', 'safeguarding lead at (?:a |the )?school',
      'head ?teacher', 'head of year', 'form tutor', 'tutor', 'pastoral (?:lead|manager|worker)', 'learning mentor', 'senco', 'lecturer',
      'school', 'college', 'sixth form', 'nursery', 'academy', 'pupil referral unit', 'school staff', 'teaching', `school (?:office|admin|${RECEPTION})`,
    ],
    services: [],
  },
  health: {
    jobs: [
      'nurse', 'school nurse', 'doctor', 'gp', 'midwife', 'health visitor', 'paramedic', 'pharmacist', 'pharmacy', 'chemist',
      'sexual health (?:clinic|nurse|worker)?', 'clinic', 'gp surgery', 'surgery', `${RECEPTION} at (?:a|the) (?:gp|surgery|clinic)`, `(?:gp|surgery|clinic|practice) (?:${RECEPTION}|admin)`,
    ],
    services: ['a&e', 'a and e', 'hospital', 'emergency department', 'camhs', 'health', 'nhs'],
  },
  business: {
    jobs: [
      'hotel', `hotel ${RECEPTION}`, RECEPTION, 'night manager', 'concierge', 'housekeeper', 'housekeeping',
      'taxi', 'taxi driver', 'cab', 'cab driver', 'cabb(?:ie|y)', 'bar ?(?:staff|man|maid|tender|worker)', 'barista', 'hotel staff', 'minicab(?: driver)?', 'uber(?: driver)?', 'private hire(?: driver)?', 'driver',
      'takeaway', 'chicken shop', 'fast food (?:place|shop|outlet|restaurant)', 'kebab shop', 'restaurant', 'cafe',
      'pub', 'bar', 'nightclub', 'club', 'bouncer', 'door staff', 'doorman', 'security guard', 'security', 'off licence', 'offie',
      'shop', 'corner shop', 'newsagent', 'supermarket', 'shopping centre', 'station', 'petrol station', 'b&b', 'hostel', 'airbnb',
    ],
    services: [],
  },
  police: {
    jobs: [
      'police officer', 'officer', 'pc', 'pcso', 'detective', 'dc', 'ds', 'sergeant', 'constable', 'safer schools officer',
      'response officer', 'on patrol', 'set officer',
    ],
    services: ['police', 'the met', 'cait'],
  },
  'social-care': {
    jobs: [
      'social worker', 'sw', 'duty social worker', 'duty worker', 'mash worker', 'family support worker', 'early help worker',
      'residential worker', "children'?s home", 'care home worker', 'key worker', 'foster carer', 'leaving care', 'youth worker',
      'personal adviser', 'missing coordinator',
    ],
    services: ['social care', "children'?s social care", 'csc', 'mash', 'youth offending', 'yot'],
  },
};

/** All the words for a role, jobs and services. */
const wordsOf = (role: Role): readonly string[] => [...WORDS[role].jobs, ...WORDS[role].services];

/** Words that point to a role's setting when someone describes what happened ("a pupil told me", "a guest checked in"), but are not a job. */
export const SETTING_WORDS: Readonly<Record<Role, readonly string[]>> = {
  school: ['pupil', 'student', 'classroom', 'in class', 'lesson', 'playground', 'year \\d{1,2}', 'yr \\d{1,2}'],
  health: ['patient', 'consultation', 'prescription', 'morning[- ]after pill', 'emergency contraception', 'pregnancy test', 'sti', 'came in with', 'attended'],
  business: ['guest', 'check(?:ed|ing)? in', 'booked a room', 'room', 'fare', 'passenger', 'customer', 'pick(?:ed)? up', 'drop(?:ped)? (?:her|him|them) off', 'my cab', 'my taxi'],
  police: ['custody', 'on duty', 'stop and search', 'arrested', 'on shift'],
  'social-care': ['my caseload', 'on my caseload', 'placement', 'looked after', 'in care', 'case I hold', 'my case'],
};

/** A place named by two roles ("school nurse") goes to the first, so health's longer phrases are tried before school's words. */
const ORDER: Role[] = ['health', 'business', 'police', 'social-care', 'school'];

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** The words that deny a role ("im not nurse"): never the word between an introduction and its job. */
const NOT = String.raw`(?:not|never|no)`;

/** "I'm a", "I am the", "I work at a", "as a", "im the": the ways people introduce themselves, with one word between ("a supply teacher"). */
const SELF = String.raw`(?:(?:i\s*['’]?\s*m|i am|i work(?:s|ed)?(?:\s+(?:at|in|for|as|on))?|working\s+(?:at|in|for|as|on)|i drive(?:\s+(?:a|for))?)\s+(?:(?:a|an|the|my)\s+)?|as\s+(?:a|an|the)\s+)(?:(?!${NOT}\b)[a-z]+\s+)?`;

const PATTERNS: [Role, RegExp][] = ORDER.map((role) => {
  const words = alternatives(wordsOf(role));
  const jobs = alternatives(WORDS[role].jobs);
  // "I'm a nurse", or "GP here", "DSL:" at the start of a message, or a job before a comma or full stop: "pc on patrol, …", "night manager. …".
  // A workplace or shift before the job ("hotel recepshun here", "night receptionist:"), the workplace the role's own.
  const before = String.raw`(?:(?:night|day|duty|head|senior|deputy|trainee|relief|${words})\s+)`;
  return [role, new RegExp(String.raw`\b${SELF}(?:${words})s?\b|^\s*(?:${words})(?:\s+here\b|\s*[:-])|^\s*${before}(?:${jobs})s?(?:\s+here\b|\s*[:-])|^\s*(?:(?:a|an)\s+)?(?:${jobs})s?(?:\s+on\s+(?:patrol|duty|shift|nights))?\s*[,.]`, 'i')];
});

export interface SelfIdentified {
  role: Role;
  /** The message without the introduction: what is left to answer. */
  rest: string;
}

/** Where the job is done, after it: "a receptionist at a hotel", "a nurse in A&E". Part of the introduction. */
const WORKPLACE = new RegExp(String.raw`^\s*(?:at|in|for|on)\s+(?:(?:a|an|the|my|our)\s+)?(?:[a-z]+\s+)?(?:${alternatives(ORDER.flatMap((r) => wordsOf(r)))})s?\b`, 'i');

/** The role a message says its writer has ("I'm a teacher and…"), and the rest of the message. */
export function selfIdentifiedRole(text: string): SelfIdentified | undefined {
  const introduced = selfIntroduction(text);
  return introduced === undefined ? undefined : { role: introduced.role, rest: introduced.rest };
}

/** The same, with the words of the introduction itself ("hotel recepshun here", "I'm a receptionist at a b&b"): where the writer says they work. */
export function selfIntroduction(text: string): (SelfIdentified & { introduction: string }) | undefined {
  for (const [role, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const following = text.slice(match.index + match[0].length);
    const workplace = WORKPLACE.exec(following)?.[0] ?? '';
    const after = following.slice(workplace.length);
    return { role, rest: `${text.slice(0, match.index)} ${after}`.replace(/\s+/g, ' ').trim(), introduction: `${match[0]}${workplace}` };
  }
  return undefined;
}

// Two-letter job words ("ta", "pc", "ds") only count when someone introduces themselves with them.
const MENTIONS: [Role, RegExp][] = ORDER.map((role) => [
  role,
  new RegExp(String.raw`\b(?:${alternatives([...wordsOf(role).filter((w) => w.length > 2 || w === 'gp'), ...SETTING_WORDS[role]])})s?\b`, 'i'),
]);

/** A job the writer says is not theirs: "not a nurse", "i'm not the DSL", "not police" (a place, "not at school", still points to its role; "no police involvement" is not a denial). */
const DENIED = new RegExp(String.raw`\bnot\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?)?(?:${alternatives(ORDER.flatMap((r) => wordsOf(r)))})s?\b`, 'gi');

/** A message without the jobs it denies ("im a nurse not a teacher" keeps "im a nurse"). */
export const withoutDenials = (text: string): string => text.replace(DENIED, ' ');

/** The role a message points to without an introduction ("a guest at the hotel…"), first in ORDER; never one it denies. */
export function mentionedRole(text: string): Role | undefined {
  const said = withoutDenials(text);
  return MENTIONS.find(([, pattern]) => pattern.test(said))?.[0];
}

/**
 * Words only someone in the role uses of their own work: a clinician's "pt 14", "my patient"; a teacher's "my pupils";
 * a social worker's "my caseload"; a driver's "my fare". They say who the writer is as plainly as "I'm a nurse" does,
 * so the journey offered follows them over a role chosen before (the fifth exploratory test: after School,
 * "pt 14 in a&e again…" was offered the School journey). A setting the words only point to ("a pupil", "a&e") does not.
 */
const OWN_WORK: ReadonlyArray<[Role, RegExp]> = [
  ['health', /\bpts?\s+(?:is\s+|was\s+|aged\s+)?\d{1,2}\b|\b(?:my|our)\s+(?:pts?|patients?)\b/i],
  ['school', /\b(?:my|our)\s+(?:pupils?|students?|class|tutor\s+group|form\s+group|yr\s*\d{1,2}s?|year\s*\d{1,2}s?)\b/i],
  ['business', /\b(?:my|our)\s+(?:guests?|fares?|passengers?)\b/i],
  ['social-care', /\b(?:on\s+)?(?:my|our)\s+caseload\b/i],
];

/** The role a message's own-work words name ("pt 14 in a&e…"), when they name one. */
export function ownWorkRole(text: string): Role | undefined {
  return OWN_WORK.find(([, pattern]) => pattern.test(text))?.[0];
}
