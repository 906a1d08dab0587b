import { initialTransition, transition, type AnyStateMachine, type EventObject } from 'xstate';
import { makesafeFirstStepsMachine } from '../../machines/makesafeFirstSteps.machine';
import { policeFirstStepsMachine } from '../../machines/policeFirstSteps.machine';
import { referralFirstStepsMachine } from '../../machines/referralFirstSteps.machine';

/** Step by step with the pure transition(): each answer leads where the protocol says, and records the reason. */

type Step = EventObject & { value?: string };

function run(machine: AnyStateMachine, input: unknown, events: Step[]) {
  let [snapshot] = initialTransition(machine, input);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

describe('referral first steps (Appendix C, C2 to C4)', () => {
  const school = { asksRole: true };
  const socialCare = { asksRole: false };

  it.each([
    ['danger: 999 first', school, [{ type: 'answer.danger', value: 'yes' }], 'callingEmergency'],
    ['not sure counts as danger', school, [{ type: 'answer.danger', value: 'notSure' }], 'callingEmergency'],
    ['after 999, who to tell', school, [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }], 'askingRole'],
    ['staff tell their lead', school, [{ type: 'answer.danger', value: 'no' }, { type: 'answer.role', value: 'staff' }], 'tellingSafeguardingLead'],
    [
      'a lead with an allocated social worker tells them',
      school,
      [{ type: 'answer.danger', value: 'no' }, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'yes' }],
      'tellingSocialWorker',
    ],
    [
      'a lead without one refers to the MASH',
      school,
      [{ type: 'answer.danger', value: 'no' }, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'no' }],
      'referringToMash',
    ],
    [
      'a lead who does not know refers to the MASH',
      school,
      [{ type: 'answer.danger', value: 'no' }, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'notKnown' }],
      'referringToMash',
    ],
    ['social care is not asked about a lead', socialCare, [{ type: 'answer.danger', value: 'no' }], 'askingSocialWorker'],
    ['social care after 999', socialCare, [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }], 'askingSocialWorker'],
    ['an answer for another step changes nothing', school, [{ type: 'answer.socialWorker', value: 'yes' }], 'askingDanger'],
  ])('%s', (_name, input, events, expected) => {
    expect(run(referralFirstStepsMachine, input, events).state).toBe(expected);
  });

  it('records every answer given, as the reasons', () => {
    const result = run(referralFirstStepsMachine, school, [
      { type: 'answer.danger', value: 'notSure' },
      { type: 'danger.acknowledged' },
      { type: 'answer.role', value: 'lead' },
      { type: 'answer.socialWorker', value: 'notKnown' },
    ]);
    expect(result).toEqual({ state: 'referringToMash', done: true, context: { asksRole: true, danger: 'notSure', role: 'lead', socialWorker: 'notKnown' } });
  });
});

describe('Operation Makesafe first steps (section 11)', () => {
  it.each([
    ['child there now: 999', 'yes', 'callingEmergency'],
    ['not sure: 999', 'notSure', 'callingEmergency'],
    ['not there and not in danger: 101', 'no', 'reportingNonEmergency'],
  ])('%s', (_name, value, expected) => {
    expect(run(makesafeFirstStepsMachine, undefined, [{ type: 'answer.childPresent', value }])).toEqual({ state: expected, done: true, context: { childPresent: value } });
  });
});

describe('police first steps (section 6)', () => {
  it.each([
    ['immediate risk: police protection first', [{ type: 'answer.immediateRisk', value: 'yes' }], 'consideringPoliceProtection', false],
    ['then the recording', [{ type: 'answer.immediateRisk', value: 'yes' }, { type: 'protection.acknowledged' }], 'askingCrimeAlleged', false],
    ['a crime: crime report', [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'yes' }], 'recordingCrime', true],
    ['no crime: non-crime CSE report', [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'no' }], 'recordingConcern', true],
  ])('%s', (_name, events, expected, done) => {
    const result = run(policeFirstStepsMachine, undefined, events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });
});
