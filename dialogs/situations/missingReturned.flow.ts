import {
  MISSING_RETURNED_VERSION,
  missingReturnedContextSchema,
  missingReturnedEventSchema,
  missingReturnedMachine,
  type MissingReturnedContext,
} from '../../machines/missingReturned.machine';
import type { TextRef } from '../../cards/view';
import { cite } from '../citations';
import { localContacts } from '../contacts';
import { defineFlow } from '../defineFlow';
import { dangerAlert, dangerCheckViews } from '../dangerCheck.views';
import { returnHomeInterviewOffer } from './returnHomeInterviewPrefill';

const k = (key: string): TextRef => ({ key: `missingReturned:${key}` });

const RESPONSIBLE: Record<NonNullable<MissingReturnedContext['livingSituation']>, string> = {
  lookedAfter: 'responsibleLookedAfter',
  atHome: 'responsibleAtHome',
  notKnown: 'responsibleNotKnown',
};

/** The numbered steps of the summary: who does the prevention interview, then the return home interview and what follows it. */
function returnInterviewSteps(context: MissingReturnedContext): TextRef[] {
  const s = (key: string) => k(`arrangingReturnInterview.${key}`);
  return [
    s(context.preventionInterview === 'done' ? 'preventionDone' : 'preventionToDo'),
    s('within72'),
    s(RESPONSIBLE[context.livingSituation ?? 'notKnown']),
    s('whoConducts'),
    s('interviewMust'),
    s('informationBack'),
    s('cseRisk'),
  ];
}

/** A missing child has come back: 999 if needed, then the police prevention interview and the independent return home interview within 72 hours. */
export const missingReturnedFlow = defineFlow({
  id: 'situations.missingReturned',
  version: MISSING_RETURNED_VERSION,
  titleKey: 'missingReturned:title',
  machine: missingReturnedMachine,
  contextSchema: missingReturnedContextSchema,
  answerSchema: missingReturnedEventSchema,
  formOffers: [returnHomeInterviewOffer],
  views: {
    ...dangerCheckViews({ question: 'missingReturned:askingDanger', then: 'missingReturned:callingEmergency.then', carryOn: 'missingReturned:callingEmergency.continue' }),
    askingLivingSituation: () => ({
      tone: 'question',
      title: k('askingLivingSituation.title'),
      lines: [k('askingLivingSituation.body')],
      choices: [
        { label: k('askingLivingSituation.lookedAfter'), answer: { type: 'answer.livingSituation', value: 'lookedAfter' } },
        { label: k('askingLivingSituation.atHome'), answer: { type: 'answer.livingSituation', value: 'atHome' } },
        { label: { key: 'common:answer.dontKnow' }, answer: { type: 'answer.livingSituation', value: 'notKnown' } },
      ],
      citations: [cite('pathway.missing.return-interview')],
    }),
    askingPreventionInterview: () => ({
      tone: 'question',
      title: k('askingPreventionInterview.title'),
      lines: [k('askingPreventionInterview.body')],
      choices: [
        { label: k('askingPreventionInterview.done'), answer: { type: 'answer.preventionInterview', value: 'done' } },
        { label: k('askingPreventionInterview.notDone'), answer: { type: 'answer.preventionInterview', value: 'notDone' } },
        { label: { key: 'common:answer.dontKnow' }, answer: { type: 'answer.preventionInterview', value: 'notKnown' } },
      ],
      citations: [cite('pathway.missing.prevention-interview')],
    }),
    arrangingReturnInterview: (context, facts) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: k('arrangingReturnInterview.title'),
      lines: [k('arrangingReturnInterview.body'), k('arrangingReturnInterview.coordinator')],
      steps: returnInterviewSteps(context),
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [
        cite('pathway.missing.prevention-interview'),
        // Telling the police of the return is general practice; the interview itself is the protocol's.
        ...(context.preventionInterview === 'done' ? [] : [cite('pathway.missing.tell-police-returned')]),
        cite('pathway.missing.return-interview'),
        cite('pathway.missing.information-back'),
        cite('pathway.missing.interview-intelligence'),
        cite('pathway.missing.coordinator'),
      ],
    }),
  },
});
