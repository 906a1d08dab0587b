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
