/**
 * British English words for the kind of question asked with danger (dialogs/whoFirst.ts): locale data, beside the code
 * that reads it. Patterns match the message as typed, any case, text-speak and all ("shld i call her mum first").
 */

/** Who a child lives with or is placed with, as people write it. */
const FAMILY = String.raw`(?:mum|mom|mam|mummy|mother|dad|daddy|father|parents?|carers?|foster\s*(?:carers?|parents?|mum|dad|home)?|placement|family|guardians?|nan|nanny|gran|granny|grandparents?|step\s*(?:mum|dad)|children'?s\s+home)`;
const WHOSE = String.raw`(?:(?:her|his|their|the|a|my|our|child'?s|girl'?s|boy'?s|yp'?s)\s+)?`;

/**
 * A question about ringing the family or the placement first, or instead of the police: "shld i call her mum first or
 * police", "call police or her placement??", "do i ring her mum or police".
 */
export const ASKS_FAMILY_FIRST_EN_GB = new RegExp(
  String.raw`\b(?:call|ring|phone|tell|contact|text|inform|message|speak\s+to|talk\s+to|get\s+hold\s+of|let)\s+${WHOSE}(?:\w+\s+)?${FAMILY}\b|\b${FAMILY}\s+(?:first|or)\b|\bor\s+${WHOSE}${FAMILY}\b`,
  'i',
);

