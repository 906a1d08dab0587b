/**
 * Words a form's reminders look for in what was typed (a `mentions` condition), in en-GB. Each is a pattern matched as
 * whole words, in any case.
 */

/** A sexual assault told in the harm recorded: "sexually assaulted", "raped", "made to have sex". */
export const SEXUAL_ASSAULT_WORDS_EN_GB = [
  'sexual(?:ly)? (?:assault|abus)\\w*',
  'rap(?:e|ed|ing)',
  '(?:forced|made|pressured|pressurised|coerced) (?:\\w+ ){0,2}?(?:to have|into having|into) (?:sex|oral sex|sexual \\w+)',
  'had sex',
  'sex with',
  'touched (?:\\w+ ){0,2}?(?:sexually|inappropriately|intimately)',
] as const;

/** Alcohol or drugs given to the child by someone: "they gave me vodka", "given drugs", "got her drunk". Not the child's own use. */
export const GIVEN_ALCOHOL_OR_DRUGS_WORDS_EN_GB = [
  '(?:gave|give|giving|given|offered|bought|plied) (?:\\w+ ){0,3}?(?:alcohol|drinks?|vodka|wine|beer|cider|spirits|drugs|weed|cannabis|pills|cocaine|coke|ket|ketamine|MDMA|spice)',
  'got (?:me|her|him|them) (?:drunk|high|stoned)',
] as const;

/** The child made to stay where they were: "I had to stay", "would not let her leave", "kept him there", "locked in". */
export const MADE_TO_STAY_WORDS_EN_GB = [
  '(?:had|made|forced) (?:\\w+ )?to stay',
  '(?:would|did|could)(?:n[\'’]t| not) let (?:me|her|him|them|us) (?:\\w+ ){0,1}?(?:leave|go)',
  'kept (?:me|her|him|them|us) (?:there|in|inside|locked)',
  'locked (?:me|her|him|them|us )?(?:in|up)',
  'locked in',
  'could(?:n[\'’]t| not) (?:leave|get away|go home)',
] as const;
