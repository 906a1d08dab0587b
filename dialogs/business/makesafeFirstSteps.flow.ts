import {
  MAKESAFE_FIRST_STEPS_VERSION,
  makesafeFirstStepsContextSchema,
  makesafeFirstStepsEventSchema,
  makesafeFirstStepsMachine,
} from '../../machines/makesafeFirstSteps.machine';
import { withVersionRules } from '../carryOverRules';
import { cite } from '../citations';
import { type FlowDialog } from '../flow';
import { defineFlow } from '../defineFlow';
import { DETAILS_CARD_VERSION, carryOverMakesafeDraft } from './makesafeDraftCarryOver';
import { makesafeReportOffer } from './makesafeReportPrefill';
import { reportingStep, sectorStep, signsStep } from './makesafeViews';

const k = (key: string) => ({ key: `business:${key}` });

/**
 * Hotel, taxi, fast-food, licensed-premises and care-home staff: 999 now if the child is there or
 * in danger, then the sector's signs and who to call: 999, or 101 quoting Operation Makesafe. The
 * summary's one button opens the Makesafe report, which asks the details once and draws the
 * read-out for the call from them.
 */
const flow = defineFlow({
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
    reportingEmergency: (context) => reportingStep(context, true),
    reportingNonEmergency: (context) => reportingStep(context, false),
  },
});

/**
 * A journey stored before the details moved to the report opens where its answers now lead (makesafeDraftCarryOver.ts);
 * one stored by any other version is walked through the statechart as any journey is.
 */
export const makesafeFirstStepsFlow: FlowDialog = withVersionRules(flow, { [DETAILS_CARD_VERSION]: (stored, kept) => carryOverMakesafeDraft(flow, stored, kept?.pages) });
