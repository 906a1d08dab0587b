import { handleTurn } from '../../dialogs/conversation';
import type { TurnDeps } from '../../dialogs/turn';
import { testTurnDeps } from '../support/turnDeps';
import { catalogue } from '../support/catalogue';
import { audienceOf, speakerOf } from '../../dialogs/danger/audience';
import { isDangerPress } from '../../dialogs/danger/press';

/** Who the 999 card is for, and which presses mean danger. */

describe('the reader of the 999 card', () => {
  it.each([
    ['im a cab driver, young girl in the back', 'business'],
    ['hotel receptionist here, a girl is upstairs', 'business'],
    ['I am a taxi driver and the girl in my car is scared', 'business'],
    ['officer here, child at an address', 'police'],
    ['PC: child found in a car', 'police'],
    ['teacher here, a pupil is missing', 'school'],
    ['school nurse: pupil has overdosed', 'health'],
    ['social worker: my young person is at a hotel', 'socialCare'],
    ['foster carer here, she has gone', 'socialCare'],
    // A job before a comma, at the start: the writer's own.
    ['pc on patrol, got a girl in the back of a car with 3 adult males rn', 'police'],
    ['social worker, my young person just rang me crying', 'socialCare'],
    ['teacher, a pupil is being taken into a car outside', 'school'],
    ['night manager. lad about 14 in room 212 with 3 men, he is locked in', 'business'],
    ['mash worker here, a girl is at a hotel with an adult now', 'socialCare'],
    // Defect 10 (an exploratory test): a job misspelt or typed as people say it, and a workplace before the job.
    ['hotel recepshun here theres a man just checked in with a young girl looks about 13 room 12 now', 'business'],
    ['recepshun: man with young girl room 4', 'business'],
    ['im a recepshunist at a b&b, girl in room 3 with two men', 'business'],
    ['night receptionist here, girl in room 3 with two men', 'business'],
    ['cabby here got a girl in the back crying', 'business'],
    ['bar staff here, girl about 14 with older men buying her shots', 'business'],
    ['barman, girl about 14 with older men buying her shots', 'business'],
    ['school recepshun here, a man is trying to collect a pupil', 'school'],
  ] as const)('"%s" is written by %s', (text, role) => {
    expect(speakerOf(text)).toBe(role);
  });

  it.each(['the police here are not answering', 'a guest here is with a girl', 'the police are outside', 'my daughter is with a man', 'a man has locked her in a flat', 'foster carer rang, she has gone', 'police, can they take her phone off her', 'mash, who do i call'])('"%s" names no writer', (text) => {
    expect(speakerOf(text)).toBeUndefined();
  });

  it('maps roles to the wording they need', () => {
    expect([audienceOf('business'), audienceOf('police'), audienceOf('school'), audienceOf('health'), audienceOf('socialCare'), audienceOf(undefined)]).toEqual([
      'business',
      'police',
      'professional',
      'health',
      'socialCare',
      'anyone',
    ]);
  });

  it('knows a role by its journey, and a situation belongs to none', () => {
    expect([catalogue.roleOf('school.firstSteps'), catalogue.roleOf('business.firstSteps'), catalogue.roleOf('situations.trafficking')]).toEqual(['school', 'business', undefined]);
  });
});

describe('a danger press', () => {
  it.each([
    [{ type: 'answer.danger', value: 'yes' }, true],
    [{ type: 'answer.danger', value: 'notSure' }, true],
    [{ type: 'answer.danger', value: 'no' }, false],
    [{ type: 'answer.childPresent', value: 'yes' }, true],
    [{ type: 'answer.immediateRisk', value: 'notSure' }, true],
    [{ type: 'answer.imagery', value: 'notSure' }, false],
    [{ type: 'answer.danger' }, false],
  ])('%j counts: %s', (answer, expected) => {
    expect(isDangerPress(answer)).toBe(expected);
  });
});

describe('the role is kept from the last journey', () => {
  const deps = (): TurnDeps => testTurnDeps([], { now: new Date('2026-01-01T10:00:00Z'), newId: () => 'instance-fictional-1' });

  it('after a business journey is cancelled, the 999 card is still worded for business', async () => {
    const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'business.firstSteps' }, 'a1', deps());
    const flow = started.state.flow;
    if (flow === undefined) throw new Error('no journey');
    const cancelled = await handleTurn(started.state, { event: 'flow.cancelled', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision }, 'a2', deps());
    expect(cancelled.state.flow).toBeUndefined();
    const urgent = await handleTurn(cancelled.state, { event: 'message.received', text: 'a girl is being dragged into a car outside' }, 'a3', deps());
    // Then the business journey offered again, their words as its first note (issue 8: the 999 card first, then what answers the message).
    expect(urgent.views.map((v) => (v.kind === 'urgent' ? v.audience : v.kind))).toEqual(['business', 'notice']);
    expect(urgent.state.offer?.flowId).toBe('business.firstSteps');
  });

  // Defect 10: "hotel recepshun here…" after a health journey got the health line; the words that name the writer's role win.
  it('after a health journey, a receptionist who says so gets the business 999 card', async () => {
    const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'health.firstSteps' }, 'a1', deps());
    const flow = started.state.flow;
    if (flow === undefined) throw new Error('no journey');
    const cancelled = await handleTurn(started.state, { event: 'flow.cancelled', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision }, 'a2', deps());
    const urgent = await handleTurn(cancelled.state, { event: 'message.received', text: 'hotel recepshun here theres a man just checked in with a young girl looks about 13 room 12 now' }, 'a3', deps());
    expect(urgent.views.map((v) => (v.kind === 'urgent' ? v.audience : v.kind))[0]).toBe('business');
  });

  it('a stored conversation from before roles were kept still loads', async () => {
    const outcome = await handleTurn({ schemaVersion: 1, seenActivityIds: [] }, { event: 'message.received', text: 'she is unconscious' }, 'a1', deps());
    expect(outcome.views.map((v) => (v.kind === 'urgent' ? v.audience : v.kind))).toEqual(['anyone']);
  });
});
