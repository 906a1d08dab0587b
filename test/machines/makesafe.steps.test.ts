import { initialTransition, transition } from 'xstate';
import { makesafeFirstStepsFlow } from '../../dialogs/business/makesafeFirstSteps.flow';
import { pathwayStep } from '../../knowledge/pathways';
import { MAKESAFE_SECTORS, signsOfSector, type MakesafeSector } from '../../knowledge/makesafeSigns';
import {
  makesafeFirstStepsMachine,
  makesafeSignsInputsSchema,
  type MakesafeFirstStepsContext,
  type MakesafeFirstStepsEvent,
} from '../../machines/makesafeFirstSteps.machine';

/** Operation Makesafe step by step: 999 first, then the sector, its signs, and who to call (the details and the read-out are the report's). */

type Step = MakesafeFirstStepsEvent;
type ValueOf<T extends Step['type']> = Extract<Step, { type: T; value: string }>['value'];

function run(events: Step[]) {
  let [snapshot] = initialTransition(makesafeFirstStepsMachine);
  for (const event of events) [snapshot] = transition(makesafeFirstStepsMachine, snapshot, event);
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

const present = (value: ValueOf<'answer.childPresent'>): Step => ({ type: 'answer.childPresent', value });
const sector = (value: MakesafeSector): Step => ({ type: 'answer.sector', value });
const signs = (inputs: Record<string, 'seen' | 'notSure' | 'notSeen'> = {}): Step => ({ type: 'answer.signs', inputs });
const acknowledged: Step = { type: 'danger.acknowledged' };

describe('the route: decided by whether the child is there now or in danger, and by nothing else', () => {
  it.each([
    ['there now: 999 first', [present('yes')], 'callingEmergency', false],
    ['not sure: 999 first', [present('notSure')], 'callingEmergency', false],
    ['after 999, which business', [present('yes'), acknowledged], 'askingSector', false],
    ['not there: which business', [present('no')], 'askingSector', false],
    ['then that business’s signs', [present('no'), sector('hotel')], 'recordingSigns', false],
    ['not there: 101, and the report for the details', [present('no'), sector('hotel'), signs()], 'reportingNonEmergency', true],
    ['there now: 999, and the report for the details', [present('yes'), acknowledged, sector('taxi'), signs()], 'reportingEmergency', true],
    ['not sure: 999, and the report for the details', [present('notSure'), acknowledged, sector('careHome'), signs()], 'reportingEmergency', true],
  ])('%s', (_name, events, expected, done) => {
    const result = run(events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('signs seen in a %s do not change the route: they are prompts, never a score', (value) => {
    const all = Object.fromEntries(signsOfSector(value).map((s) => [s.id, 'seen' as const]));
    expect(run([present('no'), sector(value), signs(all)]).state).toBe('reportingNonEmergency');
  });
});

describe('what is recorded', () => {
  it('keeps the sector’s signs seen or not sure, and nothing else', () => {
    const { context } = run([
      present('no'),
      sector('taxi'),
      signs({ 'makesafe-sign.taxi.travelling-alone': 'seen', 'makesafe-sign.taxi.far-away': 'notSure', 'makesafe-sign.taxi.taken-to-hotels': 'notSeen', 'makesafe-sign.hotel.isolated-room': 'seen' }),
    ]);
    expect(context.signs).toEqual({ 'makesafe-sign.taxi.travelling-alone': 'seen', 'makesafe-sign.taxi.far-away': 'notSure' });
  });

  it('drops the signs and details of another business when the sector changes, and keeps them when it does not', () => {
    const reported = [present('no'), sector('hotel'), signs({ 'makesafe-sign.hotel.alcohol-on-show': 'seen' })];
    const snapshot = run(reported);
    expect(snapshot.context).toMatchObject({ sector: 'hotel', signs: { 'makesafe-sign.hotel.alcohol-on-show': 'seen' } });
    // Details typed on the details card of a version 2 draft belong to its business too.
    const atSector = { ...snapshot.context, earlierDetails: { where: 'Room 12' } };
    const resolve = (context: MakesafeFirstStepsContext) => makesafeFirstStepsMachine.resolveState({ value: 'askingSector', context });
    const [same] = transition(makesafeFirstStepsMachine, resolve(atSector), sector('hotel'));
    expect(same.context).toMatchObject({ sector: 'hotel', signs: { 'makesafe-sign.hotel.alcohol-on-show': 'seen' }, earlierDetails: { where: 'Room 12' } });
    const [other] = transition(makesafeFirstStepsMachine, resolve(atSector), sector('taxi'));
    expect(other.context).toMatchObject({ sector: 'taxi', signs: {} });
    expect(other.context.earlierDetails).toBeUndefined();
  });
});

describe('what the cards may send', () => {
  it.each([
    ['a sign seen', { 'makesafe-sign.hotel.alcohol-on-show': 'seen' }, true],
    ['a sign with a made-up answer', { 'makesafe-sign.hotel.alcohol-on-show': 'maybe' }, false],
  ])('signs: %s', (_name, inputs, valid) => {
    expect(makesafeSignsInputsSchema.safeParse(inputs).success).toBe(valid);
  });
});

describe('the cards', () => {
  const facts = { contacts: {} };
  const view = (value: string, context: Partial<MakesafeFirstStepsContext>) =>
    makesafeFirstStepsFlow.view({ value, context: { signs: {}, ...context } }, facts);

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('the %s signs card asks each sign of that sector, as its own input', (value) => {
    const body = view('recordingSigns', { childPresent: 'no', sector: value });
    expect(body.inputs?.map((i) => i.id)).toEqual(signsOfSector(value).map((s) => s.id));
    expect(body.inputs?.every((i) => i.kind === 'choice' && i.value === 'notSeen')).toBe(true);
  });

  it('the last card says who to call and hands the details to the report: no read-out of its own, no inputs', () => {
    const body = view('reportingNonEmergency', { childPresent: 'no', sector: 'hotel', signs: { 'makesafe-sign.hotel.alcohol-on-show': 'seen' } });
    expect(body.lines.map((l) => l.key)).toEqual(['business:reportingNonEmergency.body', 'business:report.intro']);
    expect(body.inputs).toBeUndefined();
    expect(makesafeFirstStepsFlow.formOffers?.map((o) => o.formId)).toEqual(['form.makesafeReport']);
  });

  it('says so when details typed before this change are waiting in the report', () => {
    const keys = view('reportingEmergency', { childPresent: 'yes', sector: 'licensedPremises', earlierDetails: { where: 'The back bar' } }).lines.map((l) => l.key);
    expect(keys).toEqual(['business:reportingEmergency.body', 'business:report.intro', 'business:report.earlierDetails']);
  });

  it.each<[string, MakesafeSector, string[]]>([
    ['reportingNonEmergency', 'hotel', ['step.call101', 'reportingNonEmergency.ifDanger', 'step.doNotConfront', 'step.keepHotelRoom', 'step.keepEvidenceHotel', 'step.keepLog']],
    ['reportingEmergency', 'taxi', ['step.call999', 'step.doNotConfront', 'step.taxiEmergency', 'step.keepEvidence', 'step.keepLog']],
    ['reportingNonEmergency', 'fastFood', ['step.call101', 'reportingNonEmergency.ifDanger', 'step.doNotConfront', 'step.keepEvidence', 'step.keepLog']],
  ])('%s for a %s: what to do, in order', (state, value, steps) => {
    const body = view(state, { childPresent: state === 'reportingEmergency' ? 'yes' : 'no', sector: value });
    expect(body.steps?.map((s) => s.key)).toEqual(steps.map((s) => `business:${s}`));
  });

  it('cites section 11 as the protocol for 101 quoting Makesafe, and the Makesafe guidance as general practice', () => {
    const body = view('reportingNonEmergency', { childPresent: 'no', sector: 'hotel' });
    // The guidance is named, never given as a repository file path.
    expect(body.citations.map((c) => [c.section, c.generalPractice])).toEqual([
      ['Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe', false],
      ['Operation Makesafe guidance published by police forces and safeguarding partnerships: the call checklist, a synthesis of the taxi and hospitality lists', true],
      ['Operation Makesafe guidance published by police forces and safeguarding partnerships: what to do when reporting (taxis: refuse the fare; hospitality: save CCTV, keep records and logs, preserve the room)', true],
    ]);
  });

  it.each([
    ['pathway.makesafe.report', 'P'],
    ['pathway.makesafe.sectors', 'P'],
    ['pathway.makesafe.what-to-say', 'S'],
    ['pathway.makesafe.sector-signs', 'S'],
    ['pathway.makesafe.keep-evidence', 'S'],
    ['pathway.makesafe.read-out', 'X'],
  ])('%s is marked %s', (id, marker) => {
    expect(pathwayStep(id).marker).toBe(marker);
  });
});
