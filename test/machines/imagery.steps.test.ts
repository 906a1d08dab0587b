import { catalogue } from '../support/catalogue';
import { schoolFirstStepsFlow } from '../../dialogs/referral/referralFlows';
import type { ReferralFirstStepsContext } from '../../machines/referralFirstSteps.machine';
import { strictT } from '../support/i18n';

/**
 * The school's image-sharing branch (section 3, with the UKCIS advice since 2017): who it goes to,
 * and device advice on every branch that has images, on its card and in the summary.
 */

const base: ReferralFirstStepsContext = { asksImagery: true, checklist: 'safeguard', areaIndex: 0, signs: {}, notes: {}, danger: 'no' };
const view = (value: string, context: Partial<ReferralFirstStepsContext> = {}) => schoolFirstStepsFlow.view({ value, context: { ...base, ...context } }, { contacts: {} });
const keys = (refs: Array<{ key: string }> | undefined) => (refs ?? []).map((r) => r.key);

it('the question lists what sends it to the police: under 13, coercion, capacity, unusual or violent acts, any risk of harm', async () => {
  const t = await strictT();
  const text = view('askingImagery').lines.map((l) => t(l.key)).join(' ');
  for (const phrase of ['under 13', 'coerced, blackmailed or groomed', 'capacity to consent', 'unusual for the child', 'violent acts', 'come to harm', 'an adult is involved']) {
    expect(text).toContain(phrase);
  }
  expect(view('askingImagery').citations[0]?.changes.map((c) => c.when)).toEqual(['December 2020; updated 11 March 2024', 'From 3 September 2018; annual updates, latest recorded KCSIE 2025']);
});

it.each<[string, ReferralFirstStepsContext['imagery'], string[]]>([
  ['imageryManagedBySchool', 'consensual', ['referral:imagery.neverView']],
  ['imageryToPolice', 'aggravating', ['referral:imagery.neverView', 'referral:imagery.police.device']],
  ['imageryToPolice', 'notSure', ['referral:imagery.neverView', 'referral:imagery.police.device']],
])('%s (%s) gives the device advice on its card', (state, imagery, advice) => {
  expect(keys(view(state, { imagery }).lines)).toEqual(expect.arrayContaining(advice));
});

it.each<[string, ReferralFirstStepsContext['imagery'], string]>([
  ['tellingSafeguardingLead', 'consensual', 'referral:imagery.summarySchool'],
  ['referringToMash', 'aggravating', 'referral:imagery.summaryPolice'],
  ['tellingSocialWorker', 'notSure', 'referral:imagery.summaryPolice'],
])('%s with %s images repeats the device advice in the summary', async (state, imagery, step) => {
  const t = await strictT();
  const steps = keys(view(state, { imagery, role: 'lead', socialWorker: 'no' }).steps);
  expect(steps).toContain(step);
  expect(t(step)).toMatch(/without viewing, copying or sharing the images|Do not view, copy or share the images/);
});

describe('the duty to report child sexual abuse (Crime and Policing Act 2026) on the school and health summaries', () => {
  it.each(['school.firstSteps', 'health.firstSteps'])('%s: every summary carries it as a since-2017 note, commencement not confirmed', (flowId) => {
    const flow = catalogue.byId(flowId);
    if (flow === undefined) throw new Error(flowId);
    for (const state of ['tellingSafeguardingLead', 'tellingSocialWorker', 'referringToMash']) {
      const context = { ...base, asksImagery: flowId === 'school.firstSteps', checklist: flowId === 'school.firstSteps' ? 'safeguard' : 'health', role: 'lead', socialWorker: 'no' };
      const changes = flow.view({ value: state, context }, { contacts: {} }).citations.flatMap((c) => c.changes);
      const duty = changes.find((c) => c.what.includes('duty for adults in "relevant activity"'));
      expect({ state, when: duty?.when }).toEqual({ state, when: 'Royal Assent 29 April 2026; commencement not confirmed' });
    }
  });
});
