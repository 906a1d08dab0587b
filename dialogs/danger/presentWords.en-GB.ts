/**
 * British English words that tell of now or about to, for a box of a record of the past (presentTense.ts; the cues' `present`,
 * shape in cueSet.schema.ts). "He is in his 40s" describes him; "he is in the lobby" places him now. Moved out of cues.en-GB.ts
 * to keep that file under 300 lines.
 */
export const PRESENT_EN_GB = [
  // "Now" that says where the child is safe ("she is now in a safe placement") tells the present of the telling, not of a danger.
  'now(?! (?:in (?:an? )?(?:safe|foster|stable|secure|new) \\w+|in (?:foster )?care|in custody|safe|settled|at home|home|back home))', 'right now', 'at the moment', 'currently', 'as we speak', 'this (?:minute|second|moment)', 'just', 'still', 'about to', 'soon', 'tonight', 'any (?:minute|moment|second)',
  'in (?:an?|half an|the next|\\d+|ten|five|twenty|thirty|a few|a couple of) ?(?:minutes|minute|mins|hours|hour|seconds)', '(?:\\d+|an?|ten|five|twenty|a few|a couple of) (?:minutes|mins|hours|hour) ago',
  'on (?:his|her|their|the|my) way', 'going to', '(?<!against (?:her|his|their|my|your|our) )will', '(?:is|are|am) (?:\\w+ )?\\w+ing', 'keeps? \\w+ing', '(?:is|are|am) (?:here|there|back(?! (?:in|at|to) (?:school|class|college|lessons|home)| home)|upstairs|downstairs|inside|outside)',
  // Where a child is safe today is the present of the telling, not of a danger (the eighth exploratory test: "She is back
  // in school today and seems fine" after a past account brought the card in the concern record).
  '(?:is|are|am) (?:in|at|with|on|by|near)(?! (?:his|her|their) (?:late |early |mid )?\\d)(?! (?:school|class|college|lessons|home)\\b)', '(?:is|are|has|have) (?:just )?(?:gone|left|taken|got|grabbed|pulled|pushed|locked|brought|driven|come)(?! (?:home|back home|to bed))',
  '(?:has|have) (?:got )?(?:an? )?(?:knife|gun|blade|machete|weapon)',
];
