import { CHILD_EN_GB as CHILD } from './childWords.en-GB';

/**
 * British English words for a pattern that repeats and a child seen there now (issue 8, the eighth round; read by detector.ts as
 * `repeatedPattern` and `seenNow`, shape in cueSet.schema.ts). Patterns match the normalised text.
 */

// A child seen now, as a sighting names her: "one", "two girls", "a young girl", "one of them", "she".
const SEEN = `(?:one|another(?: one)?|she|one of (?:them|our \\w+|the \\w+)|(?:\\d+|two|three|four) of (?:them|our \\w+|the \\w+)|(?:a|the|our|my) (?:\\w+ )?${CHILD}|(?:\\d+|two|three|four|some)(?: (?:young|teenage|little|school))?(?: (?:girls|boys|kids|children|pupils|students|teens))?)`;
const SEEN_NOW = '(?:now|right now|at the moment|as we speak|currently|just now|this minute)';
// Where a child goes with the adult: "with him", "up to his room", "into their car"; not "in to class".
const WENT_WITH = '(?:with (?:him|them|the|a|an|older|men|\\d+|two|three)|up(?: to| with| there)?\\b|in(?:to)? (?:his|their|the (?:car|van|room|flat|house))|in with)';

// Issue 8, the eighth round: a pattern that repeats, then a child seen with the adult or in the place now. The classifier, taught
// that patterns are mostly reports to pass on, took "he keeps bringing girls to room 12, theres one in there now" away, and "what
// should i do" read "two are at a table with a girl now" as a case imagined; the pattern makes the sighting more serious, never less.
export const REPEATED_PATTERN_EN_GB = [
  'keeps?', 'kept (?:coming|bringing|taking|picking)', 'always', 'every (?:other )?(?:\\w+ )?(?:weekend|night|day|week|time|evening|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'each (?:week|weekend|night|time)', 'regularly', 'all the time', 'again and again', 'most (?:nights|weekends|days|evenings)',
];

export const SEEN_NOW_EN_GB = [
  // A child (or "one", "two") with the adult or in the place now: "one is up there with him now", "two are at a table with a girl
  // now", "she is in his car outside now". A safe place said ("she is in class now", "with us") is a denial, taken out first.
  `${SEEN}(?: \\w+){0,3}? (?:is|are) (?:still |now |just )?(?:sat |sitting |stood |standing |waiting |hiding )?(?:in|at|with|up|inside|outside|upstairs|round|there)\\b(?! (?:school|class|lessons?|a lesson|maths|english|science|pe|registration|assembly|bed|home|work|care|hospital|custody|the unit|(?:her|his|their) (?:room|bed|placement|foster \\w+|mums?|dads?|nans?|grans?|(?:grand)?parents)|(?:her|his|their) (?:own )?home)\\b)(?: \\w+){0,8}? ${SEEN_NOW}\\b`,
  `there (?:is|are) (?:still )?(?:one|another(?: one)?|a (?:\\w+ )?${CHILD}|(?:\\d+|two|three|four|some)(?: \\w+){0,2}?) (?:in|up|with|at|inside|outside|upstairs|sat|sitting|waiting|round)\\b(?: \\w+){0,8}? ${SEEN_NOW}\\b`,
  // The adult with the child now: "he is on the bench with one right now".
  `(?:he|they|the (?:man|men|guy|bloke)|a (?:man|guy|bloke)|men) (?:is|are) (?:\\w+ ){0,4}?with (?:her|one|them|a (?:\\w+ )?${CHILD}|(?:\\d+|two|three|some) (?:\\w+ )?(?:girls|boys|kids))\\b(?: \\w+){0,5}? ${SEEN_NOW}\\b`,
  // Gone with the adult or up to the room a moment ago: "a girl just went up with him", "one went in with him 5 mins ago".
  `${SEEN} (?:has |have |is |are )?just (?:went|gone|got|walked|come|came) (?:\\w+ ){0,4}?${WENT_WITH}`,
  `${SEEN} (?:went|got|walked|has gone|have gone) (?:\\w+ ){0,4}?${WENT_WITH}(?: \\w+){0,5}? (?:just now|right now|(?:\\d+|an?|ten|five|two|few) (?:minutes|minute|seconds) ago)\\b`,
];
