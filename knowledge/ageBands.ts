/** The protocol's age bands; an age in a question stands for one band, one concept. */
export const AGE_BANDS: Readonly<Record<string, string[]>> = {
  ageunder13: ['under', '13'],
  ageunder16: ['under', '16'],
  age16to17: ['16', '17'],
  ageadult: ['adult'],
};
const ageBand = (age: number): string =>
  age < 13 ? ' ageunder13 ' : age < 16 ? ' ageunder16 ' : age < 18 ? ' age16to17 ' : ' ageadult ';

/** The protocol's own ways of naming a band ("under 16", "under the age of 13", "16 and 17-year-olds"), as the band's term. */
const BAND_NAMES: [RegExp, string][] = [
  [/\bunder(?:\s+the\s+age\s+of)?\s+13\b/gi, 'ageunder13'],
  [/\bunder(?:\s+the\s+age\s+of)?\s+16\b/gi, 'ageunder16'],
  [/\b16[- ]?(?:and|or|to|-)\s*17\b|\b1[67][- ]year[- ]olds?\b/gi, 'age16to17'],
];

/** An entry's text with the age bands it names added as terms, so an age in a question meets the entries about its band. */
export const withAgeBandTerms = (text: string): string =>
  [text, ...BAND_NAMES.flatMap(([pattern, band]) => (text.match(pattern) ?? []).map(() => band))].join(' ');

/**
 * Ages ("a 15 yr old", "14yo", "aged 12", "she's 14") become an age band; questions
 * about age ("how old", "what age", "old enough") ask about "age"; school years ("yr 9") carry no topic.
 */
export const ageBands = (text: string): string => withAgeGap(text, bandsOnly(text));

/** A child's age and an adult's in one question ("she's 14, her boyfriend is 19") describe an age gap: an older person. */
const ADULT_AGE = /\b(?:boyfriend|girlfriend|bf|gf|partner|man|guy|he|adult)\s*['’]?\s*(?:is|s|was|aged)\s+(?:about\s+|around\s+)?(1[89]|[2-9]\d)\b/i;
const withAgeGap = (typed: string, banded: string): string => (/ageunder1[36]|age16to17/.test(banded) && ADULT_AGE.test(typed) ? `${banded} older` : banded);

const bandsOnly = (text: string): string =>
  text
    .replace(/\b(?:aged\s+)?(\d{1,2})\s*-?\s*(?:y\/?o|(?:yrs?|years?)\s*-?\s*olds?)\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\baged\s+(\d{1,2})\b/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\b(?:she|he)\s*['’]?\s*(?:is|s|was)(?:\s+only|\s+just)?\s+(1[0-7]|[1-9])\b(?!\s*(?:am|pm|days?|hours?|weeks?|months?|times?|%))/gi, (_m, n: string) => ageBand(Number(n)))
    .replace(/\b(?:how old|what age|old enough|too old|too young|age limit)\b/gi, ' age ')
    .replace(/\b(?:yr|year|y)\s*(\d{1,2})\b/gi, ' ');
