import type { TextRef } from '../../cards/view';
import {
  SOCIAL_CARE_FIRST_STEPS_VERSION,
  socialCareFirstStepsContextSchema,
  socialCareFirstStepsEventSchema,
  socialCareFirstStepsMachine,
} from '../../machines/socialCareFirstSteps.machine';
import { cite } from '../citations';
import { dangerCheckViews } from '../dangerCheck.views';
import { socialWorkerQuestion } from '../socialWorkerQuestion.view';
import { type AnswerChoice, type FlowDialog } from '../flow';
import { defineFlow } from '../defineFlow';
import { questionSetInputs, withQuestionSets } from '../forms/questionSet';
import { masePreconditionQuestions } from './masePreconditions.questions';
import { nextStepsView } from './nextSteps.views';
import { maseInformationOffer } from './maseInformationOffer';
import { outOfBoroughNotificationOffer } from './outOfBoroughNotificationOffer';

const k = (key: string): TextRef => ({ key: `socialCare:${key}` });

const yesNo = (type: string): AnswerChoice[] => [
  { label: { key: 'common:answer.yes' }, answer: { type, value: 'yes' } },
  { label: { key: 'common:answer.no' }, answer: { type, value: 'no' } },
];
const yesNoNotSure = (type: string): AnswerChoice[] => [...yesNo(type), { label: { key: 'common:answer.notSure' }, answer: { type, value: 'notSure' } }];

/** Children's social care, the MASH and MASE: the referral desk, the strategy discussion, MASE and what follows (sections 6 and 7). */
const flow = defineFlow({
  id: 'socialCare.firstSteps',
  version: SOCIAL_CARE_FIRST_STEPS_VERSION,
  titleKey: 'socialCare:title',
  machine: socialCareFirstStepsMachine,
  contextSchema: socialCareFirstStepsContextSchema,
  answerSchema: socialCareFirstStepsEventSchema,
  formOffers: [maseInformationOffer, outOfBoroughNotificationOffer],
  views: {
    ...dangerCheckViews({ question: 'referral:askingDanger', then: 'socialCare:callingEmergency.then', carryOn: 'socialCare:callingEmergency.continue' }),
    askingSocialWorker: () => socialWorkerQuestion([cite('pathway.c4.allocated-social-worker'), cite('pathway.c4.mash-referral')]),
    askingSignificantHarm: () => ({
      tone: 'question',
      title: k('askingSignificantHarm.title'),
      lines: [k('askingSignificantHarm.body')],
      choices: yesNoNotSure('answer.significantHarm'),
      citations: [cite('pathway.social-care.strategy-discussion')],
    }),
    askingCseSuspected: () => ({
      tone: 'question',
      title: k('askingCseSuspected.title'),
      lines: [k('askingCseSuspected.body')],
      choices: yesNo('answer.cseSuspected'),
      citations: [cite('pathway.social-care.strategy-required-cse')],
    }),
    askingOrganisedAbuse: () => ({
      tone: 'question',
      title: k('askingOrganisedAbuse.title'),
      lines: [k('askingOrganisedAbuse.body')],
      choices: yesNo('answer.organisedAbuse'),
      citations: [cite('pathway.social-care.organised-complex-abuse')],
    }),
    checkingMasePreconditions: (context) => ({
      tone: 'question',
      title: k('checkingMasePreconditions.title'),
      lines: [k('checkingMasePreconditions.body'), k('checkingMasePreconditions.howTo')],
      // Never assumed met: an untouched condition is "I don't know", and the summary says to check it first.
      inputs: questionSetInputs(masePreconditionQuestions, context.masePreconditions ?? { cpProcedures: 'notKnown', strategyMeeting: 'notKnown', crisNumber: 'notKnown' }),
      choices: [
        { label: k('checkingMasePreconditions.continue'), answer: { type: 'answer.masePreconditions' }, style: 'positive' },
        { label: k('checkingMasePreconditions.notNow'), answer: { type: 'mase.notNow' } },
      ],
      citations: [cite('pathway.social-care.mase-preconditions')],
    }),
    askingLookedAfter: () => ({
      tone: 'question',
      title: k('askingLookedAfter.title'),
      lines: [k('askingLookedAfter.body')],
      choices: (['no', 'inBorough', 'placedKnownAtRisk', 'atRiskAfterPlacement'] as const).map((value) => ({
        label: k(`askingLookedAfter.${value}`),
        answer: { type: 'answer.lookedAfter', value },
      })),
      citations: [cite('pathway.social-care.lac-out-of-borough'), cite('pathway.social-care.strategy-discussion')],
    }),
    askingMissing: () => ({
      tone: 'question',
      title: k('askingMissing.title'),
      lines: [k('askingMissing.body')],
      choices: yesNo('answer.missing'),
      citations: [cite('pathway.missing.report-to-police')],
    }),
    askingSeventeenOrOver: () => ({
      tone: 'question',
      title: k('askingSeventeenOrOver.title'),
      lines: [k('askingSeventeenOrOver.body')],
      choices: yesNo('answer.seventeenOrOver'),
      citations: [cite('pathway.social-care.transition-to-adulthood'), cite('pathway.social-care.transition-from-17')],
    }),
    askingTrafficking: () => ({
      tone: 'question',
      title: k('askingTrafficking.title'),
      lines: [k('askingTrafficking.body')],
      choices: yesNoNotSure('answer.trafficking'),
      citations: [cite('pathway.trafficking.movement-and-exploitation'), cite('pathway.social-care.mase-trafficking')],
    }),
    planningNextSteps: nextStepsView,
  },
});

/** The MASE conditions are asked with the form vocabulary: what their card may post, and the messages, are a form page's. */
export const socialCareFirstStepsFlow: FlowDialog = withQuestionSets(flow, { 'answer.masePreconditions': masePreconditionQuestions });
