import { MAKESAFE_SECTORS, signsOfSector, type MakesafeSector } from '../../knowledge/makesafeSigns';
import { makesafeFirstStepsContextSchema } from '../../machines/makesafeFirstSteps.machine';
import type { FlowStart, FormOffer, PersistedJourney } from '../flow';
import { signOptionValue } from '../forms/options/makesafeReport.options';

/**
 * The Operation Makesafe report offered on the Makesafe journey's last card (who to call), filled in
 * with what the journey recorded: the type of business, whether the child is there or in danger (the
 * answer that chose 999 or 101) and the signs ticked as seen or not sure. The report then asks the
 * details once and draws the read-out for the call from them. A draft saved when the journey still
 * had a details card brings what was typed there, each in the report's own question. Nothing is
 * scored; the worker checks and changes all of it.
 */

const capitalised = (sector: MakesafeSector) => `${sector.charAt(0).toUpperCase()}${sector.slice(1)}`;

export function makesafeReportPrefill(journey: PersistedJourney): FlowStart {
  const parsed = makesafeFirstStepsContextSchema.safeParse(journey.context);
  if (!parsed.success) return {};
  const { childPresent, sector, signs, earlierDetails } = parsed.data;
  const details = earlierDetails ?? {};
  const answers: Record<string, unknown> = {};
  if (sector !== undefined && MAKESAFE_SECTORS.includes(sector)) {
    answers.premisesType = sector;
    const ticked = (answer: 'seen' | 'notSure') => signsOfSector(sector).filter((sign) => signs[sign.id] === answer).map((sign) => signOptionValue(sign.id));
    for (const answer of ['seen', 'notSure'] as const) {
      const values = ticked(answer);
      if (values.length > 0) answers[`signs${answer === 'seen' ? 'Seen' : 'NotSure'}${capitalised(sector)}`] = values;
    }
    if (details.where !== undefined) answers[sector === 'taxi' ? 'destination' : 'whereOnPremises'] = details.where;
  }
  if (childPresent !== undefined) answers.childPresent = childPresent;
  // The old details card asked "who" in one box, for the child and the adults together: it is kept with what was seen, for the worker to place.
  const seen = [details.seenOrHeard, details.who === undefined ? undefined : `Who: ${details.who}`].filter((text) => text !== undefined);
  if (seen.length > 0) answers.seenOrHeard = seen.join('\n');
  if (details.when !== undefined) answers.otherTimes = details.when;
  if (details.vehicles !== undefined) answers.vehicles = [{ vehicleDescription: details.vehicles }];
  if (details.payment !== undefined) answers.paymentDetails = details.payment;
  if (details.bookingName !== undefined) answers.bookingName = details.bookingName;
  const prefill: Record<string, string | string[]> = { signs: Object.keys(signs).sort() };
  if (sector !== undefined) prefill.sector = sector;
  if (childPresent !== undefined) prefill.childPresent = childPresent;
  return { answers, prefill };
}

export const makesafeReportOffer: FormOffer = { formId: 'form.makesafeReport', label: { key: 'business:offerReport' }, prefill: makesafeReportPrefill };
