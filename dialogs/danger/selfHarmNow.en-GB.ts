/**
 * British English words for injuries a child has now and for a child's own words, said now, that she wants to die (issue 8, the
 * eleventh round: "she is safe at home with mum now, she has cuts on her arms" got no 999 card; the protocol lists self-harm among
 * the signs of CSE). Read by detector.ts; shape in cueSet.schema.ts. Kept out of the cue lists on purpose: those feed the spelling
 * vocabulary (normalise.ts), and a new word there would change the normalised text, and with it the classifier's features, of
 * messages it was never trained or measured on ("scratched" read as "scratches").
 */

const BODY = '(?:arms?|wrists?|hands?|legs?|thighs?|stomach|tummy|neck|face|back|body|skin|chest)';
const INJURY = '(?:cuts|burns|marks|scratches|wounds|gashes|slashes|bite marks)';

/** Injuries she has now, told in the present: a harm, whatever claim of safety is beside it. "Had cuts" and "old scars" are the past. */
export const INJURIES_NOW_EN_GB = [
  // "she has cuts on her arms", "came in with burns on her hands", "has got fresh marks on her wrists"
  `(?:has|have|has got|have got|got|with) (?:\\w+ ){0,2}?${INJURY} (?:\\w+ ){0,2}?(?:on|all over|up|down|across) (?:her|his|their|both|my) (?:\\w+ )?${BODY}`,
  // "her arms are all cut", "his wrists are bleeding"
  `(?:her|his|their|my) ${BODY} (?:is|are) (?:all |badly |really |still )?(?:cut|cut up|burnt|burned|bleeding|marked|slashed)`,
];

/**
 * A child's own words that she wants to die or to end her life, told in the present or as about to ("says she wants to die", "is
 * going to kill herself"): danger to her life named outright, so the classifier may not take the alarm away, whatever past or
 * history of self-harm is told beside it. "Wanted to die" and "would kill herself" are not matched: they tell of then.
 */
export const SELF_HARM_INTENT_NOW_EN_GB = [
  '(?:wants?|want) to (?:die|be dead|kill (?:herself|himself|themselves|myself)|end (?:it|it all|her life|his life|their lives|my life))',
  '(?:is|are|am) going to (?:kill (?:herself|himself|themselves|myself)|end (?:it|it all|her life|his life|their lives|my life)|jump)',
  'will (?:kill (?:herself|himself|themselves|myself)|end (?:it all|her life|his life|their lives|my life))',
];

/**
 * A child who cannot be woken, is not breathing or is unresponsive (matched against the `intoxication` cues found): a medical
 * emergency now that no word of home or safety answers (issue 8, the eleventh round: "shes asleep at home now but i think she was
 * spiked, she cant wake up properly" was answered by "at home now"), or passing out now. Drunk, sick or unable to stand is still
 * answered by home or safe, and so is "passed out", told of then.
 */
export const EMERGENCY_NOW_EN_GB = ['cannot (?:wake|breathe)', 'cant wake', 'not waking', 'not breathing', 'unconscious', 'semi conscious', 'unresponsive', '(?:barely|not|hardly) (?:responsive|responding|conscious|breathing)', 'floppy', 'passing out', 'passes out', 'collapsing'];

/** A harm told in the present simple ("he hits her"): a habit going on, as "he is hurting her" is happening (issue 8, the eleventh round). */
export const HARM_AS_HABIT_EN_GB = {
  verbs: '(?:hits|beats|hurts|rapes|touches|slaps|punches|kicks|chokes|strangles|attacks|molests|smacks|batters|films|records|photographs|sells|pimps)',
  object: '(?:her|him|them|me)',
  // Not a habit told: "if he hits her", "he never hits her", "it hurts her to talk about it".
  notBefore: '\\b(?:if|when|whenever|whether|never|not|it|that|this|which)(?: \\w+)? $',
};
