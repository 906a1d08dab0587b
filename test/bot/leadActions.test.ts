import type { Actor } from '../../dialogs/access/access.schema';
import type { DomainEvent } from '../../dialogs/events.schema';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { Storage } from '../../bot/storage/types';
import { createRecordLoads } from '../../bot/recordLoads';
import type { View } from '../../cards/view';
import { encryptedTurnRunner, testAuditActorOf } from '../support/turnRunner';

/**
 * The lead's actions through the real turn runner on the encrypted embedded store: every handler is
 * idempotent (concurrent identical presses store one event and one audit entry), bad input stores
 * nothing, what a lead typed is encrypted at rest, and a closed record takes nothing more.
 */

const LEAD: Actor = { kind: 'person', ownerKey: 'owner-fictional-lead', holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }] };
const SECOND_LEAD: Actor = { kind: 'person', ownerKey: 'owner-fictional-deputy', holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }] };
const REPORTER: Actor = { kind: 'person', ownerKey: 'owner-fictional-teacher', holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'member' }] };
const ACTION = { what: 'Fictional action: speak to the form tutor', who: 'Head of year', byWhen: '7/3/2031' };

async function setUp() {
  const inner = openEmbeddedStorage(':memory:');
  const { runTurn, storage } = encryptedTurnRunner(inner, { clock: () => new Date('2031-03-06T10:00:00Z') });
  const { reference } = await storage.submissions.submit({
    idempotencyKey: 'form-instance-fictional-1',
    kind: 'form.concernRecord',
    ownerKey: REPORTER.kind === 'person' ? REPORTER.ownerKey : '',
    payload: { schemaVersion: 1, answers: {} },
    createdAt: new Date('2031-03-05T09:00:00Z'),
    routedTo: [{ settingId: 'quirkfield-academy', role: 'lead' }],
  });
  let activity = 0;
  const turn = (actor: Actor, event: DomainEvent, conversationId = `conv-${actor.kind === 'person' ? actor.ownerKey : 'x'}`): Promise<View[]> => {
    activity += 1;
    return runTurn({ conversationId, ownerKey: actor.kind === 'person' ? actor.ownerKey : 'nobody', actor, activityId: `activity-${activity}`, event });
  };
  const actions = async () => (await storage.audit.listBySubject(reference)).map((e) => e.action);
  return { inner, storage, reference, turn, actions };
}

