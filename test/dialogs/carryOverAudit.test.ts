import { auditEntrySchema } from '../../bot/storage/auditChain';
import { carriedOverAudit } from '../../dialogs/carryOver';
import { handleTurn } from '../../dialogs/conversation';
import type { ActiveFlow, ConversationState } from '../../dialogs/conversationState.schema';
import type { Effect, TurnDeps } from '../../dialogs/turn';
import { catalogue } from '../support/catalogue';
import { asDraft, oldJourney, openIn } from '../support/oldVersions';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A journey or form carried over to the version running now is audited once, as `journey.carriedOver`
 * with its flow and the versions from and to, beside its other entries (its instance is the subject):
 * when it was open in the conversation (on whatever turn reads it, a repeated delivery included) and when
 * it was saved for later. A turn that finds it carried already, and a journey retired, write no such entry.
 * Nothing the user typed reaches the entry. Every value is fictional.
 */

const NOTE = 'Fictional note: seen with a man at Quirkfield station';
const deps = (given: Partial<TurnDeps> = {}): TurnDeps => testTurnDeps([], { newId: () => 'instance-new', ...given });

const SCHOOL_VERSION = catalogue.byId('school.firstSteps')?.version ?? 0;

/** A press on the journey's current card. */
function press(state: ConversationState, type: string, value?: string, inputs: Record<string, string> = {}) {
  const flow = state.flow;
  if (flow === undefined) throw new Error('no journey in the test state');
  return { event: 'flow.answered' as const, flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, answer: value === undefined ? { type } : { type, value }, inputs };
}

/** A school journey played through today's statechart (danger "no", a note on the first signs card), as the version before stored it. */
async function school(): Promise<ActiveFlow> {
  let state = (await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'p0', deps())).state;
  state = (await handleTurn(state, press(state, 'answer.danger', 'no'), 'p1', deps())).state;
  state = (await handleTurn(state, press(state, 'answer.checklist', undefined, { note: NOTE }), 'p2', deps())).state;
  if (state.flow === undefined) throw new Error('not started');
  return { ...state.flow, machineVersion: SCHOOL_VERSION - 1 };
}

const carriedOverEntries = (effects: Effect[]): Effect[] => effects.filter((e) => e.type === 'audit' && e.action.startsWith('journey.carriedOver.'));

describe('a journey open when the assistant was upgraded', () => {
  it('is audited once as carried over, with its flow and versions, on the turn that carries it', async () => {
    const outcome = await handleTurn(openIn(await school()), { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)[0]).toBe('notices:journeyChanged.title');
    expect(outcome.effects).toEqual([{ type: 'audit', action: `journey.carriedOver.school.firstSteps.v${SCHOOL_VERSION - 1}-to-v${SCHOOL_VERSION}`, subject: 'instance-new' }]);
  });

  it('is not audited again when Teams delivers the same turn twice, nor on the next turn', async () => {
    const first = await handleTurn(openIn(await school()), { event: 'menu.requested' }, 'activity-1', deps());
    const again = await handleTurn(first.state, { event: 'menu.requested' }, 'activity-1', deps());
    const next = await handleTurn(again.state, { event: 'menu.requested' }, 'activity-2', deps());
    expect(carriedOverEntries(first.effects)).toHaveLength(1);
    expect(again.effects).toEqual([]);
    expect(next.effects).toEqual([]);
  });

  it('is audited when a delivery seen before the upgrade comes again and carries it, and then not again', async () => {
    const before = openIn(await school(), ['activity-0']);
    const repeated = await handleTurn(before, { event: 'menu.requested' }, 'activity-0', deps());
    expect(repeated.changed).toBe(true);
    expect(carriedOverEntries(repeated.effects)).toEqual([expect.objectContaining({ subject: 'instance-new' })]);
    const third = await handleTurn(repeated.state, { event: 'menu.requested' }, 'activity-0', deps());
    expect(third.effects).toEqual([]);
  });

  it('comes before what the turn then does with it: resuming a draft parks it, at the new version', async () => {
    const health = (await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'health.firstSteps' }, 'h0', deps({ newId: () => 'instance-health' }))).state.flow;
    if (health === undefined) throw new Error('not started');
    const draft = asDraft(health);
    const outcome = await handleTurn(openIn(await school()), { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    const done = outcome.effects.map((e) => (e.type === 'audit' ? `${e.action} ${e.subject}` : e.type));
    expect(done).toEqual([`journey.carriedOver.school.firstSteps.v${SCHOOL_VERSION - 1}-to-v${SCHOOL_VERSION} instance-new`, 'draft.park', 'journey.parked instance-new', 'draft.remove', 'journey.resumed instance-health']);
    const parked = outcome.effects.find((e) => e.type === 'draft.park');
    expect(parked?.type === 'draft.park' && parked.flow.machineVersion).toBe(SCHOOL_VERSION);
  });

  it('a journey retired for want of a way to carry it writes no carried-over entry', async () => {
    const unreadable: ConversationState = openIn({ ...(await school()), snapshot: { value: 'askingNothingAnyMore', context: {} }, history: [] });
    const outcome = await handleTurn(unreadable, { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)[0]).toBe('notices:journeyRetired.title');
    expect(carriedOverEntries(outcome.effects)).toEqual([]);
  });
});

describe('a draft saved before the upgrade', () => {
  it('is audited as resumed and as carried over, once', async () => {
    const draft = asDraft(await school());
    const resumed = await handleTurn(undefined, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    expect(titles(resumed.views)[0]).toBe('notices:journeyChanged.title');
    const audited = resumed.effects.flatMap((e) => (e.type === 'audit' ? [e.action] : []));
    expect(audited).toEqual(['journey.resumed', expect.stringMatching(/^journey\.carriedOver\.school\.firstSteps\.v\d+-to-v\d+$/)]);
    const again = await handleTurn(resumed.state, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    expect(again.effects).toEqual([]);
  });
});

describe('the carried-over entry', () => {
  it.each(catalogue.flows.map((flow) => [flow.id, flow.version] as const))('of %s is one the audit chain accepts: opaque keys, no text', (flowId, version) => {
    const stored = oldJourney({ flowId, machineVersion: version - 1, value: 'any', context: {}, openingNote: NOTE });
    const entry = carriedOverAudit(stored, { ...stored, machineVersion: version, instanceId: '0b7c6f1e-3a5d-4c2b-9e8f-1a2b3c4d5e6f' });
    if (entry.type !== 'audit') throw new Error('not an audit entry');
    expect(auditEntrySchema.safeParse({ at: new Date('2026-12-04T10:00:00Z'), actorKey: 'actor-fictional', action: entry.action, subject: entry.subject }).success).toBe(true);
    expect(entry.action).toBe(`journey.carriedOver.${flowId}.v${version - 1}-to-v${version}`);
    expect(JSON.stringify(entry)).not.toContain('Quirkfield');
  });
});
