/**
 * British English words for where a past that is over ends and a clause told as now begins (issue 8, the twelfth round; read by
 * pastClause.ts and detector.ts through cues.en-GB.ts, shape in cueSet.schema.ts). Patterns match the normalised text.
 */

/**
 * Times of now that open a clause of their own after a past marker: "last month she was missing, today he turned up at the gates
 * asking for her". Not "earlier today" (a time already past) nor a "now" said with a denial ("she is safe now": taken out first).
 */
export const CLAUSE_NOW_OPENERS_EN_GB = ['(?<!earlier )today', 'tonight', 'right now', '(?<!(?:is|are|am) (?:\\d+|an adult|grown up) )now', 'at the moment', 'just now', 'as we speak', 'this (?:afternoon|evening|minute)'];

/** Now cues that tell an arrival in the simple past ("he turned up at the gates"): beside a past marker they are that past's. */
export const PAST_EVENT_TIMES_EN_GB = ['(?:turned|showed) up'];

/**
 * Past markers of the last day or two ("last night", "yesterday", "earlier today"): a past marker only when the rest of the message is
 * past too (pastClause.ts). "A girl in my cab last night seemed scared of the man she was with" is over; "she went off with him last
 * night and has not come home", "last night he took her", "she is still with him" are not.
 */
export const RECENT_PAST_EN_GB = [
  'last night', 'yesterday(?: (?:morning|afternoon|evening|night))?', 'earlier (?:today|this (?:morning|afternoon|evening))', 'the other (?:day|night)',
];

/**
 * Gone off with someone, or left with them: beside a recent past marker, the child may be with them still ("she went off with him last
 * night", "we had to leave her there with them"). Company never safe (safeNow.en-GB.ts) is read with these.
 */
export const NOT_OVER_EN_GB = ['(?:left|gone|went|goes|drove|driven|walked|ran|run|got) (?:off |away )?with', '(?:leave|leaving|left) (?:her|him|them) (?:\\w+ ){0,2}with'];