describe('the lead acting on a record', () => {
  it('concurrent identical presses of one card store one action and audit it once', async () => {
    const { storage, reference, turn, actions } = await setUp();
    const event: DomainEvent = { event: 'record.actionAdded', reference, key: 'card-key-1', inputs: ACTION };
    await Promise.all([turn(LEAD, event), turn(LEAD, event), turn(LEAD, event, 'conv-other-window')]);
    const events = await storage.recordEvents.listFor([reference]);
    expect(events.map((e) => [e.kind, e.eventKey])).toEqual([['actionAdded', 'card-key-1']]);
    expect(events[0]?.details).toEqual({ what: ACTION.what, who: ACTION.who, byWhen: '2031-03-07' });
    expect((await actions()).filter((a) => a === 'record.actionAdded')).toHaveLength(1);
  });

  it('two leads acknowledging at once: acknowledged once', async () => {
    const { storage, reference, turn, actions } = await setUp();
    await Promise.all([turn(LEAD, { event: 'record.acknowledged', reference }), turn(SECOND_LEAD, { event: 'record.acknowledged', reference })]);
    expect((await storage.recordEvents.listFor([reference])).map((e) => e.kind)).toEqual(['acknowledged']);
    expect((await actions()).filter((a) => a === 'record.acknowledged')).toHaveLength(1);
  });

  it.each([
    ['an empty what', { event: 'record.actionAdded', key: 'k', inputs: { ...ACTION, what: ' ' } }, 'records:fields.what.missing'],
    ['a date that is not a date', { event: 'record.actionAdded', key: 'k', inputs: { ...ACTION, byWhen: '31/2/2031' } }, 'records:fields.byWhen.real'],
    ['no date', { event: 'record.actionAdded', key: 'k', inputs: { ...ACTION, byWhen: '' } }, 'records:fields.byWhen.missing'],
    ['no decision', { event: 'record.decided', key: 'k', inputs: { reason: 'Fictional' } }, 'records:fields.decision.missing'],
    ['a decision that is not one of the choices', { event: 'record.decided', key: 'k', inputs: { decision: 'scoreTheChild', reason: 'Fictional' } }, 'records:fields.decision.missing'],
    ['no further action without why', { event: 'record.decided', key: 'k', inputs: { decision: 'noFurtherAction', reason: '  ' } }, 'records:fields.reason.missing'],
  ] as const)('%s: the error next to its field, the answers kept, nothing stored', async (_name, partial, errorKey) => {
    const { storage, reference, turn, actions } = await setUp();
    const views = await turn(LEAD, { ...partial, reference });
    const form = views[0];
    expect(form?.kind).toBe('recordUpdate');
    if (form?.kind !== 'recordUpdate') return;
    const withError = form.inputs.filter((input) => input.kind === 'field' && input.error !== undefined);
    expect(withError.map((input) => (input.kind === 'field' ? input.error?.key : undefined))).toEqual([errorKey]);
    for (const [id, value] of Object.entries(partial.inputs)) expect(form.inputs.find((input) => input.id === id)).toMatchObject({ value });
    expect(await storage.recordEvents.listFor([reference])).toEqual([]);
    expect((await actions()).filter((a) => a.startsWith('record.'))).toEqual([]);
  });

  it('a decision without a reason where none is needed is recorded', async () => {
    const { storage, reference, turn } = await setUp();
    await turn(LEAD, { event: 'record.decided', reference, key: 'k-1', inputs: { decision: 'referredToMash', reason: '' } });
    expect((await storage.recordEvents.listFor([reference])).map((e) => e.details)).toEqual([{ decision: 'referredToMash', reason: '' }]);
  });

  it('what the lead typed is encrypted at rest', async () => {
    const { inner, reference, turn } = await setUp();
    await turn(LEAD, { event: 'record.actionAdded', reference, key: 'k-1', inputs: ACTION });
    const [raw] = await inner.recordEvents.listFor([reference]);
    expect(raw?.details).toMatchObject({ enc: 'aes-256-gcm' });
    expect(JSON.stringify(raw)).not.toContain('form tutor');
  });

  it('a closed record takes nothing more', async () => {
    const { storage, reference, turn } = await setUp();
    await turn(LEAD, { event: 'record.closed', reference });
    const views = await turn(LEAD, { event: 'record.actionAdded', reference, key: 'k-late', inputs: ACTION });
    expect(views[0]).toMatchObject({ kind: 'recordReview', status: { key: 'records:status.closed' }, work: [] });
    expect((await storage.recordEvents.listFor([reference])).map((e) => e.kind)).toEqual(['closed']);
  });

  it('the reporter cannot act on their own record: answered as not found, audited, nothing stored', async () => {
    const { storage, reference, turn, actions } = await setUp();
    const views = await turn(REPORTER, { event: 'record.acknowledged', reference });
    expect(views[0]).toMatchObject({ kind: 'notice', title: { key: 'exports:notices.notFound.title' } });
    expect(await storage.recordEvents.listFor([reference])).toEqual([]);
    expect(await actions()).toContain('submission.refused.acknowledge');
  });

  it('Records for me lists the record for its lead and audits it as listed; the reporter holding no receiving role is told what it is for', async () => {
    const { reference, turn, actions } = await setUp();
    const [list] = await turn(LEAD, { event: 'records.forMeRequested' });
    expect(list).toMatchObject({ kind: 'recordsForMe' });
    expect(JSON.stringify(list)).toContain(reference);
    expect(await actions()).toContain('submission.listed');
    const [refused] = await turn(REPORTER, { event: 'records.forMeRequested' });
    expect(refused).toMatchObject({ kind: 'notice', title: { key: 'records:notices.noRole.title' } });
  });
});

