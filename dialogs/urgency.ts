/**
 * Does a message say a child may be in danger right now? Safety first: a false alarm costs a
 * card, a miss could cost a child, so the patterns are broad and only explicit denials of
 * danger are let through.
 */

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PERSON = "(?:she|he|they|she's|he's|they're|shes|hes|theyre|the (?:child|girl|boy|kid|young person|pupil|student)|my (?:daughter|son|pupil|student)|a (?:child|girl|boy|kid))";
const NOW = '(?:right now|now|at the moment|as we speak|tonight|currently|this minute)';

const URGENT_PATTERNS: RegExp[] = [
  /\b(?:in|at) (?:immediate |serious |real )?(?:danger|risk)\b.*\b(?:now|immediately|right now)\b/,
  /\b(?:immediate|imminent|urgent) (?:danger|risk|threat|harm)\b/,
  /\bin danger\b/,
  /\bemergency\b/,
  /\b999\b/,
  new RegExp(`\\b${PERSON}\\b.*\\bwith (?:him|her|them|an? (?:older )?(?:man|men|woman|adult|stranger)|some (?:man|men|guys?))\\b.*\\b${NOW}\\b`),
  new RegExp(`\\b${PERSON} (?:is|are)? ?(?:being|getting) (?:hurt|attacked|raped|abused|assaulted|beaten|taken|forced|trafficked|held)\\b`),
  /\b(?:going to|gonna|about to|will|threaten(?:ed|ing)? to) (?:hurt|harm|kill|rape|attack|take|abduct|kidnap|beat|stab)\b/,
  /\b(?:being|getting|been) (?:raped|attacked|assaulted|abducted|kidnapped|stabbed|trafficked)\b/,
  /\b(?:has|got|with|holding) an? (?:knife|gun|weapon|blade)\b/,
  /\b(?:won't|will not|wont|doesn't|does not) let (?:her|him|them) (?:go|leave)\b/,
  /\b(?:locked|trapped|held) (?:in|inside|up)\b/,
  /\b(?:forced|dragged|pulled|bundled|pushed) (?:her |him |them )?(?:into|in) (?:a |the )?(?:car|van|vehicle|taxi)\b/,
  /\b(?:unconscious|not breathing|overdos(?:e|ed|ing)|collapsed|bleeding)\b/,
  /\b(?:help|come) (?:me )?(?:now|quickly|immediately|asap)\b/,
  /\b(?:kidnap|abduct)(?:ed|ing)?\b/,
  new RegExp(`\\b(?:taking|taken|driving|drove) (?:her|him|them) (?:away|somewhere)\\b.*\\b${NOW}\\b`),
  new RegExp(`\\b${PERSON}\\b.*\\b(?:upstairs|in (?:a|the|his|their) (?:room|car|van|flat|house))\\b.*\\b${NOW}\\b`),
];

const DENIALS: RegExp[] = [/\b(?:not|isn't|isnt|aren't|arent|no longer) in (?:any |immediate )?danger\b/, /\bno (?:immediate )?danger\b/];

// Names of orders and services that contain an urgent word but are not themselves an alarm.
const NAMES: RegExp[] = [/\bemergency protection orders?\b/, /\bemergency (?:department|services?)\b/];

export function isUrgent(text: string): boolean {
  const t = NAMES.reduce((acc, n) => acc.replace(n, ' '), normalise(text));
  if (t.trim() === '') return false;
  const matched = URGENT_PATTERNS.some((p) => p.test(t));
  if (!matched) return false;
  // Only an explicit denial of danger, with nothing else urgent said, is let through.
  const withoutDenials = DENIALS.reduce((acc, d) => acc.replace(d, ' '), t);
  return URGENT_PATTERNS.some((p) => p.test(withoutDenials));
}
