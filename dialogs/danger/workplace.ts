import { z } from 'zod';
import type { BusinessWorkplace } from '../../cards/view';
import { makesafeSectorSchema, type MakesafeSector } from '../../knowledge/makesafeSigns';
import { writerIntroduction } from '../writerRole';

/**
 * Where business staff work, as far as the conversation knows, so the 999 card tells only someone who may be
 * driving to pull over (the fifth exploratory test: it told hotel staff to). In order: the job the writer introduces
 * themselves with ("hotel recepshun here", "im a cab driver"); the business type the Makesafe journey or report
 * recorded; the words of the message ("in the back of my cab", "checking in"). A vehicle is looked for first in the
 * message's words, as the writer may be driving. Not known (or "somewhere else"), the card fits any of them.
 */

/** The journey running or last run, as stored: its flow and its context. */
export interface JourneyRecord {
  flowId: string;
  context: Record<string, unknown>;
}

const WORKPLACE_WORDS: ReadonlyArray<[BusinessWorkplace, RegExp]> = [
  ['vehicle', /\b(?:cab(?:b(?:ie|y))?s?|minicabs?|taxis?|ubers?|private hire|driv(?:e|es|er|ers|ing)|drove|in the back|passengers?|fares?|(?:my|the|his|a) car|vehicle)\b/i],
  ['hotel', /\b(?:hotels?|b&b|bnb|hostels?|airbnb|guests?|rooms?|check(?:ed|ing)?[ -]in|recep\w*|concierge|housekeep\w*|night manager|lobby)\b/i],
  [
    'premises',
    /\b(?:takeaways?|chicken shop|kebab shop|fast food|restaurants?|cafes?|pubs?|bar(?: ?staff| ?man| ?maid| ?tender| ?worker)?|nightclubs?|club|bouncers?|door ?(?:staff|man)|security|off[ -]licen[cs]e|offie|shops?|newsagents?|supermarkets?|shopping centre|petrol station|station|care home|children'?s home)\b/i,
  ],
];

/** The Makesafe business types, by where their staff work; "somewhere else" says nothing of it. */
const WORKPLACE_OF_SECTOR: Record<MakesafeSector, BusinessWorkplace | undefined> = {
  hotel: 'hotel',
  taxi: 'vehicle',
  fastFood: 'premises',
  licensedPremises: 'premises',
  careHome: 'premises',
  other: undefined,
};

const inWords = (text: string): BusinessWorkplace | undefined => WORKPLACE_WORDS.find(([, words]) => words.test(text))?.[0];

const recordSchema = z.record(z.string(), z.unknown());
/** A stored record's fields, or none when it is not one. */
export const recordOf = (value: unknown): Record<string, unknown> => recordSchema.safeParse(value).data ?? {};

/** The business type the Makesafe journey (its sector) or the Makesafe report (its premises type, else the sector it was filled in with) recorded. */
function recordedSector(journey: JourneyRecord): MakesafeSector | undefined {
  const { context } = journey;
  const candidates =
    journey.flowId === 'business.firstSteps' ? [context.sector] : journey.flowId === 'form.makesafeReport' ? [recordOf(context.answers).premisesType, recordOf(context.prefill).sector] : [];
  for (const candidate of candidates) {
    const parsed = makesafeSectorSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

export function workplaceOf({ text, journey }: { text?: string; journey?: JourneyRecord }): BusinessWorkplace | undefined {
  const introduction = text === undefined ? undefined : writerIntroduction(text)?.introduction;
  const introduced = introduction === undefined ? undefined : inWords(introduction);
  if (introduced !== undefined) return introduced;
  const sector = journey === undefined ? undefined : recordedSector(journey);
  const recorded = sector === undefined ? undefined : WORKPLACE_OF_SECTOR[sector];
  if (recorded !== undefined) return recorded;
  return text === undefined ? undefined : inWords(text);
}
