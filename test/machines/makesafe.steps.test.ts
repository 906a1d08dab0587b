import { initialTransition, transition } from 'xstate';
import { makesafeFirstStepsFlow } from '../../dialogs/business/makesafeFirstSteps.flow';
import { pathwayStep } from '../../knowledge/pathways';
import { MAKESAFE_SECTORS, signsOfSector, type MakesafeSector } from '../../knowledge/makesafeSigns';
import {
  DETAIL_FIELDS_OF_SECTOR,
  makesafeDetailsInputsSchema,
  makesafeFirstStepsMachine,
  makesafeSignsInputsSchema,
  type DetailField,
  type MakesafeFirstStepsContext,
  type MakesafeFirstStepsEvent,
} from '../../machines/makesafeFirstSteps.machine';

/** Operation Makesafe step by step: 999 first, then the sector, its signs, the details and the read-out. */

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
const details = (inputs: Partial<Record<DetailField, string>> = {}): Step => ({ type: 'answer.details', inputs });
const acknowledged: Step = { type: 'danger.acknowledged' };

describe('the route: decided by whether the child is there now or in danger, and by nothing else', () => {
  it.each([
    ['there now: 999 first', [present('yes')], 'callingEmergency', false],
    ['not sure: 999 first', [present('notSure')], 'callingEmergency', false],
    ['after 999, which business', [present('yes'), acknowledged], 'askingSector', false],
    ['not there: which business', [present('no')], 'askingSector', false],
    ['then that business’s signs', [present('no'), sector('hotel')], 'recordingSigns', false],
    ['then the details', [present('no'), sector('hotel'), signs()], 'recordingDetails', false],
    ['not there: 101 with the read-out', [present('no'), sector('hotel'), signs(), details()], 'reportingNonEmergency', true],
    ['there now: 999 with the read-out', [present('yes'), acknowledged, sector('taxi'), signs(), details()], 'reportingEmergency', true],
    ['not sure: 999 with the read-out', [present('notSure'), acknowledged, sector('careHome'), signs(), details()], 'reportingEmergency', true],
  ])('%s', (_name, events, expected, done) => {
    const result = run(events);
    expect([result.state, result.done]).toEqual([expected, done]);
  });

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('signs seen in a %s do not change the route: they are prompts, never a score', (value) => {
    const all = Object.fromEntries(signsOfSector(value).map((s) => [s.id, 'seen' as const]));
    expect(run([present('no'), sector(value), signs(all), details()]).state).toBe('reportingNonEmergency');
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

  it('keeps the details the sector asks for, trimmed, and drops empty boxes', () => {
    const { context } = run([
      present('no'),
      sector('fastFood'),
      signs(),
      details({ where: '  Fictional Road takeaway  ', who: '', when: '   ', bookingName: 'not asked in a takeaway', vehicles: 'AB12 CDE' }),
    ]);
    expect(context.details).toEqual({ where: 'Fictional Road takeaway', vehicles: 'AB12 CDE' });
  });

  it('drops the signs and details of another business when the sector changes, and keeps them when it does not', () => {
    const reported = [present('no'), sector('hotel'), signs({ 'makesafe-sign.hotel.alcohol-on-show': 'seen' }), details({ where: 'Room 12' })];
    const snapshot = run(reported);
    expect(snapshot.context).toMatchObject({ sector: 'hotel', signs: { 'makesafe-sign.hotel.alcohol-on-show': 'seen' }, details: { where: 'Room 12' } });
    const atSector = { ...snapshot.context };
    const resolve = (context: MakesafeFirstStepsContext) => makesafeFirstStepsMachine.resolveState({ value: 'askingSector', context });
    const [same] = transition(makesafeFirstStepsMachine, resolve(atSector), sector('hotel'));
    expect(same.context).toMatchObject({ sector: 'hotel', details: { where: 'Room 12' } });
    const [other] = transition(makesafeFirstStepsMachine, resolve(atSector), sector('taxi'));
    expect(other.context).toMatchObject({ sector: 'taxi', signs: {}, details: {} });
  });
});

describe('what the cards may send', () => {
  it.each([
    ['a sign seen', { 'makesafe-sign.hotel.alcohol-on-show': 'seen' }, true],
    ['a sign with a made-up answer', { 'makesafe-sign.hotel.alcohol-on-show': 'maybe' }, false],
  ])('signs: %s', (_name, inputs, valid) => {
    expect(makesafeSignsInputsSchema.safeParse(inputs).success).toBe(valid);
  });

  it.each([
    ['nothing at all', {}, true],
    ['who at its 500 limit', { who: 'x'.repeat(500) }, true],
    ['who over its limit', { who: 'x'.repeat(501) }, false],
    ['who at its limit once trimmed', { who: `  ${'x'.repeat(500)}  ` }, true],
    ['a booking name over 100', { bookingName: 'x'.repeat(101) }, false],
    ['what was seen at its 1000 limit', { seenOrHeard: 'x'.repeat(1000) }, true],
  ])('details: %s', (_name, inputs, valid) => {
    expect(makesafeDetailsInputsSchema.safeParse(inputs).success).toBe(valid);
  });

  it('a box that is too long comes back beside the box, and nothing is stored', async () => {
    let journey = makesafeFirstStepsFlow.start();
    for (const answer of [present('no'), sector('hotel'), signs()]) {
      const result = await makesafeFirstStepsFlow.step(journey, answer);
      if (!result.ok) throw new Error(`refused ${answer.type}`);
      journey = result.journey;
    }
    expect(await makesafeFirstStepsFlow.step(journey, { type: 'answer.details', inputs: { where: 'Room 12', payment: 'x'.repeat(101) } })).toEqual({ ok: false, reason: 'invalidInput', errors: { payment: 'tooLong' } });
  });
});

describe('the cards', () => {
  const facts = { contacts: {} };
  const view = (value: string, context: Partial<MakesafeFirstStepsContext>) =>
    makesafeFirstStepsFlow.view({ value, context: { signs: {}, details: {}, ...context } }, facts);

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('the %s signs card asks each sign of that sector, as its own input', (value) => {
    const body = view('recordingSigns', { childPresent: 'no', sector: value });
    expect(body.inputs?.map((i) => i.id)).toEqual(signsOfSector(value).map((s) => s.id));
    expect(body.inputs?.every((i) => i.kind === 'choice' && i.value === 'notSeen')).toBe(true);
  });

  it.each(MAKESAFE_SECTORS.map((s) => [s]))('the %s details card has only optional short text boxes, each with a length limit', (value) => {
    const body = view('recordingDetails', { childPresent: 'no', sector: value });
    expect(body.inputs?.map((i) => i.id)).toEqual([...DETAIL_FIELDS_OF_SECTOR[value]]);
    for (const input of body.inputs ?? []) {
      expect(input.kind).toBe('text');
      if (input.kind === 'text') expect(input.maxLength).toBeLessThanOrEqual(1000);
    }
  });

  it('the read-out is in the order a call handler needs it, from what was entered', () => {
    const body = view('reportingNonEmergency', {
      childPresent: 'no',
      sector: 'hotel',
      signs: { 'makesafe-sign.hotel.alcohol-on-show': 'seen', 'makesafe-sign.hotel.cash-no-card-imprint': 'seen', 'makesafe-sign.hotel.no-luggage-or-id': 'notSure' },
      details: { who: 'A girl of about 14 and two men', where: 'Room 12', bookingName: 'J. Fictional', when: '22:10' },
    });
    expect(body.lines.map((l) => [l.key, l.values?.text ?? l.values?.signs])).toEqual([
      ['business:reportingNonEmergency.body', undefined],
      ['business:readOut.intro', undefined],
      ['business:readOut.makesafe', undefined],
      ['business:readOut.childPresent.no', undefined],
      ['business:readOut.where', 'Room 12'],
      ['business:readOut.when', '22:10'],
      ['business:readOut.signs.seen', 'Paying cash and refusing a card imprint; Alcohol on show'],
      ['business:readOut.signs.notSure', 'No luggage or ID'],
      ['business:readOut.who', 'A girl of about 14 and two men'],
      ['business:readOut.bookingName', 'J. Fictional'],
      ['business:readOut.yourDetails', undefined],
    ]);
  });

  it('with nothing entered, the read-out says what to tell them', () => {
    const keys = view('reportingEmergency', { childPresent: 'yes', sector: 'licensedPremises' }).lines.map((l) => l.key);
    expect(keys).toContain('business:readOut.nothingEntered');
    expect(keys).toContain('business:readOut.childPresent.yes');
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
    expect(body.citations.map((c) => [c.section.split(' (')[0], c.generalPractice])).toEqual([
      ['Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe', false],
      ['Operation Makesafe guidance published by police forces and safeguarding partnerships', true],
      ['Operation Makesafe guidance published by police forces and safeguarding partnerships', true],
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
