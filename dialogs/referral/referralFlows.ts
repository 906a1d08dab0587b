import {
  REFERRAL_FIRST_STEPS_VERSION,
  referralFirstStepsContextSchema,
  referralFirstStepsEventSchema,
  referralFirstStepsMachine,
} from '../../machines/referralFirstSteps.machine';
import { defineFlow } from '../defineFlow';
import { concernRecordOffer } from './concernRecordPrefill';
import { referralViews } from './referralViews';

const common = {
  version: REFERRAL_FIRST_STEPS_VERSION,
  machine: referralFirstStepsMachine,
  contextSchema: referralFirstStepsContextSchema,
  answerSchema: referralFirstStepsEventSchema,
};

/** School staff and DSLs: immediate danger first, then who to tell now. */
export const schoolFirstStepsFlow = defineFlow({
  ...common,
  id: 'school.firstSteps',
  titleKey: 'school:title',
  input: { asksImagery: true },
  views: referralViews('school'),
  formOffers: [concernRecordOffer],
});

/** Health staff and their safeguarding leads: the same pathway, health's words. */
export const healthFirstStepsFlow = defineFlow({
  ...common,
  id: 'health.firstSteps',
  titleKey: 'health:title',
  input: { asksImagery: false, checklist: 'health' },
  views: referralViews('health'),
  formOffers: [concernRecordOffer],
});
