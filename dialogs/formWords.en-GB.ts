/**
 * British English words for the forms, as people name them when they ask for one ("the rhi form", "start the return
 * home interview"): locale data, beside the code that reads it (dialogs/catalogue.content.ts gives each form its
 * words; dialogs/router.ts reads a start asked for by name). Patterns match the message as typed, any case.
 */

/** Each form's name in words, by form id. */
export const FORM_WORDS_EN_GB: Readonly<Record<string, RegExp>> = {
  'form.concernRecord': /\bconcern\b/i,
  'form.makesafeReport': /\bmake\s?safe\b/i,
  'form.outOfBoroughNotification': /\bout\s+of\s+borough\b|\boob\b|\bplaced\s+out\b/i,
  'form.returnHomeInterview': /\brhi\b|\breturn\s+home\b/i,
  'form.maseInformation': /\bmase\b|\bvolt\b/i,
  'form.policeClosingReport': /\bclosing\b/i,
};

/** A message that opens with a question word asks about a form ("what is the mase form"): never a request to start one. */
export const ASKS_ABOUT_FORM_EN_GB = /^(?:what|whats|how|who|when|where|why|which|is|are|does|do\s+i\s+need)\b/;

/** Verbs of filling in or starting a form, one list for both patterns below: "fill in", "start", "do", "submit". */
const FORM_VERB = String.raw`(?:fill\s+(?:in|out)|start|begin|do|complete|open|submit)`;

/**
 * A form asked for in words (the fifth exploratory test): "i want to fill in a concern form", "start the rhi
 * form", "can i do the makesafe report", "return home interview form please". A verb of filling in before a form, a
 * report or a record named with an article ("do i record it" is not one), or a form with "please".
 */
export const FORM_REQUEST_EN_GB = new RegExp(
  String.raw`(?:\b${FORM_VERB}\s+(?:(?:a|an|the|my|our|this|that)\s+)(?:[\w&'-]+\s+){0,4}(?:form|report|record)s?\b|\b(?:form|report|record)\s+(?:please|pls|plz)\b)`,
);

/**
 * A form started by its name alone, without the word "form" (the sixth exploratory test: "start the return home
 * interview" got the entry about it): a verb of starting, then a few words that name a form (FORM_WORDS_EN_GB), and
 * nothing asked. "start the return home interview" and "fill in the concern" are; "what is the return home interview" asks.
 */
export const FORM_START_EN_GB = new RegExp(
  String.raw`^(?:(?:i\s+(?:want|need|would\s+like)\s+to|let'?s|please|pls)\s+)?${FORM_VERB}\s+(?:(?:a|an|the|my|our|this|that|new)\s+)?((?:[\w&'-]+\s*){1,5})(?:\s+(?:please|pls|plz|now))?$`,
);

/**
 * Someone saying they want to report or record what they saw (issue 8: a business's "i want to report a makesafe
 * concern" got how to report and no way to the form): the form their role reports on is offered beside the answer.
 */
export const WANTS_TO_REPORT_EN_GB = /\b(?:i\s+(?:want|need|wanna|would\s+like|'d\s+like|have)\s+to|i\s+wanna|can\s+i|let\s+me)\s+(?:report|record|log)\s+(?:a|an|the|this|that|my|our|it|what)\b/i;
