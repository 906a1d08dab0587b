import { socialCareFirstStepsContextSchema, type SocialCareFirstStepsContext } from '../../machines/socialCareFirstSteps.machine';
import type { FlowStart, FormOffer, PersistedJourney } from '../flow';
import { socialCareRecord } from './maseInformationOffer';

/**
 * The notification of a looked-after child at risk placed out of borough, offered beside the MASE
 * form when the social care journey recorded such a child (section 7: the placing authority sends
 * it within 24 hours of the placement, or of the strategy meeting for a child who became at risk
 * after being placed). The journey's answer fills in which of the two it is, so the form asks the
 * date that its deadline runs from; everything else the journey recorded goes with it as its pre-fill record.
 */

const TRIGGER_OF_LOOKED_AFTER = { placedKnownAtRisk: 'atRiskWhenPlaced', atRiskAfterPlacement: 'atRiskAfterPlacement' } as const;

type OutOfBorough = keyof typeof TRIGGER_OF_LOOKED_AFTER;
const isOutOfBorough = (lookedAfter: SocialCareFirstStepsContext['lookedAfter']): lookedAfter is OutOfBorough =>
  lookedAfter === 'placedKnownAtRisk' || lookedAfter === 'atRiskAfterPlacement';

function placedOutOfBorough(journey: PersistedJourney): OutOfBorough | undefined {
  const context = socialCareFirstStepsContextSchema.safeParse(journey.context);
  return context.success && isOutOfBorough(context.data.lookedAfter) ? context.data.lookedAfter : undefined;
}

function outOfBoroughNotificationPrefill(journey: PersistedJourney): FlowStart {
  const context = socialCareFirstStepsContextSchema.safeParse(journey.context);
  if (!context.success || !isOutOfBorough(context.data.lookedAfter)) return {};
  return { answers: { trigger: TRIGGER_OF_LOOKED_AFTER[context.data.lookedAfter] }, prefill: socialCareRecord(context.data) };
}

export const outOfBoroughNotificationOffer: FormOffer = {
  formId: 'form.outOfBoroughNotification',
  label: { key: 'outOfBoroughNotification:offer' },
  fits: (journey) => placedOutOfBorough(journey) !== undefined,
  prefill: outOfBoroughNotificationPrefill,
};
