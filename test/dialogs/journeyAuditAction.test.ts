import { auditEntrySchema } from '../../bot/storage/auditChain';
import { MAX_AUDIT_ACTION_LENGTH } from '../../dialogs/auditAction';
import { carriedOverAction, flowIdInAction, MAX_FLOW_ID_IN_ACTION, retiredAction } from '../../dialogs/journeyAuditAction';
import { catalogue } from '../support/catalogue';

/**
 * The audit actions that name a flow and its versions fit the audit chain's limits by construction:
 * for every flow the assistant registers, at every version it has had or may reach, the chain accepts
 * the name; a flow id too long or not made of identifiers is written in a short, stable form; and
 * today's flows keep the names existing audit logs hold. Flow ids made up here are fictional.
 */

const accepted = (action: string): boolean =>
  auditEntrySchema.safeParse({ at: new Date('2026-12-04T10:00:00Z'), actorKey: 'actor-fictional', action, subject: '0b7c6f1e-3a5d-4c2b-9e8f-1a2b3c4d5e6f' }).success;

/** Every version a stored journey of a flow may carry: each before the running one, the running one, and a few after (a server rolled back). */
const versionsAround = (version: number): number[] => Array.from({ length: version + 4 }, (_, i) => i);

/** Every action the code can build for one flow at the version running now. */
function actionsOf(flowId: string, version: number): string[] {
  const stored = versionsAround(version);
  return [...stored.filter((from) => from !== version).map((from) => carriedOverAction(flowId, from, version)), ...stored.map((from) => retiredAction(flowId, from))];
}

describe('the audit chain and the name builder agree on the limit', () => {
  it('an action of the builder’s greatest length is accepted and one character more is refused', () => {
    const longest = `journey.${'a'.repeat(MAX_AUDIT_ACTION_LENGTH - 'journey.'.length)}`;
    expect(longest).toHaveLength(MAX_AUDIT_ACTION_LENGTH);
    expect(accepted(longest)).toBe(true);
    expect(accepted(`${longest}a`)).toBe(false);
  });
});

describe.each(catalogue.flows.map((flow) => [flow.id, flow.version] as const))('the actions of %s (version %i)', (flowId, version) => {
  it('all fit the audit chain, whatever version the journey was stored by', () => {
    const actions = actionsOf(flowId, version);
    expect(actions.filter((action) => !accepted(action))).toEqual([]);
    expect(Math.max(...actions.map((action) => action.length))).toBeLessThanOrEqual(MAX_AUDIT_ACTION_LENGTH);
  });

  it('fit too when the flow reaches version 999', () => {
    expect([carriedOverAction(flowId, 998, 999), retiredAction(flowId, 999)].every(accepted)).toBe(true);
  });

  it('name the flow as existing audit logs do, wherever the whole name fits', () => {
    expect(carriedOverAction(flowId, version - 1, version)).toBe(`journey.carriedOver.${flowId}.v${version - 1}-to-v${version}`);
    expect(retiredAction(flowId, version)).toBe(`journey.retired.${flowId}.v${version}`);
  });
});

describe('the names today’s audit logs hold', () => {
  it.each([
    ['police.firstSteps', 3, 4, 'journey.carriedOver.police.firstSteps.v3-to-v4'],
    ['form.outOfBoroughNotification', 1, 2, 'journey.carriedOver.form.outOfBoroughNotification.v1-to-v2'],
    ['situations.missingReturned', 0, 1, 'journey.carriedOver.situations.missingReturned.v0-to-v1'],
  ])('%s from v%i to v%i stays %s', (flowId, from, to, name) => {
    expect(carriedOverAction(flowId, from, to)).toBe(name);
  });

  it('every registered flow id is written as it is, and no two flows share a name', () => {
    const ids = catalogue.flows.map((flow) => flow.id);
    expect(ids.map(flowIdInAction)).toEqual(ids);
    expect(new Set(ids.map(flowIdInAction)).size).toBe(ids.length);
  });
});

describe('a flow id too long, or not made of identifiers', () => {
  const LONG = 'form.quirkfieldBoroughMultiAgencyInformationSharingReturn';
  const LONG_TWIN = 'form.quirkfieldBoroughMultiAgencyInformationSharingRecord';

  it('is written as its first characters and a hash of the whole id, within the limit', () => {
    const short = flowIdInAction(LONG);
    expect(short).toMatch(/^form\.quirkfieldBoroug-[0-9a-f]{8}$/);
    expect(short.length).toBeLessThanOrEqual(MAX_FLOW_ID_IN_ACTION);
    expect(carriedOverAction(LONG, 1, 2)).toBe(`journey.carriedOver.${short}.v1-to-v2`);
    expect(retiredAction(LONG, 2)).toBe(`journey.retired.${short}.v2`);
    expect(actionsOf(LONG, 12).every(accepted)).toBe(true);
  });

  it('is written the same way in every entry, and apart from another that begins alike', () => {
    // Pinned: a change to the short form would make entries already written read differently.
    expect(flowIdInAction(LONG)).toBe('form.quirkfieldBoroug-d7a804f4');
    expect(carriedOverAction(LONG, 1, 2).split('.')[2]).toBe(retiredAction(LONG, 1).split('.')[2]);
    expect(flowIdInAction(LONG)).not.toBe(flowIdInAction(LONG_TWIN));
  });

  it('one exactly at the longest written as it is stays itself; one character more is shortened', () => {
    const atLimit = `form.${'q'.repeat(MAX_FLOW_ID_IN_ACTION - 'form.'.length)}`;
    expect(flowIdInAction(atLimit)).toBe(atLimit);
    expect(flowIdInAction(`${atLimit}q`)).not.toBe(`${atLimit}q`);
    expect(actionsOf(`${atLimit}q`, 3).every(accepted)).toBe(true);
  });

  it.each(['form.fizzlewick_notes', '9fizzlewick.firstSteps', 'Fizzlewick.firstSteps', 'fizzlewick..firstSteps', '', 'fizzlewick.first steps'])('%j is written as a hash, and the chain accepts it', (flowId) => {
    expect(flowIdInAction(flowId)).toMatch(/^(flow|[a-z][A-Za-z0-9-]*(\.[a-z][A-Za-z0-9-]*)*)-[0-9a-f]{8}$/);
    expect(actionsOf(flowId, 2).every(accepted)).toBe(true);
  });
});

describe('versions no statechart will reach', () => {
  it.each([
    [1000, 1001],
    [-1, 2],
    [1e21, 1e21 + 1],
    [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER],
  ])('from %d to %d: still a name the chain accepts, the same each time', (from, to) => {
    const flowId = 'form.outOfBoroughNotification';
    expect(accepted(carriedOverAction(flowId, from, to))).toBe(true);
    expect(accepted(retiredAction(flowId, from))).toBe(true);
    expect(carriedOverAction(flowId, from, to)).toBe(carriedOverAction(flowId, from, to));
    expect(carriedOverAction(flowId, from, to)).not.toBe(carriedOverAction('form.concernRecord', from, to));
  });
});
