/**
 * British English words for a child missing (issue 8; read by detector.ts through cues.en-GB.ts as the `missing` cue class and
 * `missingStill`, shape in cueSet.schema.ts). Patterns match the normalised text. Kept in a file of their own so cues.en-GB.ts
 * stays under 300 lines.
 */

export const MISSING_EN_GB = [
  // A child not where they should be, found gone, or not arrived.
  'missing for', 'last seen', '(?:bed|room) (?:is )?empty', 'gone from (?:her|his|their) (?:bed|room|placement)', '(?:meant|supposed) to be (?:at|in|with)',
  '(?:did not|never|has not|have not) (?:arrive|arrived|turn up|turned up|show up|showed up)', 'not (?:yet )?back', '(?<!(?:taken|took|take|takes|taking|got) (?:her|his|their|my) )(?:phone|phones) (?:is |are |has been |been |keeps going )?(?:switched off|turned off|dead|off)',
  '(?:she|he|they) (?:is|are|has|have) (?:just )?gone(?: off)?(?= with| and|$)', '(?:has|have) already (?:gone|left)',
  '(?:is|are|has been|have been|gone|went|goes|still|reported|currently|now) missing', 'missing (?:right now|now|tonight|today|from (?:the ward|school|home|care))', 'missing and', 'climbed out', 'sneak\\w* out', 'snuck out',
  '(?:has|have|did|had) not (?:come|came|gone) (?:home|back)', 'been missing', 'missing (?:again )?since', 'not been seen', 'not seen since', 'no contact (?:with|from|since)', 'not (?:come|came) (?:home|back)', '(?:has|have) not returned', 'not returned',
  'cannot find (?:her|him|them|a|my)', 'lost sight of', 'no one knows where', 'nobody knows where', 'do(?:es)? not know where (?:she|he|they|i) (?:is|are|am)',
  'refus\\w* to (?:come|go) (?:back|home)',
  '(?:is|are) not (?:at home|home|in (?:her|his|their) (?:room|bed))(?! (?:much|often|a lot|very|enough|until|till))', 'mispers?', 'run away', 'ran away', '(?:ran|has run|have run) off(?! with| (?:copies|a copy))', 'runaway', 'absent', 'absconded', 'disappeared', 'will not tell me where', 'whereabouts', 'phone (?:is|is switched) off', 'not answering',
];

// Issue 8, the eighth round (over-now-twins-dev.json): "my granddaughter 14 has been missing since last night, her friend says shes
// at a mans house … what else can i do" was read as past, beside "last week" and "when she did it before".
// "Has been missing" may be a pattern ("… a lot this term"), so it is not among them.
// Issue 8, the tenth round: "missing again since this morning", typed as a follow-up, met no cue: "again" tells a pattern and a
// child missing now, and "since" still names when it began.
export const MISSING_STILL_EN_GB = ['(?:is|are|still|currently) missing', 'missing (?:again )?since'];
