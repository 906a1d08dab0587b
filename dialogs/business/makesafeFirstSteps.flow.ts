import {
  MAKESAFE_FIRST_STEPS_VERSION,
  makesafeFirstStepsContextSchema,
  makesafeFirstStepsEventSchema,
  makesafeFirstStepsMachine,
} from '../../machines/makesafeFirstSteps.machine';
import { cite } from '../citations';
import { defineFlow } from '../flow';

const k = (key: string) => ({ key: `business:${key}` });

/** Hotel, taxi, fast-food, licensed-premises and care-home staff: 999 now, or 101 quoting Operation Makesafe. */
export const makesafeFirstStepsFlow = defineFlow({
  id: 'business.firstSteps',
  version: MAKESAFE_FIRST_STEPS_VERSION,
  titleKey: 'business:title',
  machine: makesafeFirstStepsMachine,
  contextSchema: makesafeFirstStepsContextSchema,
  answerSchema: makesafeFirstStepsEventSchema,
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
    callingEmergency: () => ({
      tone: 'urgent',
      title: k('callingEmergency.title'),
      lines: [k('callingEmergency.body')],
      steps: [k('step.tell'), k('step.doNotConfront'), k('step.keepEvidence'), k('step.keepRoom')],
      choices: [],
      citations: [cite('pathway.makesafe.report'), cite('pathway.makesafe.what-to-say')],
    }),
    reportingNonEmergency: () => ({
      tone: 'summary',
      title: k('reportingNonEmergency.title'),
      lines: [k('reportingNonEmergency.body')],
      steps: [k('step.haveReady'), k('reportingNonEmergency.ifDanger'), k('step.keepEvidence'), k('step.doNotConfront')],
      choices: [],
      citations: [cite('pathway.makesafe.report'), cite('pathway.makesafe.what-to-say')],
    }),
  },
});
