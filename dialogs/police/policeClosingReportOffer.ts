import { policeFirstStepsContextSchema } from '../../machines/policeFirstSteps.machine';
import type { FlowStart, FormOffer, PersistedJourney } from '../flow';
import { enteredFlags, flagCode } from './policeFlags.views';

/**
 * The police closing report offered on the officer's summary, for the end of the investigation:
 * the CRIS report it closes follows from whether a crime was alleged (Appendix E: a crime report,
 * or the non-crime 587/00 report). The flags the officer entered are carried as the pre-fill record.
 */

const REPORT_OF_CRIME_ALLEGED = { yes: 'crime', no: 'nonCrime587' } as const;

function policeClosingReportPrefill(journey: PersistedJourney): FlowStart {
  const context = policeFirstStepsContextSchema.safeParse(journey.context);
  if (!context.success) return {};
  const { crimeAlleged, lookedAfter, missing, trafficking } = context.data;
  const answers: Record<string, string> = crimeAlleged === undefined ? {} : { crisReportKind: REPORT_OF_CRIME_ALLEGED[crimeAlleged] };
  const prefill: Record<string, string | string[]> = { flags: enteredFlags(context.data).map(flagCode) };
  for (const [key, value] of Object.entries({ crimeAlleged, lookedAfter, missing, trafficking })) if (value !== undefined) prefill[key] = value;
  return { answers, prefill };
}

export const policeClosingReportOffer: FormOffer = { formId: 'form.policeClosingReport', label: { key: 'policeClosingReport:offer' }, prefill: policeClosingReportPrefill };
