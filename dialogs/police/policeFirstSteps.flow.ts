import {
  POLICE_FIRST_STEPS_VERSION,
  policeFirstStepsContextSchema,
  policeFirstStepsEventSchema,
  policeFirstStepsMachine,
} from '../../machines/policeFirstSteps.machine';
import { cite } from '../citations';
import { defineFlow, type AnswerChoice } from '../flow';

const k = (key: string) => ({ key: `police:${key}` });
const yesNo = (type: string): AnswerChoice[] => [
  { label: { key: 'common:answer.yes' }, answer: { type, value: 'yes' } },
  { label: { key: 'common:answer.no' }, answer: { type, value: 'no' } },
];

/** Frontline officers: immediate risk and police protection first, then the Merlin PAC, the CRIS report and its flags. */
export const policeFirstStepsFlow = defineFlow({
  id: 'police.firstSteps',
  version: POLICE_FIRST_STEPS_VERSION,
  titleKey: 'police:title',
  machine: policeFirstStepsMachine,
  contextSchema: policeFirstStepsContextSchema,
  answerSchema: policeFirstStepsEventSchema,
  views: {
    askingImmediateRisk: () => ({
      tone: 'question',
      title: k('askingImmediateRisk.title'),
      lines: [k('askingImmediateRisk.body')],
      choices: yesNo('answer.immediateRisk'),
      citations: [cite('pathway.police.police-protection')],
    }),
    consideringPoliceProtection: () => ({
      tone: 'urgent',
      title: k('consideringPoliceProtection.title'),
      lines: [k('consideringPoliceProtection.body'), k('consideringPoliceProtection.then')],
      choices: [{ label: k('consideringPoliceProtection.continue'), answer: { type: 'protection.acknowledged' } }],
      citations: [cite('pathway.police.police-protection')],
    }),
    askingCrimeAlleged: () => ({
      tone: 'question',
      title: k('askingCrimeAlleged.title'),
      lines: [k('askingCrimeAlleged.body')],
      choices: yesNo('answer.crimeAlleged'),
      citations: [cite('pathway.d3.merlin-and-cris')],
    }),
    recordingCrime: () => ({
      tone: 'summary',
      title: k('recordingCrime.title'),
      lines: [],
      steps: [k('step.pac'), k('recordingCrime.report'), k('step.flags'), k('step.iat'), k('step.socialCare')],
      choices: [],
      citations: [cite('pathway.d3.merlin-and-cris'), cite('pathway.d5.flags')],
    }),
    recordingConcern: () => ({
      tone: 'summary',
      title: k('recordingConcern.title'),
      lines: [],
      steps: [k('step.pac'), k('recordingConcern.report'), k('step.flags'), k('step.iat'), k('step.socialCare')],
      choices: [],
      citations: [cite('pathway.d3.merlin-and-cris'), cite('pathway.d5.flags')],
    }),
  },
});
