/**
 * Words a box of a record of the past is read by beside the cue file's `present` list (presentTense.ts), in en-GB.
 * Patterns are matched on the detector's normalised text (lower case, punctuation gone, "mins" as "minutes").
 */
export const RECORD_BOX_WORDS_EN_GB = {
  /**
   * A box that opens with a graded risk ("Medium, …", "High risk - …") is an assessment: a police closing report's
   * "The current risk for the victim" (issue 8: "Medium, still in contact with older males online" brought the 999 card).
   */
  riskGrade: '^(?:(?:very )?(?:low|medium|high)|moderate|significant|standard|severe)(?: risk)?\\b',
  /** In a graded box, contact that goes on ("still in contact", "still talking to") is what the grade weighs, not a danger now. */
  ongoingContact:
    '(?:(?:she|he|they|the victim|victim|the child|child) (?:is|are) )?(?:still|currently|remains?|continues? to be) (?:in (?:contact|touch)|talking|messaging|chatting|speaking)(?: (?:to|with))?',
  /** A child missing and not found yet is missing now ("missing since last night and not found"); "not found until Sunday" is over. */
  stillMissing: 'missing\\b(?: \\w+){0,8}? (?:not|never) (?:yet )?(?:been )?(?:found|located|traced)\\b(?! (?:until|till|til|by))',
} as const;

export type RecordBoxWords = { readonly [K in keyof typeof RECORD_BOX_WORDS_EN_GB]: string };
