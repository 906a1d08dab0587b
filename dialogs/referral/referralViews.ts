import type { ReferralFirstStepsContext } from '../../machines/referralFirstSteps.machine';
import { cite } from '../citations';
import { localContacts } from '../contacts';
import { dangerCheckViews } from '../dangerCheck.views';
import type { DeploymentFacts, StepBody } from '../flow';

/**
 * The views of the referral first steps, shared by school, health and social care: the same
 * pathway, each role's own words in its own i18n namespace.
 */
export function referralViews(ns: 'school' | 'health' | 'socialCare'): Record<string, (context: ReferralFirstStepsContext, facts: DeploymentFacts) => StepBody> {
  const k = (key: string) => ({ key: `${ns}:${key}` });
  return {
    ...dangerCheckViews({ question: 'referral:askingDanger', then: `${ns}:callingEmergency.then`, carryOn: 'referral:callingEmergency.continue' }),
    askingRole: () => ({
      tone: 'question',
      title: k('askingRole.title'),
      lines: [k('askingRole.body')],
      choices: [
        { label: k('askingRole.lead'), answer: { type: 'answer.role', value: 'lead' } },
        { label: k('askingRole.staff'), answer: { type: 'answer.role', value: 'staff' } },
      ],
      citations: [cite('pathway.c3.safeguarding-lead')],
    }),
    askingSocialWorker: () => ({
      tone: 'question',
      title: { key: 'referral:askingSocialWorker.title' },
      lines: [{ key: 'referral:askingSocialWorker.body' }],
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
      // Telling the lead is general practice; the MASH route it leads to is the protocol's.
      citations: [cite('pathway.c3.safeguarding-lead'), cite('pathway.c4.mash-referral')],
    }),
    tellingSocialWorker: () => ({
      tone: 'summary',
      title: { key: 'referral:tellingSocialWorker.title' },
      lines: [k('tellingSocialWorker.body')],
      steps: [k('tellingSocialWorker.step1'), { key: 'referral:tellingSocialWorker.step87a' }, { key: 'referral:tellingSocialWorker.record' }],
      choices: [],
      citations: [cite('pathway.c4.allocated-social-worker')],
    }),
    referringToMash: (context, facts) => ({
      tone: 'summary',
      title: k('referringToMash.title'),
      lines: context.socialWorker === 'notKnown' ? [k('referringToMash.body'), { key: 'referral:referringToMash.notKnown' }] : [k('referringToMash.body')],
      steps: [k('referringToMash.step1'), k('referringToMash.step2'), { key: 'referral:referringToMash.step587' }],
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [cite('pathway.c4.mash-referral')],
    }),
  };
}