describe('a lead acting on a record as it is purged', () => {
  it('an action stored the moment after its record went is removed, not audited, and the alerts go too', async () => {
    const inner = openEmbeddedStorage(':memory:');
    const idempotencyKey = 'form-instance-fictional-2';
    const { reference } = await inner.submissions.submit({
      idempotencyKey,
      kind: 'form.concernRecord',
      ownerKey: 'owner-fictional-teacher',
      payload: { schemaVersion: 1, answers: {} },
      createdAt: new Date('2031-03-05T09:00:00Z'),
      routedTo: [{ settingId: 'quirkfield-academy', role: 'lead' }],
    });
    // The purge ran to its end (both passes) between the lead's read of the record and the append.
    const racing: Storage = {
      ...inner,
      recordEvents: {
        ...inner.recordEvents,
        async append(event) {
          await inner.submissions.remove(event.reference);
          return inner.recordEvents.append(event);
        },
      },
    };
    const loads = createRecordLoads({ storage: racing, auditActorOf: testAuditActorOf });
    const now = new Date('2031-03-06T10:00:00Z');
    await inner.alerts.enqueue([{ alertId: 'alert-fictional-1', idempotencyKey, recipientObjectId: 'object-fictional-lead', formKind: 'form.concernRecord', createdAt: now }]);
    await loads.append({ type: 'record.append', reference, operation: 'addAction', key: 'k-1', details: { what: ACTION.what } }, LEAD, 'owner-fictional-lead', now);
    expect(await inner.recordEvents.listFor([reference])).toEqual([]);
    expect(await inner.alerts.listByKey(idempotencyKey)).toEqual([]);
    expect((await inner.audit.listBySubject(reference)).map((e) => e.action)).toEqual([]);
    await inner.close();
  });
});

describe('Records for me filtered by deadline, as loaded', () => {
  it('lists only the records that match, each audited as listed; the others are not listed', async () => {
    const storage = openEmbeddedStorage(':memory:');
    const now = new Date('2031-03-06T12:00:00Z');
    const inHours = (n: number) => new Date(now.getTime() + n * 3_600_000);
    const submit = async (n: number) =>
      (
        await storage.submissions.submit({
          idempotencyKey: `form-instance-fictional-due-${n}`,
          kind: 'form.outOfBoroughNotification',
          ownerKey: 'owner-fictional-teacher',
          payload: { due: n },
          createdAt: new Date('2031-03-05T09:00:00Z'),
          routedTo: [{ settingId: 'quirkfield-academy', role: 'lead' }],
        })
      ).reference;
    const overdue = await submit(1);
    const soon = await submit(2);
    const later = await submit(3);
    const closedOverdue = await submit(4);
    await storage.recordEvents.append({ reference: closedOverdue, eventKey: 'close', kind: 'closed', actorKey: 'actor-1', at: now, details: {} });
    const dueOf: Record<number, Date> = { 1: inHours(-3), 2: inHours(5), 3: inHours(30), 4: inHours(-3) };
    const loads = createRecordLoads({
      storage,
      auditActorOf: testAuditActorOf,
      deadlines: (s) => [{ line: { key: 'forms:deadline.unknown' }, due: dueOf[Number(s.payload['due'])] ?? now }],
    });
    const listed = async (due: 'overdue' | 'dueWithin24Hours') => {
      const loaded = await loads.load({ kind: 'forMe', due }, LEAD, 'owner-fictional-lead', now, (r) => storage.submissions.get(r));
      return loaded.forMe;
    };
    expect(await listed('overdue')).toMatchObject({ due: 'overdue', more: false, items: [{ reference: overdue }] });
    expect((await listed('dueWithin24Hours'))?.items.map((i) => i.reference)).toEqual([soon]);
    const audited = async (reference: string) => (await storage.audit.listBySubject(reference)).map((e) => e.action);
    expect(await audited(overdue)).toEqual(['submission.listed']);
    expect(await audited(soon)).toEqual(['submission.listed']);
    expect(await audited(later)).toEqual([]);
    expect(await audited(closedOverdue)).toEqual([]);
    await storage.close();
  });
});
