import type { KnowledgeEntry } from './entry.schema';
import { withoutDenials } from './roleWords';
import { spellOut } from './spellings';

/**
 * "shes 16 so its legal right?", "17 and she consents": a 16 or 17-year-old's consent asked about as making it lawful or
 * all right. Section 8 answers it first, whatever else the message holds (issue 8: a nurse got the referral route, with
 * this point only a link): being 16 or 17 "should not be taken to mean that they are no longer at risk of sexual
 * exploitation". Consent to a referral or to sharing information is another question (route.consent-to-refer), and so
 * are a child under 16 told beside the 16 or 17-year-old ("12 yr old … with a 17 yr old": Section 10's offences), someone in
 * a position of trust ("PE teacher seeing a 17yo": an offence whatever her consent) and sex paid for (ss47 to 50).
 */
export const CONSENT_AGE_ENTRY = 'section.8.capacity-to-consent';

/** Sixteen or seventeen, as typed: "16", "16yo", "17 yr old", "sixteen". */
const SIXTEEN_OR_SEVENTEEN = /(?<![\d£$.:/])(?:1[67]|sixteen|seventeen)(?![\d:%])/i;

/** Consent or lawfulness as the writer types it ("she consents", "its legal", "is it allowed"); not consent to a referral or to sharing. */
const CONSENT_OR_LAWFUL =
  /\b(?:consen(?:ts?|ted|ting|sual)|legal|illegal|lawful|allowed|age\s+of\s+consent)\b(?!\s+to\s+(?:refer|referral|a\s+referral|being\s+referred|share|sharing|information|treatment|a\s+cawn|the\s+plan))/i;

/** A child under 16 told: "12 yr old", "14yo", "under 13", "fifteen". */
const UNDER_SIXTEEN = /(?<![\d£$.:/])(?:[1-9]|1[0-5])\s*(?:yo|y\/o|yrs?|years?)\b|\bunder\s*1[36]\b|\b(?:twelve|thirteen|fourteen|fifteen)\b/i;

/** An adult in a position of trust, or sex paid for: another offence answers first. */
const TRUST_OR_PAYMENT = /\b(?:teach(?:er|ers|ing)|staff|coach|tutor|carers?|youth\s+worker|position\s+of\s+trust|pay(?:s|ing)?|paid|pimp\w*|sell(?:s|ing)?|sold)\b/i;

/** Whether a message asks whether a 16 or 17-year-old's consent makes it lawful or all right. */
export const asksAboutConsentAtSixteen = (text: string): boolean => {
  const spelt = spellOut(text);
  return SIXTEEN_OR_SEVENTEEN.test(spelt) && CONSENT_OR_LAWFUL.test(spelt) && !UNDER_SIXTEEN.test(spelt) && !TRUST_OR_PAYMENT.test(spelt);
};

/**
 * A child under 16 told with an adult partner's age ("a 14 yr old … asking for the morning after pill, her bf is 22"):
 * Section 10's age and consent answers first (sexual activity with a child under 16 is an offence; such a relationship is
 * a concern to refer), the search's hits after it. Asked of the offence or of confidentiality, those entries answer; an
 * adult in a position of trust or sex paid for is another offence. A job the writer denies ("not a teacher") is no adult's.
 */
export const AGE_AND_CONSENT_ENTRY = 'section.10.age-and-consent';

const ADULT_PARTNER =
  /\b(?:boyfriend|girlfriend|partner|bf|gf)\s*['’]?\s*(?:is|s|was|aged)\s+(?:about\s+|around\s+|like\s+)?(?:1[89]|[2-9]\d)\b|\b(?:1[89]|[2-9]\d)\s*(?:yo|y\/o|yrs?|years?)(?:[\s-]*old)?\s+(?:boyfriend|girlfriend|partner|bf|gf)\b/i;

/** Asked of the offence itself, or of keeping it confidential: another entry answers that. */
const ASKS_OFFENCE_OR_CONFIDENCE = /\b(?:crime|criminal|offen[cs]es?|illegal|legal|lawful|confidential\w*|confidence)\b/i;

/** Whether a message tells of a child under 16 with an adult partner, and asks nothing another entry answers. */
export const tellsUnderSixteenWithAdultPartner = (text: string): boolean => {
  const spelt = withoutDenials(spellOut(text));
  return UNDER_SIXTEEN.test(spelt) && ADULT_PARTNER.test(spelt) && !ASKS_OFFENCE_OR_CONFIDENCE.test(spelt) && !TRUST_OR_PAYMENT.test(spelt);
};

/** Section 8's point first, then the asker's route when what to do is asked too (shown on its own card), then the search's other hits. */
export function ledByConsentAge(
  consentAge: KnowledgeEntry,
  route: KnowledgeEntry | undefined,
  hits: readonly { entry: KnowledgeEntry; score: number }[],
): { hits: { entry: KnowledgeEntry; score: number }[]; route?: KnowledgeEntry } {
  const lead = route === undefined ? [consentAge] : [consentAge, route];
  const score = hits[0]?.score ?? 0;
  const rest = hits.filter((h) => !lead.some((e) => e.id === h.entry.id));
  return { hits: [...lead.map((entry) => ({ entry, score })), ...rest].slice(0, 10), ...(route === undefined ? {} : { route }) };
}
