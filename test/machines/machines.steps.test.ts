import { initialTransition, transition, type AnyStateMachine, type EventObject } from 'xstate';
import { makesafeFirstStepsMachine } from '../../machines/makesafeFirstSteps.machine';
import { policeFirstStepsMachine } from '../../machines/policeFirstSteps.machine';
import { checklistInputsSchema, referralFirstStepsMachine } from '../../machines/referralFirstSteps.machine';
import { CHECKLIST_AREAS } from '../../knowledge/signChecklist';

/** Step by step with the pure transition(): each answer leads where the protocol says, and records the reason. */

type Step = EventObject & { value?: string };

function run(machine: AnyStateMachine, input: unknown, events: Step[]) {
  let [snapshot] = initialTransition(machine, input);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

describe('referral first steps (Appendix C, C2 to C4)', () => {
  const school = { asksImagery: false };
  const skip = { type: 'checklist.skipped' };

  it.each([
    ['danger: 999 first', school, [{ type: 'answer.danger', value: 'yes' }], 'callingEmergency'],
    ['not sure counts as danger', school, [{ type: 'answer.danger', value: 'notSure' }], 'callingEmergency'],
    ['after 999, the warning signs', school, [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }], 'recordingSigns'],
    ['no danger: the warning signs', school, [{ type: 'answer.danger', value: 'no' }], 'recordingSigns'],
    ['the signs can be skipped: who to tell cannot wait', school, [{ type: 'answer.danger', value: 'no' }, skip], 'askingRole'],
    ['staff tell their lead', school, [{ type: 'answer.danger', value: 'no' }, skip, { type: 'answer.role', value: 'staff' }], 'tellingSafeguardingLead'],
    [
      'a lead with an allocated social worker tells them',
      school,
      [{ type: 'answer.danger', value: 'no' }, skip, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'yes' }],
      'tellingSocialWorker',
    ],
    [
      'a lead without one refers to the MASH',
      school,
      [{ type: 'answer.danger', value: 'no' }, skip, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'no' }],
      'referringToMash',
    ],
    [
      'a lead who does not know refers to the MASH',
      school,
      [{ type: 'answer.danger', value: 'no' }, skip, { type: 'answer.role', value: 'lead' }, { type: 'answer.socialWorker', value: 'notKnown' }],
      'referringToMash',
    ],
    ['an answer for another step changes nothing', school, [{ type: 'answer.socialWorker', value: 'yes' }], 'askingDanger'],
  ])('%s', (_name, input, events, expected) => {
    expect(run(referralFirstStepsMachine, input, events).state).toBe(expected);
  });

  it('records every answer given, as the reasons', () => {
    const result = run(referralFirstStepsMachine, school, [
      { type: 'answer.danger', value: 'notSure' },
      { type: 'danger.acknowledged' },
      skip,
      { type: 'answer.role', value: 'lead' },
      { type: 'answer.socialWorker', value: 'notKnown' },
    ]);
    expect(result).toEqual({
      state: 'referringToMash',
      done: true,
      context: { asksImagery: false, checklist: 'safeguard', areaIndex: 0, signs: {}, notes: {}, danger: 'notSure', role: 'lead', socialWorker: 'notKnown' },
    });
  });

  it("walks the signs area by area, recording seen and not sure as reasons, and each area's note", () => {
    const areas = Array.from({ length: CHECKLIST_AREAS.length }, () => ({ type: 'answer.checklist', inputs: {} as Record<string, string> }));
    const first = areas[0];
    const last = areas[CHECKLIST_AREAS.length - 1];
    if (first === undefined || last === undefined) throw new Error('no areas');
    first.inputs = { 'indicator.sexual-health.pregnancy': 'seen', 'indicator.sexual-health.terminations': 'notSure', 'indicator.sexual-health.repeat-sti': 'notSeen', note: '  fictional note  ' };
    last.inputs = { 'vulnerability.in-care': 'seen', 'indicator.sexual-health.pregnancy': 'notSeen' };
    const result = run(referralFirstStepsMachine, school, [{ type: 'answer.danger', value: 'no' }, ...areas]);
    expect(result.state).toBe('askingRole');
    expect(result.context).toMatchObject({
      // An item from another area is ignored: each card answers only for its own area.
      signs: { 'indicator.sexual-health.pregnancy': 'seen', 'indicator.sexual-health.terminations': 'notSure', 'vulnerability.in-care': 'seen' },
      notes: { 'sexual-health': 'fictional note' },
    });
  });
});

describe('Operation Makesafe first steps (section 11)', () => {
  it.each([
    ['child there now: 999 first', 'yes', 'callingEmergency'],
    ['not sure: 999 first', 'notSure', 'callingEmergency'],
    ['not there and not in danger: which business (101 at the end)', 'no', 'askingSector'],
  ])('%s', (_name, value, expected) => {
    // The whole journey, step by step, is in makesafe.steps.test.ts.
    expect(run(makesafeFirstStepsMachine, undefined, [{ type: 'answer.childPresent', value }])).toEqual({ state: expected, done: false, context: { childPresent: value, signs: {} } });
  });
});

describe('police first steps (section 6)', () => {
  it.each([
    ['immediate risk: police protection first', [{ type: 'answer.immediateRisk', value: 'yes' }], 'consideringPoliceProtection', false],
    ['then the recording', [{ type: 'answer.immediateRisk', value: 'yes' }, { type: 'protection.acknowledged' }], 'askingCrimeAlleged', false],
    ['a crime: the warning signs next', [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'yes' }], 'recordingSigns', false],
    ['no crime: the warning signs next as well', [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'no' }], 'recordingSigns', false],
    [
      'to the summary (the whole pathway: test/machines/police.steps.test.ts)',
      [
        { type: 'answer.immediateRisk', value: 'no' },
        { type: 'answer.crimeAlleged', value: 'no' },
        { type: 'answer.signs', inputs: {} },
        { type: 'answer.rationale', inputs: {} },
        { type: 'answer.flags', inputs: {} },
        { type: 'answer.lookedAfter', value: 'no' },
        { type: 'answer.missing', value: 'no' },
        { type: 'answer.trafficking', value: 'no' },
        { type: 'investigation.acknowledged' },
      ],
      'summarisingActions',
      true,
    ],
  ])('%s', (_name, events, expected, done) => {
    const result = run(policeFirstStepsMachine, undefined, events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });
});

describe('what a checklist card may send', () => {
  it.each([
    [{ 'indicator.absence.truancy': 'seen', note: 'ok' }, true],
    [{ 'indicator.absence.truancy': 'maybe' }, false],
    [{ note: 'x'.repeat(501) }, false],
    [{ note: `  ${'x'.repeat(500)}  ` }, true],
  ])('%j is %s', (inputs, valid) => {
    expect(checklistInputsSchema.safeParse(inputs).success).toBe(valid);
  });
});
