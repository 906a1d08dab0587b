import type { TextRef } from '../../cards/view';
import { TRAFFICKING_VERSION, traffickingContextSchema, traffickingEventSchema, traffickingMachine } from '../../machines/trafficking.machine';
import { cite } from '../citations';
import { localContacts } from '../contacts';
import { defineFlow } from '../defineFlow';
import { dangerAlert, dangerCheckViews } from '../dangerCheck.views';

const k = (key: string): TextRef => ({ key: `trafficking:${key}` });

/** What every summary says about county lines (section 3). */
const countyLinesSteps: TextRef[] = [k('countyLines.signs'), k('countyLines.cse')];

/** Trafficking and county lines: 999 if needed, then the NRM referral and crime report, made by first responders or through them. */
export const traffickingFlow = defineFlow({
  id: 'situations.trafficking',
  version: TRAFFICKING_VERSION,
  titleKey: 'trafficking:title',
  machine: traffickingMachine,
  contextSchema: traffickingContextSchema,
  answerSchema: traffickingEventSchema,
  views: {
    ...dangerCheckViews({ question: 'trafficking:askingDanger', then: 'trafficking:callingEmergency.then', carryOn: 'trafficking:callingEmergency.continue' }),
    askingResponder: () => ({
      tone: 'question',
      title: k('askingResponder.title'),
      lines: [k('askingResponder.body')],
      choices: [
        { label: k('askingResponder.firstResponder'), answer: { type: 'answer.responder', value: 'firstResponder' } },
        { label: k('askingResponder.otherAgency'), answer: { type: 'answer.responder', value: 'otherAgency' } },
      ],
      citations: [cite('pathway.trafficking.first-responders')],
    }),
    referringToNrm: (context) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: k('referringToNrm.title'),
      lines: [k('movementAndExploitation'), k('referringToNrm.body')],
      steps: [k('referringToNrm.nrm'), k('referringToNrm.crimeReport'), ...countyLinesSteps],
      choices: [],
      citations: [
        cite('pathway.trafficking.movement-and-exploitation'),
        cite('pathway.trafficking.first-responders'),
        cite('pathway.trafficking.nrm-referral'),
        cite('pathway.trafficking.crime-report'),
        cite('pathway.trafficking.county-lines'),
      ],
    }),
    tellingFirstResponders: (context, facts) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: k('tellingFirstResponders.title'),
      lines: [k('movementAndExploitation'), k('tellingFirstResponders.body')],
      steps: [k('tellingFirstResponders.tell'), k('tellingFirstResponders.why'), k('tellingFirstResponders.consent'), ...countyLinesSteps],
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [
        cite('pathway.trafficking.movement-and-exploitation'),
        // Routing other agencies through police and social care is general practice; who the first responders are is the protocol's.
        cite('pathway.c7.nrm-first-responders'),
        cite('pathway.trafficking.first-responders'),
        cite('pathway.c4.mash-referral'),
        cite('pathway.trafficking.nrm-referral'),
        cite('pathway.trafficking.county-lines'),
      ],
    }),
  },
});
