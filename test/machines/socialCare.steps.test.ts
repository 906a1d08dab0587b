import { plain } from '../../dialogs/forms/display';
import { messagesOf } from '../../dialogs/forms/messages';
import { masePreconditionQuestions } from '../../dialogs/socialCare/masePreconditions.questions';
import { strictT } from '../support/i18n';
import { initialTransition, transition, type AnyStateMachine, type EventObject } from 'xstate';
import { catalogue } from '../support/catalogue';
import { socialCareFirstStepsFlow } from '../../dialogs/socialCare/socialCareFirstSteps.flow';
import type { DeploymentFacts } from '../../dialogs/flow';
import { pathwayStep } from '../../knowledge/pathways';
import {
  masePreconditionsInputsSchema,
  socialCareFirstStepsMachine,
  type SocialCareFirstStepsContext,
} from '../../machines/socialCareFirstSteps.machine';

/** The social care journey step by step with the pure transition(), then its summary as derived from the answers. */

type Step = EventObject & { value?: string; inputs?: Record<string, string> };

// Untyped on purpose: the table also sends answers the current state does not accept.
const machine: AnyStateMachine = socialCareFirstStepsMachine;

function run(events: Step[]) {
  let [snapshot] = initialTransition(machine, undefined);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

const noDanger: Step = { type: 'answer.danger', value: 'no' };
const toHarm: Step[] = [noDanger, { type: 'answer.socialWorker', value: 'no' }];
const toOrganised = (harm: string): Step[] => [
  ...toHarm,
  { type: 'answer.significantHarm', value: harm },
  ...(harm === 'no' ? [{ type: 'answer.cseSuspected', value: 'no' }] : []),
];
const allMet = { cpProcedures: 'met', strategyMeeting: 'met', crisNumber: 'met' };

describe('social care first steps (sections 6 and 7)', () => {
  it.each<[string, Step[], string, boolean]>([
    ['danger: 999 first', [{ type: 'answer.danger', value: 'yes' }], 'callingEmergency', false],
    ['not sure counts as danger', [{ type: 'answer.danger', value: 'notSure' }], 'callingEmergency', false],
    ['after 999, the referral desk', [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }], 'askingSocialWorker', false],
    ['no danger: the referral desk', [noDanger], 'askingSocialWorker', false],
    ['then significant harm, whoever holds the case', [noDanger, { type: 'answer.socialWorker', value: 'yes' }], 'askingSignificantHarm', false],
    ['then organised or complex abuse', toOrganised('yes'), 'askingOrganisedAbuse', false],
    ['cause to suspect significant harm: the conditions for MASE', [...toOrganised('yes'), { type: 'answer.organisedAbuse', value: 'no' }], 'checkingMasePreconditions', false],
    ['not sure about harm: the conditions for MASE too', [...toOrganised('notSure'), { type: 'answer.organisedAbuse', value: 'yes' }], 'checkingMasePreconditions', false],
    ['no cause to suspect significant harm: is CSE suspected?', [...toHarm, { type: 'answer.significantHarm', value: 'no' }], 'askingCseSuspected', false],
    [
      'CSE suspected without significant harm: a strategy discussion all the same, so the conditions for MASE',
      [...toHarm, { type: 'answer.significantHarm', value: 'no' }, { type: 'answer.cseSuspected', value: 'yes' }, { type: 'answer.organisedAbuse', value: 'no' }],
      'checkingMasePreconditions',
      false,
    ],
    ['neither significant harm nor CSE suspected: no strategy discussion, so MASE is not asked', [...toOrganised('no'), { type: 'answer.organisedAbuse', value: 'no' }], 'askingLookedAfter', false],
    ['the conditions checked: looked after?', [...toOrganised('yes'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'answer.masePreconditions', inputs: allMet }], 'askingLookedAfter', false],
    ['not going to MASE now: looked after?', [...toOrganised('yes'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'mase.notNow' }], 'askingLookedAfter', false],
    ['not looked after: then age', [...toOrganised('no'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'answer.lookedAfter', value: 'no' }], 'askingSeventeenOrOver', false],
    ['looked after: has the child gone missing?', [...toOrganised('no'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'answer.lookedAfter', value: 'inBorough' }], 'askingMissing', false],
    [
      'then age',
      [...toOrganised('no'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'answer.lookedAfter', value: 'inBorough' }, { type: 'answer.missing', value: 'yes' }],
      'askingSeventeenOrOver',
      false,
    ],
    [
      'then trafficking, then the summary',
      [...toOrganised('no'), { type: 'answer.organisedAbuse', value: 'no' }, { type: 'answer.lookedAfter', value: 'no' }, { type: 'answer.seventeenOrOver', value: 'no' }, { type: 'answer.trafficking', value: 'no' }],
      'planningNextSteps',
      true,
    ],
    ['an answer for another step changes nothing', [{ type: 'answer.significantHarm', value: 'yes' }], 'askingDanger', false],
    ['the 999 card waits for its own button', [{ type: 'answer.danger', value: 'yes' }, { type: 'answer.socialWorker', value: 'no' }], 'callingEmergency', false],
  ])('%s', (_name, events, expected, done) => {
    const result = run(events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });

  it('records every answer given, as the reasons', () => {
    const result = run([
      { type: 'answer.danger', value: 'notSure' },
      { type: 'danger.acknowledged' },
      { type: 'answer.socialWorker', value: 'notKnown' },
      { type: 'answer.significantHarm', value: 'yes' },
      { type: 'answer.organisedAbuse', value: 'yes' },
      { type: 'answer.masePreconditions', inputs: { cpProcedures: 'met', strategyMeeting: 'notMet', crisNumber: 'notKnown' } },
      { type: 'answer.lookedAfter', value: 'atRiskAfterPlacement' },
      { type: 'answer.missing', value: 'yes' },
      { type: 'answer.seventeenOrOver', value: 'yes' },
      { type: 'answer.trafficking', value: 'notSure' },
    ]);
    expect(result).toEqual({
      state: 'planningNextSteps',
      done: true,
      context: {
        danger: 'notSure',
        socialWorker: 'notKnown',
        significantHarm: 'yes',
        organisedAbuse: 'yes',
        masePreconditions: { cpProcedures: 'met', strategyMeeting: 'notMet', crisNumber: 'notKnown' },
        lookedAfter: 'atRiskAfterPlacement',
        missing: 'yes',
        seventeenOrOver: 'yes',
        trafficking: 'notSure',
      },
    });
  });
});

describe('what the MASE conditions card may send', () => {
  it.each([
    [{}, { cpProcedures: 'notKnown', strategyMeeting: 'notKnown', crisNumber: 'notKnown' }],
    [{ cpProcedures: 'met', strategyMeeting: '', crisNumber: 'notMet' }, { cpProcedures: 'met', strategyMeeting: 'notKnown', crisNumber: 'notMet' }],
    [allMet, allMet],
  ])('%j is stored as %j: an untouched condition is never taken as met', (inputs, stored) => {
    expect(masePreconditionsInputsSchema.parse(inputs)).toEqual(stored);
  });

  it.each([
    ['cpProcedures', 'yes please', 'Existing child protection procedures must be one of the choices given'],
    ['strategyMeeting', 'held', 'A strategy meeting or discussion must be one of the choices given'],
    ['crisNumber', 'met,notMet', 'A police CSE CRIS number for the young person must be one of the choices given'],
  ])('refuses %s posted as %j, on that input, with the words a form uses: %s', async (id, posted, message) => {
    const t = await strictT();
    const journey = { value: 'checkingMasePreconditions', context: { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no' } };
    const result = await socialCareFirstStepsFlow.step(journey, { type: 'answer.masePreconditions', inputs: { [id]: posted } });
    expect(result.ok === false && result.reason === 'invalidInput' && result.errors).toEqual({ [id]: 'invalid' });
    const shown = result.ok === false && result.reason === 'invalidInput' ? Object.values(result.messages ?? {}).map((ref) => plain(t, ref)) : [];
    expect(shown).toEqual([message]);
  });

  it('asks each condition as a form question: one of met, not yet or not known, with its own words, untouched as not known', async () => {
    const t = await strictT();
    const journey = { value: 'checkingMasePreconditions', context: { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no' } };
    const inputs = socialCareFirstStepsFlow.view(journey, { contacts: {} }).inputs ?? [];
    expect(inputs.map((i) => (i.kind === 'field' && i.control.type === 'choice' ? [plain(t, i.label), i.value, i.required, i.control.choices.map((c) => plain(t, c.label))] : i.kind))).toEqual([
      ['Existing child protection procedures', 'notKnown', false, ['Followed', 'Not yet', "I don't know"]],
      ['A strategy meeting or discussion', 'notKnown', false, ['Held', 'Not yet', "I don't know"]],
      ['A police CSE CRIS number for the young person', 'notKnown', false, ['There is a police CSE CRIS number', 'Not yet', "I don't know"]],
    ]);
  });

  it('has words for every message each condition can raise', async () => {
    const t = await strictT();
    for (const question of masePreconditionQuestions.questions) for (const message of messagesOf(masePreconditionQuestions, question)) expect(plain(t, message)).not.toBe('');
  });

  it('passes a valid card on to the statechart, an untouched condition as not known', async () => {
    const journey = { value: 'checkingMasePreconditions', context: { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no' } };
    const result = await socialCareFirstStepsFlow.step(journey, { type: 'answer.masePreconditions', inputs: { cpProcedures: 'met', strategyMeeting: '' } });
    expect(result.ok && result.journey.context.masePreconditions).toEqual({ cpProcedures: 'met', strategyMeeting: 'notKnown', crisNumber: 'notKnown' });
  });

  it('choosing not to go to MASE now forgets the conditions', async () => {
    const journey = { value: 'checkingMasePreconditions', context: { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no', masePreconditions: allMet } };
    const result = await socialCareFirstStepsFlow.step(journey, { type: 'mase.notNow' });
    expect(result.ok && result.journey).toEqual({ value: 'askingLookedAfter', context: { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no' } });
  });
});

describe('the summary, derived from the answers', () => {
  const base: SocialCareFirstStepsContext = { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no', lookedAfter: 'no', seventeenOrOver: 'no', trafficking: 'no' };
  const noContacts: DeploymentFacts = { contacts: {} };
  const summary = (context: Partial<SocialCareFirstStepsContext>, facts = noContacts) =>
    socialCareFirstStepsFlow.view({ value: 'planningNextSteps', context: { ...base, ...context } }, facts);
  const steps = (context: Partial<SocialCareFirstStepsContext>) => (summary(context).steps ?? []).map((s) => s.key.replace('socialCare:step.', ''));
  const lines = (context: Partial<SocialCareFirstStepsContext>) =>
    [...summary(context).lines, ...(summary(context).deadlines ?? [])].map((l) => l.key.replace('socialCare:planningNextSteps.', ''));
  const sections = (context: Partial<SocialCareFirstStepsContext>) => summary(context).citations.map((c) => [c.section, c.generalPractice]);

  it.each<[string, Partial<SocialCareFirstStepsContext>, string[]]>([
    [
      'an allocated social worker: straight to them, the 87A, the strategy discussion, and last the IAT (the police\'s step)',
      { socialWorker: 'yes' },
      ['asw', 'asw87a', 'strategy.convene', 'strategy.attendees', 'strategy.tasks', 'strategy.crossReference', 'strategy.record', 'iat'],
    ],
    [
      'no allocated social worker: the MASH, its 587/00 flagged ES, and last the IAT',
      { socialWorker: 'no', significantHarm: 'no' },
      ['mash', 'mash587', 'strategy.review', 'iat'],
    ],
    ['not known: check for one first, then the MASH', { socialWorker: 'notKnown', significantHarm: 'no' }, ['checkAsw', 'mash', 'mash587', 'strategy.review', 'iat']],
    ['danger comes first', { danger: 'notSure', significantHarm: 'no' }, ['danger', 'mash', 'mash587', 'strategy.review', 'iat']],
    [
      'not sure about significant harm: decide it with the manager, then how the discussion runs',
      { significantHarm: 'notSure' },
      ['mash', 'mash587', 'strategy.notSure', 'strategy.attendees', 'strategy.tasks', 'strategy.crossReference', 'strategy.record', 'iat'],
    ],
    ['a looked-after child: the fostering service joins the strategy discussion', { lookedAfter: 'inBorough' }, ['mash', 'mash587', 'strategy.convene', 'strategy.attendees', 'strategy.fostering', 'strategy.tasks', 'strategy.crossReference', 'strategy.record', 'iat']],
    ['organised or complex abuse', { significantHarm: 'no', organisedAbuse: 'yes' }, ['mash', 'mash587', 'strategy.review', 'organised', 'iat']],
    [
      'MASE conditions not met: what to do first, then the form to the coordinator',
      { significantHarm: 'no', masePreconditions: { cpProcedures: 'notKnown', strategyMeeting: 'notMet', crisNumber: 'met' } },
      ['mash', 'mash587', 'strategy.review', 'mase.cpProcedures', 'mase.strategyMeeting', 'mase.form', 'iat'],
    ],
    ['MASE conditions met: the form to the coordinator', { significantHarm: 'no', masePreconditions: allMetContext() }, ['mash', 'mash587', 'strategy.review', 'mase.form', 'iat']],
    [
      'placed out of borough, known at risk: talk before placing, notify within 24 hours of placing',
      { significantHarm: 'no', lookedAfter: 'placedKnownAtRisk' },
      ['mash', 'mash587', 'strategy.review', 'lac.beforePlacement', 'lac.notifyPlaced', 'lac.primacy', 'iat'],
    ],
    [
      'at risk after an out-of-borough placement: notify within 24 hours of the strategy meeting',
      { significantHarm: 'no', lookedAfter: 'atRiskAfterPlacement' },
      ['mash', 'mash587', 'strategy.review', 'lac.notifyStrategy', 'lac.primacy', 'iat'],
    ],
    ['17 or over: the move to adulthood', { significantHarm: 'no', seventeenOrOver: 'yes' }, ['mash', 'mash587', 'strategy.review', 'transition', 'iat']],
    ['trafficking: the NRM referral straight after the referral, then MASE and the trafficking journey', { significantHarm: 'no', trafficking: 'yes' }, ['mash', 'mash587', 'trafficking.nrm', 'strategy.review', 'trafficking.mase', 'trafficking.journey', 'iat']],
    [
      'CSE suspected without cause to suspect significant harm: a strategy discussion all the same (section 7)',
      { significantHarm: 'no', cseSuspected: 'yes' },
      ['mash', 'mash587', 'strategy.requiredCse', 'strategy.attendees', 'strategy.tasks', 'strategy.crossReference', 'strategy.record', 'iat'],
    ],
    ['neither: keep it under review', { significantHarm: 'no', cseSuspected: 'no' }, ['mash', 'mash587', 'strategy.review', 'iat']],
    [
      'a looked-after child gone missing: reported to the police straight after the referral (section 9, the earliest opportunity); then return interview, trigger plan, CAWN, and the missing journey',
      { significantHarm: 'no', lookedAfter: 'inBorough', missing: 'yes' },
      [
        'mash',
        'mash587',
        'missing.report',
        'strategy.review',
        'missingReturned:arrangingReturnInterview.within72',
        'missingReturned:arrangingReturnInterview.responsibleLookedAfter',
        'missing.triggerPlan',
        'missing.cawn',
        'missing.journey',
        'iat',
      ],
    ],
    ['a looked-after child not missing: no missing steps', { significantHarm: 'no', lookedAfter: 'inBorough', missing: 'no' }, ['mash', 'mash587', 'strategy.review', 'iat']],
    ['perhaps trafficking: consider it, and the trafficking journey', { significantHarm: 'no', trafficking: 'notSure' }, ['mash', 'mash587', 'trafficking.consider', 'strategy.review', 'trafficking.journey', 'iat']],
  ])('%s', (_name, context, expected) => {
    expect(steps(context)).toEqual(expected);
  });

  it.each<[string, Partial<SocialCareFirstStepsContext>, string[]]>([
    ['significant harm: the 45 working days', {}, ['body', 'deadlines', 'deadline45']],
    ['no significant harm: no deadline', { significantHarm: 'no' }, ['body']],
    ['CSE suspected without significant harm: the 45 working days', { significantHarm: 'no', cseSuspected: 'yes' }, ['body', 'deadlines', 'deadline45']],
    ['placed known at risk: 24 hours from placing', { significantHarm: 'no', lookedAfter: 'placedKnownAtRisk' }, ['body', 'deadlines', 'deadline24Placed']],
    ['at risk after placing: 24 hours from the strategy meeting', { lookedAfter: 'atRiskAfterPlacement' }, ['body', 'deadlines', 'deadline45', 'deadline24Strategy']],
    ['MASE not ready', { masePreconditions: { cpProcedures: 'met', strategyMeeting: 'met', crisNumber: 'notKnown' } }, ['body', 'maseNotReady', 'deadlines', 'deadline45']],
    ['MASE ready', { masePreconditions: allMetContext() }, ['body', 'maseReady', 'deadlines', 'deadline45']],
  ])('says which deadlines apply and whether MASE is ready: %s', (_name, context, expected) => {
    expect(lines(context)).toEqual(expected);
  });

  it('gives the MASH and the MASE coordinator from configuration, and says to use local procedures for one not configured', () => {
    const facts: DeploymentFacts = { contacts: { mash: { label: 'Fictional Borough MASH', phone: '020 0000 0000' } } };
    const body = summary({ masePreconditions: allMetContext() }, facts);
    expect(body.contacts?.map((c) => c.role.key)).toEqual(['common:contacts.role.mash']);
    expect(body.contactsMissing).toEqual({ key: 'common:contacts.useLocalProcedures' });
    expect(summary({ socialWorker: 'yes' }, facts).contacts).toBeUndefined();
  });

  it('cites the protocol for each part, and marks only the journey’s own prompts as general practice', () => {
    expect(sections({ significantHarm: 'notSure', seventeenOrOver: 'yes' }).filter(([, gp]) => gp)).toEqual([['Section 7: Multi-agency meeting structure – Strategy discussion', true]]);
    expect(sections({ seventeenOrOver: 'yes' })).toContainEqual(['Section 7: Young people transitioning into adulthood', false]);
    const ageQuestion = socialCareFirstStepsFlow.view({ value: 'askingSeventeenOrOver', context: {} }, noContacts);
    expect(ageQuestion.citations.map((c) => [c.section, c.generalPractice])).toEqual([
      ['Section 7: Young people transitioning into adulthood', false],
      ['Section 7: Young people transitioning into adulthood', true],
    ]);
    expect(sections({ lookedAfter: 'placedKnownAtRisk', trafficking: 'yes' }).every(([, gp]) => gp === false)).toBe(true);
    expect(sections({ lookedAfter: 'placedKnownAtRisk' })).toContainEqual(['Section 7: Notification of LACs at risk of CSE placed out of borough', false]);
  });

  it('says what changed since 2017: MACE, the 588 report and the 2021 protocol', () => {
    const whats = summary({ masePreconditions: allMetContext() }).citations.flatMap((c) => c.changes.map((ch) => ch.what));
    for (const phrase of ['MACE', 'non-crime 588', 'London Child Exploitation Operating Protocol 2021']) expect(whats.some((w) => w.includes(phrase))).toBe(true);
  });
});

function allMetContext(): NonNullable<SocialCareFirstStepsContext['masePreconditions']> {
  return { cpProcedures: 'met', strategyMeeting: 'met', crisNumber: 'met' };
}

describe('the social care journey is wired and cited as the protocol marks it', () => {
  it('runs on its own statechart under the same flow id', () => {
    expect(catalogue.byId('socialCare.firstSteps')?.machine.id).toBe('socialCareFirstSteps');
  });

  it.each([
    ['pathway.social-care.iat-categorisation', 'P'],
    ['pathway.social-care.strategy-discussion', 'P'],
    ['pathway.social-care.strategy-threshold-unsure', 'X'],
    ['pathway.social-care.strategy-tasks', 'P'],
    ['pathway.social-care.cross-reference', 'P'],
    ['pathway.social-care.assessment-timescale', 'P'],
    ['pathway.social-care.organised-complex-abuse', 'P'],
    ['pathway.social-care.mase-preconditions', 'P'],
    ['pathway.social-care.mase-information-form', 'P'],
    ['pathway.social-care.mase-coordinator', 'P'],
    ['pathway.social-care.lac-out-of-borough', 'P'],
    ['pathway.social-care.transition-to-adulthood', 'P'],
    ['pathway.social-care.transition-from-17', 'X'],
    ['pathway.social-care.mase-trafficking', 'P'],
    ['pathway.social-care.strategy-required-cse', 'P'],
    ['pathway.missing.report-to-police', 'P'],
    ['pathway.missing.cawn', 'P'],
  ])('%s is marked %s', (id, marker) => {
    expect(pathwayStep(id).marker).toBe(marker);
  });
});
