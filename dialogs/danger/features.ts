/**
 * What the danger classifier reads of a message: the rule detector's normalised text (spelling and
 * text-speak already mended) as word unigrams, word bigrams and character n-grams inside each word
 * (robust to the typos the speller leaves). Nothing the rules decide is a feature, not even which cue
 * classes fired: the cue lists were fitted to every development file, so such features look better in
 * cross-validation than they are, and a model that leans on them repeats the rules' blind spots
 * instead of covering them (docs/architecture.md, "The trained classifier").
 */

export const FEATURE_DESCRIPTION =
  'Over the danger detector\'s normalised text: "w:" word unigrams, "b:" word bigrams (and the last word before "$"), "c:" character 3- to 5-grams inside "<word>" (words of 3 letters or more); numbers other than 999, 101 and 112 read as "#", a child\'s or a relative\'s name for them as "<child>" or "<family>", the writer\'s job left out; each weighs 1/sqrt(the number of distinct features of the message).';

const CHAR_GRAMS = [3, 4, 5] as const;
// The alarm numbers keep their own feature; any other number is a count or a time.
const KEPT_NUMBERS: ReadonlySet<string> = new Set(['999', '101', '112']);

export interface FeatureSource {
  /** The normalised text: lower case, single spaces. */
  text: string;
}

/** A message's features with their values, in a fixed order (the order they are first met). */
export type Features = ReadonlyMap<string, number>;

/**
 * Who is writing and what the child is to them say nothing about whether she is in danger now, but in
 * the development files they follow each writer's habits ("worker", "my daughter", "pupil" leaned one
 * way or the other): a child or a relative is read as the kind of person it names, and the writer's
 * own job is no feature at all (read as a kind it still leaned towards danger).
 */
const PERSON_KINDS: ReadonlyMap<string, string> = new Map([
  ...['girl', 'boy', 'child', 'kid', 'kids', 'children', 'pupil', 'pupils', 'student', 'students', 'teen', 'teenager', 'patient', 'resident', 'yp', 'daughter', 'son', 'niece', 'nephew', 'sister', 'brother', 'granddaughter', 'grandson', 'stepdaughter', 'stepson'].map((w) => [w, '<child>'] as const),
  ...['mum', 'mother', 'dad', 'father', 'parent', 'parents', 'carer', 'carers', 'foster', 'nan', 'gran', 'grandma', 'aunt', 'auntie', 'uncle'].map((w) => [w, '<family>'] as const),
  ...['teacher', 'nurse', 'doctor', 'gp', 'worker', 'officer', 'pc', 'dsl', 'receptionist', 'driver', 'staff', 'manager', 'security', 'guard', 'social', 'cabbie', 'porter', 'cleaner', 'coach', 'librarian', 'lifeguard'].map((w) => [w, ''] as const),
]);

const tokenOf = (word: string): string => PERSON_KINDS.get(word) ?? (/^\d+$/.test(word) && !KEPT_NUMBERS.has(word) ? '#' : word);

export function featuresOf(source: FeatureSource): Features {
  const text = featureNamesOf(source);
  const features = new Map<string, number>();
  const weight = featureWeight(text.size);
  for (const feature of text) features.set(feature, weight);
  return features;
}

/** Every feature weighs the same: 1/sqrt(the number of distinct features of the message). */
export const featureWeight = (distinct: number): number => (distinct === 0 ? 0 : 1 / Math.sqrt(distinct));

/** A message's distinct features, in the order they are first met (featuresOf's order), without their values. */
export function featureNamesOf(source: FeatureSource): ReadonlySet<string> {
  const words = source.text.split(' ').map(tokenOf).filter((w) => w !== '');
  const text = new Set<string>();
  for (const word of words) text.add(`w:${word}`);
  for (let i = 0; i + 1 < words.length; i += 1) text.add(`b:${words[i]}_${words[i + 1]}`);
  if (words.length > 0) text.add(`b:${words.at(-1)}_$`);
  for (const word of words) {
    if (word.length < 3 || word.startsWith('<')) continue;
    const marked = `<${word}>`;
    for (const n of CHAR_GRAMS) for (let i = 0; i + n <= marked.length; i += 1) text.add(`c:${marked.slice(i, i + n)}`);
  }
  return text;
}
