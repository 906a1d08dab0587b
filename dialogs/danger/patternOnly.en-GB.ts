/**
 * British English words for a pattern that repeats told with nobody at risk now (issue 8, the ninth round, class B; read by
 * detector.ts, shape in cueSet.schema.ts). Patterns match the normalised text.
 */

/** A habit told: "picks her up from school", "keeps picking up", "every weekend", "most days" (besides the cues' `repeatedPattern`). */
export const HABITUAL_EN_GB = ['picks (?:her|him|them|(?:\\w+ ){0,3}(?:girls?|boys?|kids|children)) up', 'picks up', 'several times', 'most (?:days|nights|weekends|evenings)', '(?:over and )?over again'];

/** The habit's own time ("every weekend"), taken out before the rest is read: it times the pattern, not a danger now. */
export const HABITUAL_TIMES_EN_GB = ['every (?:other )?(?:\\w+ )?(?:weekend|night|day|week|evening|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'most (?:days|nights|weekends|evenings)', 'each (?:week|weekend|night)'];

/** Nobody there now, said outright: "they are not in a car now", "no one in the car now". Its "now" is the absence's. */
export const ABSENT_NOW_EN_GB = [
  '(?:they|she|he|the (?:girls?|boys?|kids|children)) (?:are|is) not (?:in|at|with|here|there)(?: \\w+){0,3}? (?:now|right now|at the moment)',
  '(?:no one|nobody|no (?:kids|girls|boys|children)|none of them) (?:is |are )?(?:in|at|with|here|there)(?: \\w+){0,3}? (?:now|right now|at the moment)',
];

/**
 * A departure told once, not as the habit: "she left with him", "went off with them", "he took her". Where she went may be where
 * she is now ("they left an hour ago" was the child and the adult leaving together), so beside it a pattern is never tempered.
 */
export const DEPARTED_EN_GB = ['(?:left|gone|went|ran|run|walked|got) (?:off |away )?with', '(?:took|has taken|have taken|had taken) (?:her|him|them)'];
