import type { InputView, TextRef } from '../../cards/view';
import { allEntries } from '../../knowledge/entries';
import {
  MASE_PRECONDITIONS,
  SOCIAL_CARE_FIRST_STEPS_VERSION,
  socialCareFirstStepsContextSchema,
  socialCareFirstStepsEventSchema,
  socialCareFirstStepsMachine,
  type MasePrecondition,
} from '../../machines/socialCareFirstSteps.machine';
import { cite } from '../citations';
import { dangerCheckViews } from '../dangerCheck.views';
import { socialWorkerQuestion } from '../socialWorkerQuestion.view';
import { defineFlow, type AnswerChoice } from '../flow';
import { nextStepsView } from './nextSteps.views';
import { maseInformationOffer } from './maseInformationOffer';
import { outOfBoroughNotificationOffer } from './outOfBoroughNotificationOffer';

const k = (key: string): TextRef => ({ key: `socialCare:${key}` });

const yesNo = (type: string): AnswerChoice[] => [
  { label: { key: 'common:answer.yes' }, answer: { type, value: 'yes' } },
  { label: { key: 'common:answer.no' }, answer: { type, value: 'no' } },
];
const yesNoNotSure = (type: string): AnswerChoice[] => [...yesNo(type), { label: { key: 'common:answer.notSure' }, answer: { type, value: 'notSure' } }];

/** A choice input's label is reviewed knowledge text: each condition is labelled with the entry that explains it. */
const PRECONDITION_ENTRY: Record<MasePrecondition, string> = {
  cpProcedures: 'glossary.cp-procedures',
  strategyMeeting: 'meeting.strategy-discussion',
  crisNumber: 'glossary.cris',
};

function preconditionInput(precondition: MasePrecondition): InputView {
  const entry = allEntries.find((e) => e.id === PRECONDITION_ENTRY[precondition]);
  if (entry === undefined) throw new Error(`no knowledge entry for the MASE condition ${precondition}`);
  return {
    kind: 'choice',
    id: precondition,
    label: entry.title,
    choices: (['met', 'notMet', 'notKnown'] as const).map((value) => ({ label: k(`checkingMasePreconditions.${precondition}.${value}`), value })),
    // Never assumed met: an untouched condition is "I don't know", and the summary says to check it first.
    value: 'notKnown',
    errorKey: 'errors:socialCare.masePrecondition',
  };
}

/** Children's social care, the MASH and MASE: the referral desk, the strategy discussion, MASE and what follows (sections 6 and 7). */
export const socialCareFirstStepsFlow = defineFlow({
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
    checkingMasePreconditions: () => ({
      tone: 'question',
      title: k('checkingMasePreconditions.title'),
      lines: [k('checkingMasePreconditions.body'), k('checkingMasePreconditions.howTo')],
      inputs: MASE_PRECONDITIONS.map(preconditionInput),
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
