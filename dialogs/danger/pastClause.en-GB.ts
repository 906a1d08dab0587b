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
