import { MASE_PRECONDITIONS, socialCareFirstStepsContextSchema, type SocialCareFirstStepsContext } from '../../machines/socialCareFirstSteps.machine';
import type { FlowStart, FormOffer, PersistedJourney } from '../flow';

/**
 * The MASE information form offered on the social care journey's summary. Nothing the journey asks
 * is a field of Appendix F (its answers are about the route, not the child), so no answer is filled
 * in: what the journey recorded is carried with the form as its pre-fill record, as chosen, never scored.
 */

/** Every answer the social care journey recorded, as the pre-fill record a form is stored with. */
export function socialCareRecord(context: SocialCareFirstStepsContext): Record<string, string> {
  const { masePreconditions, ...answers } = context;
  const prefill: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) if (typeof value === 'string') prefill[key] = value;
  if (masePreconditions !== undefined) for (const condition of MASE_PRECONDITIONS) prefill[condition] = masePreconditions[condition];
  return prefill;
}

function maseInformationPrefill(journey: PersistedJourney): FlowStart {
  const context = socialCareFirstStepsContextSchema.safeParse(journey.context);
  return context.success ? { prefill: socialCareRecord(context.data) } : {};
}

export const maseInformationOffer: FormOffer = { formId: 'form.maseInformation', label: { key: 'maseInformation:offer' }, prefill: maseInformationPrefill };
