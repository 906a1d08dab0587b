import { auditEntrySchema } from '../../bot/storage/auditChain';
import { buildCatalogue } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import { carriedOverAudit, retiredAudit } from '../../dialogs/carryOver';
import { handleTurn } from '../../dialogs/conversation';
import type { ActiveFlow, ConversationState } from '../../dialogs/conversationState.schema';
import type { FlowDialog } from '../../dialogs/flow';
import type { Effect, TurnDeps } from '../../dialogs/turn';
import { catalogue } from '../support/catalogue';
import { asDraft, oldJourney, openIn } from '../support/oldVersions';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A journey or form carried over to the version running now is audited once, as `journey.carriedOver`
 * with its flow and the versions from and to, beside its other entries (its instance is the subject):
 * when it was open in the conversation (on whatever turn reads it, a repeated delivery included) and when
 * it was saved for later. A turn that finds it carried already writes no such entry. An open journey
 * this version cannot carry on is audited once as `journey.retired` with its flow and the version that
 * stored it; a saved draft is never retired (it stays, to be deleted). Nothing the user typed reaches
 * an entry. Every value is fictional.
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
const retiredEntries = (effects: Effect[]): Effect[] => effects.filter((e) => e.type === 'audit' && e.action.startsWith('journey.retired.'));

/** The school journey stored before the upgrade, with nothing of it the statechart running now can read. */
const unreadableSchool = async (): Promise<ActiveFlow> => ({ ...(await school()), snapshot: { value: 'askingNothingAnyMore', context: {} }, history: [] });
const RETIRED_SCHOOL = `journey.retired.school.firstSteps.v${SCHOOL_VERSION - 1}`;

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

describe('an open journey retired at the upgrade', () => {
  it('is audited once as retired, with its flow and the version that stored it, its instance the subject', async () => {
    const outcome = await handleTurn(openIn(await unreadableSchool()), { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)[0]).toBe('notices:journeyRetired.title');
    expect(outcome.effects).toEqual([{ type: 'audit', action: RETIRED_SCHOOL, subject: 'instance-new' }]);
    expect(JSON.stringify(outcome.effects)).not.toContain('Quirkfield');
  });

  it('is audited when its flow cannot carry it over at all', async () => {
    const withoutRule = (flow: FlowDialog): FlowDialog => {
      const { carryOver: _none, ...rest } = flow;
      return rest;
    };
    const without = buildCatalogue(CATALOGUE_ENTRIES.map((entry) => (entry.flow.id === 'school.firstSteps' ? { ...entry, flow: withoutRule(entry.flow) } : entry)));
    const outcome = await handleTurn(openIn(await school()), { event: 'menu.requested' }, 'activity-1', deps({ catalogue: without }));
    expect(titles(outcome.views)[0]).toBe('notices:journeyRetired.title');
    expect(outcome.effects).toEqual([{ type: 'audit', action: RETIRED_SCHOOL, subject: 'instance-new' }]);
  });

  it('is audited when its flow is no longer one the assistant runs', async () => {
    const gone: ActiveFlow = { ...(await school()), flowId: 'form.fizzlewickReturn', machineVersion: 2 };
    const outcome = await handleTurn(openIn(gone), { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)[0]).toBe('notices:journeyRetired.title');
    expect(outcome.effects).toEqual([{ type: 'audit', action: 'journey.retired.form.fizzlewickReturn.v2', subject: 'instance-new' }]);
  });

  it('is not audited again when Teams delivers the same turn twice, nor on the next turn', async () => {
    const first = await handleTurn(openIn(await unreadableSchool()), { event: 'menu.requested' }, 'activity-1', deps());
    const again = await handleTurn(first.state, { event: 'menu.requested' }, 'activity-1', deps());
    const next = await handleTurn(again.state, { event: 'menu.requested' }, 'activity-2', deps());
    expect(retiredEntries(first.effects)).toHaveLength(1);
    expect(again.effects).toEqual([]);
    expect(next.effects).toEqual([]);
  });

  it('is audited when a delivery seen before the upgrade comes again and retires it, and then not again', async () => {
    const repeated = await handleTurn(openIn(await unreadableSchool(), ['activity-0']), { event: 'menu.requested' }, 'activity-0', deps());
    expect(repeated.changed).toBe(true);
    expect(repeated.state.flow).toBeUndefined();
    expect(repeated.effects).toEqual([{ type: 'audit', action: RETIRED_SCHOOL, subject: 'instance-new' }]);
    const third = await handleTurn(repeated.state, { event: 'menu.requested' }, 'activity-0', deps());
    expect(third.effects).toEqual([]);
  });

  it('comes before what the turn then does: resuming a draft after it', async () => {
    const health = (await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'health.firstSteps' }, 'h0', deps({ newId: () => 'instance-health' }))).state.flow;
    if (health === undefined) throw new Error('not started');
    const draft = asDraft(health);
    const outcome = await handleTurn(openIn(await unreadableSchool()), { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    const done = outcome.effects.map((e) => (e.type === 'audit' ? `${e.action} ${e.subject}` : e.type));
    expect(done).toEqual([`${RETIRED_SCHOOL} instance-new`, 'draft.remove', 'journey.resumed instance-health']);
  });
});

