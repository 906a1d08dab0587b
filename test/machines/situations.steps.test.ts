import { initialTransition, transition, type AnyStateMachine, type EventObject } from 'xstate';
import { catalogue } from '../support/catalogue';
import { route } from '../../dialogs/router';
import { missingReturnedFlow } from '../../dialogs/situations/missingReturned.flow';
import { traffickingFlow } from '../../dialogs/situations/trafficking.flow';
import { missingReturnedMachine } from '../../machines/missingReturned.machine';
import { traffickingMachine } from '../../machines/trafficking.machine';
import { pathwayStep } from '../../knowledge/pathways';

/** The situations step by step with the pure transition(): each answer leads where the protocol says, and records the reason. */

type Step = EventObject & { value?: string };

function run(machine: AnyStateMachine, events: Step[]) {
  let [snapshot] = initialTransition(machine, undefined);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

const noDanger: Step = { type: 'answer.danger', value: 'no' };

describe('a missing child has come back (section 9)', () => {
  it.each<[string, Step[], string, boolean]>([
    ['danger: 999 first', [{ type: 'answer.danger', value: 'yes' }], 'callingEmergency', false],
    ['not sure counts as danger', [{ type: 'answer.danger', value: 'notSure' }], 'callingEmergency', false],
    ['after 999, the journey continues', [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }], 'askingLivingSituation', false],
    ['no danger: where the child lives', [noDanger], 'askingLivingSituation', false],
    ['then the prevention interview', [noDanger, { type: 'answer.livingSituation', value: 'lookedAfter' }], 'askingPreventionInterview', false],
    [
      'then the return home interview summary',
      [noDanger, { type: 'answer.livingSituation', value: 'atHome' }, { type: 'answer.preventionInterview', value: 'notDone' }],
      'arrangingReturnInterview',
      true,
    ],
    ['an answer for another step changes nothing', [{ type: 'answer.preventionInterview', value: 'done' }], 'askingDanger', false],
    ['the 999 card waits for its own button', [{ type: 'answer.danger', value: 'yes' }, { type: 'answer.livingSituation', value: 'atHome' }], 'callingEmergency', false],
  ])('%s', (_name, events, expected, done) => {
    const result = run(missingReturnedMachine, events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });

  it('records every answer given, as the reasons', () => {
    const result = run(missingReturnedMachine, [
      { type: 'answer.danger', value: 'notSure' },
      { type: 'danger.acknowledged' },
      { type: 'answer.livingSituation', value: 'notKnown' },
      { type: 'answer.preventionInterview', value: 'done' },
    ]);
    expect(result).toEqual({ state: 'arrangingReturnInterview', done: true, context: { danger: 'notSure', livingSituation: 'notKnown', preventionInterview: 'done' } });
  });

  const summary = (livingSituation: string, preventionInterview: string) =>
    missingReturnedFlow.view({ value: 'arrangingReturnInterview', context: { danger: 'no', livingSituation, preventionInterview } }, { contacts: {} });

  it.each([
    ['lookedAfter', 'missingReturned:arrangingReturnInterview.responsibleLookedAfter'],
    ['atHome', 'missingReturned:arrangingReturnInterview.responsibleAtHome'],
    ['notKnown', 'missingReturned:arrangingReturnInterview.responsibleNotKnown'],
  ])('where the child lives (%s) says who makes sure the interview happens', (livingSituation, key) => {
    const keys = (summary(livingSituation, 'done').steps ?? []).map((s) => s.key);
    expect(keys).toContain(key);
    expect(keys).toContain('missingReturned:arrangingReturnInterview.within72');
    expect(keys).toContain('missingReturned:arrangingReturnInterview.cseRisk');
  });

  it.each([
    ['done', 'missingReturned:arrangingReturnInterview.preventionDone', false],
    ['notDone', 'missingReturned:arrangingReturnInterview.preventionToDo', true],
    ['notKnown', 'missingReturned:arrangingReturnInterview.preventionToDo', true],
  ])('a prevention interview answered %s leads the steps, citing general practice only for telling the police', (answer, key, generalPracticeCited) => {
    const body = summary('atHome', answer);
    expect(body.steps?.[0]?.key).toBe(key);
    expect(body.citations.some((c) => c.generalPractice)).toBe(generalPracticeCited);
  });
});

describe('trafficking and county lines (sections 3 and 10)', () => {
  it.each<[string, Step[], string, boolean]>([
    ['danger: 999 first', [{ type: 'answer.danger', value: 'yes' }], 'callingEmergency', false],
    ['not sure counts as danger', [{ type: 'answer.danger', value: 'notSure' }], 'callingEmergency', false],
    ['after 999, the journey continues', [{ type: 'answer.danger', value: 'notSure' }, { type: 'danger.acknowledged' }], 'askingResponder', false],
    ['no danger: who you work for', [noDanger], 'askingResponder', false],
    ['a police officer or social worker: make the NRM referral', [noDanger, { type: 'answer.responder', value: 'firstResponder' }], 'referringToNrm', true],
    ['another agency: tell the first responders', [noDanger, { type: 'answer.responder', value: 'otherAgency' }], 'tellingFirstResponders', true],
    ['an answer for another step changes nothing', [{ type: 'answer.responder', value: 'firstResponder' }], 'askingDanger', false],
  ])('%s', (_name, events, expected, done) => {
    const result = run(traffickingMachine, events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });

  it('records every answer given, as the reasons', () => {
    const result = run(traffickingMachine, [{ type: 'answer.danger', value: 'yes' }, { type: 'danger.acknowledged' }, { type: 'answer.responder', value: 'otherAgency' }]);
    expect(result).toEqual({ state: 'tellingFirstResponders', done: true, context: { danger: 'yes', responder: 'otherAgency' } });
  });

  it.each([
    ['referringToNrm', 'trafficking:referringToNrm.nrm'],
    ['tellingFirstResponders', 'trafficking:tellingFirstResponders.consent'],
  ])('%s says no consent is needed, and lists the county lines signs', (state, consentKey) => {
    const body = traffickingFlow.view({ value: state, context: { danger: 'no' } }, { contacts: {} });
    const keys = (body.steps ?? []).map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining([consentKey, 'trafficking:countyLines.signs', 'trafficking:countyLines.cse']));
    expect(body.lines.map((l) => l.key)).toContain('trafficking:movementAndExploitation');
    expect(body.citations.flatMap((c) => c.changes.map((ch) => ch.when))).toEqual(expect.arrayContaining(['In force 30 January 2023', 'May 2024']));
  });
});

describe('the situations are wired and cited as the protocol marks them', () => {
  it('every situation on the menu is a journey the assistant runs', () => {
    expect(catalogue.situations.map((id) => catalogue.byId(id)?.id)).toEqual(['situations.missingReturned', 'situations.trafficking', 'tactics.powerFinder']);
  });

  it.each([
    ['pathway.missing.prevention-interview', 'P'],
    ['pathway.missing.tell-police-returned', 'X'],
    ['pathway.missing.return-interview', 'P'],
    ['pathway.missing.information-back', 'P'],
    ['pathway.missing.coordinator', 'P'],
    ['pathway.missing.interview-intelligence', 'P'],
    ['pathway.trafficking.movement-and-exploitation', 'P'],
    ['pathway.trafficking.first-responders', 'P'],
    ['pathway.trafficking.nrm-referral', 'P'],
    ['pathway.trafficking.crime-report', 'P'],
    ['pathway.trafficking.county-lines', 'P'],
    ['pathway.c7.nrm-first-responders', 'X'],
  ])('%s is marked %s', (id, marker) => {
    expect(pathwayStep(id).marker).toBe(marker);
  });
});

describe('typed shortcuts to the situations (whole messages only)', () => {
  it.each([
    ['missing', 'situations.missingReturned'],
    ['Came back', 'situations.missingReturned'],
    ['the child has come back', 'situations.missingReturned'],
    ['Return home interview', 'situations.missingReturned'],
    ['trafficking', 'situations.trafficking'],
    ['County lines', 'situations.trafficking'],
    ['what is the return home interview', undefined],
    ['who does the return home interview for a child in care?', undefined],
    ['is county lines trafficking', undefined],
    ['she is being trafficked', undefined],
  ])('%s', (text, expected) => {
    const routed = route(text);
    expect(routed.kind === 'situation' ? routed.flowId : undefined).toBe(expected);
  });

  it('a question stays a question for the router', () => {
    expect(route('what is the return home interview')).toEqual({ kind: 'question', text: 'what is the return home interview' });
  });
});
