import type { TextRef } from '../../cards/view';
import {
  POLICE_FIRST_STEPS_VERSION,
  policeFirstStepsContextSchema,
  policeFirstStepsEventSchema,
  policeFirstStepsMachine,
} from '../../machines/policeFirstSteps.machine';
import { withVersionRules } from '../carryOverRules';
import { cite } from '../citations';
import { type AnswerChoice, type FlowDialog } from '../flow';
import { defineFlow } from '../defineFlow';
import { withQuestionSets } from '../forms/questionSet';
import { policeFlagQuestions, policeRationaleQuestions, policeSignQuestions } from './policeFlags.questions';
import { flagsStep, rationaleStep, signsStep } from './policeFlags.views';
import { ONE_FLAGS_CARD_VERSION, carryOverPoliceDraft } from './policeDraftCarryOver';
import { planningInvestigationStep, summaryStep } from './policeSummary.views';
import { policeClosingReportOffer } from './policeClosingReportOffer';

const k = (key: string): TextRef => ({ key: `police:${key}` });
const yesNo = (type: string): AnswerChoice[] => [
  { label: { key: 'common:answer.yes' }, answer: { type, value: 'yes' } },
  { label: { key: 'common:answer.no' }, answer: { type, value: 'no' } },
];

/**
 * Frontline officers: immediate risk and police protection first; the Merlin PAC and the CRIS
 * report with the flags the officer selects and their rationale; the three answers that change
 * what follows; Appendix J; then what to do now, in order, with its deadlines.
 */
const flow = defineFlow({
  id: 'police.firstSteps',
  version: POLICE_FIRST_STEPS_VERSION,
  titleKey: 'police:title',
  machine: policeFirstStepsMachine,
  contextSchema: policeFirstStepsContextSchema,
  answerSchema: policeFirstStepsEventSchema,
  formOffers: [policeClosingReportOffer],
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
      lines: [k('consideringPoliceProtection.body'), k('consideringPoliceProtection.limits'), k('consideringPoliceProtection.then')],
      choices: [{ label: k('consideringPoliceProtection.continue'), answer: { type: 'protection.acknowledged' } }],
      citations: [cite('pathway.police.police-protection'), cite('pathway.police.police-protection-limits')],
    }),
    askingCrimeAlleged: () => ({
      tone: 'question',
      title: k('askingCrimeAlleged.title'),
      lines: [k('askingCrimeAlleged.body')],
      choices: yesNo('answer.crimeAlleged'),
      citations: [cite('pathway.d3.merlin-and-cris')],
    }),
    recordingSigns: (context) => signsStep(context),
    recordingRationale: (context) => rationaleStep(context),
    selectingFlags: (context) => flagsStep(context),
    askingLookedAfter: () => ({
      tone: 'question',
      title: k('askingLookedAfter.title'),
      lines: [k('askingLookedAfter.body')],
      choices: [...yesNo('answer.lookedAfter'), { label: { key: 'common:answer.dontKnow' }, answer: { type: 'answer.lookedAfter', value: 'notKnown' } }],
      citations: [cite('pathway.police.ownership-looked-after'), cite('pathway.police.looked-after-out-of-borough')],
    }),
    askingMissing: () => ({
      tone: 'question',
      title: k('askingMissing.title'),
      lines: [k('askingMissing.body')],
      choices: yesNo('answer.missing'),
      citations: [cite('pathway.police.missing-trigger-plan')],
    }),
    askingTrafficking: () => ({
      tone: 'question',
      title: k('askingTrafficking.title'),
      lines: [k('askingTrafficking.body')],
      choices: yesNo('answer.trafficking'),
      citations: [cite('pathway.trafficking.movement-and-exploitation'), cite('pathway.trafficking.nrm-referral')],
    }),
    planningInvestigation: () => planningInvestigationStep(),
    summarisingActions: (context) => summaryStep(context),
  },
});

/** The recording cards are asked with the form vocabulary: what they may post, and the messages, are a form page's. */
const asked = withQuestionSets(flow, { 'answer.signs': policeSignQuestions, 'answer.rationale': policeRationaleQuestions, 'answer.flags': policeFlagQuestions });

/**
 * A journey stored with the one flags card of version 3 opens at the first of the three, with everything it
 * held (policeDraftCarryOver.ts); one stored by any other version is walked through the statechart as any journey is.
 */
export const policeFirstStepsFlow: FlowDialog = withVersionRules(asked, { [ONE_FLAGS_CARD_VERSION]: (stored, kept) => carryOverPoliceDraft(flow, stored, kept) });