describe('a journey at the running version whose stored path no longer reads', () => {
  it('is retired when Back finds a page it cannot restore, and audited as retired once', async () => {
    const now = await school();
    const broken: ActiveFlow = { ...now, machineVersion: SCHOOL_VERSION, history: [{ value: 'askingNothingAnyMore', context: {} }] };
    const back = { event: 'flow.backRequested' as const, flowId: broken.flowId, instanceId: broken.instanceId, revision: broken.revision };
    const outcome = await handleTurn(openIn(broken), back, 'activity-1', deps());
    expect(titles(outcome.views)[0]).toBe('notices:journeyRetired.title');
    expect(outcome.state.flow).toBeUndefined();
    expect(outcome.effects).toEqual([{ type: 'audit', action: `journey.retired.school.firstSteps.v${SCHOOL_VERSION}`, subject: 'instance-new' }]);
    const again = await handleTurn(outcome.state, back, 'activity-1', deps());
    expect(again.effects).toEqual([]);
  });
});

describe('a draft saved before the upgrade that cannot be carried over', () => {
  it('is not retired on resume: the user is told it cannot be opened, and it stays, with nothing audited', async () => {
    const draft = asDraft(await unreadableSchool());
    const resumed = await handleTurn(undefined, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    expect(titles(resumed.views)[0]).toBe('notices:draftCannotOpen.title');
    expect(resumed.changed).toBe(false);
    expect(resumed.effects).toEqual([]);
  });

  it('of a flow no longer offered (so not listed among the drafts) is said to be gone', async () => {
    const draft = asDraft({ ...(await school()), flowId: 'form.fizzlewickReturn', machineVersion: 2 });
    const resumed = await handleTurn(undefined, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', testTurnDeps([draft]));
    expect(titles(resumed.views)[0]).toBe('notices:draftGone.title');
    expect(resumed.effects).toEqual([]);
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

describe('the retired entry', () => {
  it.each(catalogue.flows.map((flow) => [flow.id, flow.version] as const))('of %s is one the audit chain accepts: opaque keys, no text', (flowId, version) => {
    const stored = { ...oldJourney({ flowId, machineVersion: version - 1, value: 'any', context: {}, openingNote: NOTE }), instanceId: '0b7c6f1e-3a5d-4c2b-9e8f-1a2b3c4d5e6f' };
    const entry = retiredAudit(stored);
    if (entry.type !== 'audit') throw new Error('not an audit entry');
    expect(auditEntrySchema.safeParse({ at: new Date('2026-12-04T10:00:00Z'), actorKey: 'actor-fictional', action: entry.action, subject: entry.subject }).success).toBe(true);
    expect(entry.action).toBe(`journey.retired.${flowId}.v${version - 1}`);
    expect(JSON.stringify(entry)).not.toContain('Quirkfield');
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
