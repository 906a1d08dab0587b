import {
  SCHOOL_FIRST_STEPS_VERSION,
  schoolFirstStepsContextSchema,
  schoolFirstStepsEventSchema,
  schoolFirstStepsMachine,
} from '../../machines/schoolFirstSteps.machine';
import { cite } from '../citations';
import { localContacts } from '../contacts';
import { defineFlow } from '../flow';

const k = (key: string) => ({ key: `school:${key}` });

/** School staff and DSLs: immediate danger first, then who to tell now (Appendix C, C2 to C4). */
export const schoolFirstStepsFlow = defineFlow({
  id: 'school.firstSteps',
  role: 'school',
  version: SCHOOL_FIRST_STEPS_VERSION,
  titleKey: 'school:title',
  machine: schoolFirstStepsMachine,
  contextSchema: schoolFirstStepsContextSchema,
  answerSchema: schoolFirstStepsEventSchema,
  views: {
    askingDanger: () => ({
      tone: 'question',
      title: k('askingDanger.title'),
      lines: [k('askingDanger.body')],
      choices: [
        { label: { key: 'common:answer.yes' }, answer: { type: 'answer.danger', value: 'yes' }, style: 'destructive' },
        { label: { key: 'common:answer.notSure' }, answer: { type: 'answer.danger', value: 'notSure' } },
        { label: { key: 'common:answer.no' }, answer: { type: 'answer.danger', value: 'no' } },
      ],
      citations: [cite('pathway.c2.immediate-danger')],
    }),
    callingEmergency: (context) => ({
      tone: 'urgent',
      title: k('callingEmergency.title'),
      lines: [context.danger === 'notSure' ? k('callingEmergency.ifInDoubt') : k('callingEmergency.body'), k('callingEmergency.then')],
      choices: [{ label: k('callingEmergency.continue'), answer: { type: 'danger.acknowledged' } }],
      citations: [cite('pathway.c2.immediate-danger')],
    }),
    askingRole: () => ({
      tone: 'question',
      title: k('askingRole.title'),
      lines: [k('askingRole.body')],
      choices: [
        { label: k('askingRole.dsl'), answer: { type: 'answer.role', value: 'dsl' } },
        { label: k('askingRole.staff'), answer: { type: 'answer.role', value: 'staff' } },
      ],
      citations: [cite('pathway.c3.safeguarding-lead')],
    }),
    askingSocialWorker: () => ({
      tone: 'question',
      title: k('askingSocialWorker.title'),
      lines: [k('askingSocialWorker.body')],
      choices: [
        { label: { key: 'common:answer.yes' }, answer: { type: 'answer.socialWorker', value: 'yes' } },
        { label: { key: 'common:answer.no' }, answer: { type: 'answer.socialWorker', value: 'no' } },
        { label: { key: 'common:answer.dontKnow' }, answer: { type: 'answer.socialWorker', value: 'notKnown' } },
      ],
      citations: [cite('pathway.c4.allocated-social-worker')],
    }),
    tellingSafeguardingLead: (_context, facts) => ({
      tone: 'summary',
      title: k('tellingSafeguardingLead.title'),
      lines: [k('tellingSafeguardingLead.body')],
      steps: [k('tellingSafeguardingLead.step1'), k('tellingSafeguardingLead.step2'), k('tellingSafeguardingLead.step3'), k('tellingSafeguardingLead.step4')],
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [cite('pathway.c3.safeguarding-lead')],
    }),
    tellingSocialWorker: () => ({
      tone: 'summary',
      title: k('tellingSocialWorker.title'),
      lines: [k('tellingSocialWorker.body')],
      steps: [k('tellingSocialWorker.step1'), k('tellingSocialWorker.step2'), k('tellingSocialWorker.step3')],
      choices: [],
      citations: [cite('pathway.c4.allocated-social-worker')],
    }),
    referringToMash: (context, facts) => ({
      tone: 'summary',
      title: k('referringToMash.title'),
      lines: context.socialWorker === 'notKnown' ? [k('referringToMash.body'), k('referringToMash.notKnown')] : [k('referringToMash.body')],
      steps: [k('referringToMash.step1'), k('referringToMash.step2'), k('referringToMash.step3')],
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [cite('pathway.c4.mash-referral')],
    }),
  },
});
