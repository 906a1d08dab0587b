import {
  MAKESAFE_FIRST_STEPS_VERSION,
  makesafeFirstStepsContextSchema,
  makesafeFirstStepsEventSchema,
  makesafeFirstStepsMachine,
} from '../../machines/makesafeFirstSteps.machine';
import { cite } from '../citations';
import { defineFlow } from '../flow';
import { makesafeReportOffer } from './makesafeReportPrefill';
import { detailsStep, reportingStep, sectorStep, signsStep } from './makesafeViews';

const k = (key: string) => ({ key: `business:${key}` });

/**
 * Hotel, taxi, fast-food, licensed-premises and care-home staff: 999 now if the child is there or
 * in danger, then the sector's signs, the details and a read-out for the call: 999, or 101
 * quoting Operation Makesafe.
 */
export const makesafeFirstStepsFlow = defineFlow({
  id: 'business.firstSteps',
  version: MAKESAFE_FIRST_STEPS_VERSION,
  titleKey: 'business:title',
  machine: makesafeFirstStepsMachine,
  contextSchema: makesafeFirstStepsContextSchema,
  answerSchema: makesafeFirstStepsEventSchema,
  formOffers: [makesafeReportOffer],
  views: {
    askingChildPresent: () => ({
      tone: 'question',
      title: k('askingChildPresent.title'),
      lines: [k('askingChildPresent.body')],
      choices: [
        { label: { key: 'common:answer.yes' }, answer: { type: 'answer.childPresent', value: 'yes' }, style: 'destructive' },
        { label: { key: 'common:answer.notSure' }, answer: { type: 'answer.childPresent', value: 'notSure' } },
        { label: { key: 'common:answer.no' }, answer: { type: 'answer.childPresent', value: 'no' } },
      ],
      citations: [cite('pathway.makesafe.report')],
    }),
    callingEmergency: (context) => ({
      tone: 'urgent',
      title: k('callingEmergency.title'),
      // "Not sure" was answered as danger: say why 999 is still the right call.
      lines: [k(context.childPresent === 'notSure' ? 'callingEmergency.ifInDoubt' : 'callingEmergency.body')],
      steps: [k('step.tell'), k('step.doNotConfront'), k('step.keepRoom')],
      choices: [{ label: k('callingEmergency.continue'), answer: { type: 'danger.acknowledged' } }],
      citations: [cite('pathway.c2.immediate-danger'), cite('pathway.makesafe.report'), cite('pathway.makesafe.what-to-say')],
    }),
    askingSector: () => sectorStep(),
    recordingSigns: (context) => signsStep(context),
    recordingDetails: (context) => detailsStep(context),
    reportingEmergency: (context) => reportingStep(context, true),
    reportingNonEmergency: (context) => reportingStep(context, false),
  },
});
