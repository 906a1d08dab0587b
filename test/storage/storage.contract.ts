import { randomUUID } from 'node:crypto';
import { jsonObjectSchema, type AuditEntry, type DraftRecord, type JsonObject, type NewSubmission, type SaveResult, type Storage } from '../../bot/storage/types';

/**
 * The one contract every storage adapter passes (embedded and MongoDB alike). Each test opens a
 * fresh Storage and uses its own random ids, so adapters may share one database between tests.
 * All data is fictional.
 */

const REFERENCE = /^CSE-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const T0 = new Date('2031-03-04T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const LATER = at(24 * 60);

const uid = (prefix: string): string => `${prefix}-${randomUUID()}`;

/** A JSON object that exercises every awkward corner: operator-like and dotted keys, an own "__proto__", unicode, size. */
function unusualObject(label: string): JsonObject {
  const text = JSON.stringify({
    label,
    $set: { $inc: 1, 'a.b': 'dotted' },
    'a.b': { 'c.d': [1, 2, 3] },
    $: '$',
    '.': '.',
    '': 'empty key',
    ['__proto__']: { polluted: true }, // computed: an own key, not the prototype
    constructor: 'not a constructor',
    unicode: 'Test Child A 👩‍👧‍👦 🧒🏽 — «ünïcödé» 中文 日本語',
    rightToLeft: 'طفل الاختبار أ — ילד בדיקה א',
    mixedDirection: 'A \u202Eright-to-left override\u202C B',
    loneSurrogate: 'x\uD800y',
    controlChars: 'tab\tnewline\nnull\u0000end',
    big: 'x'.repeat(200 * 1024),
    numbers: [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER],
    nested: [[1, [2, [3]]], [], {}],
    flags: [true, false, null],
  });
  // JSON.parse gives an own "__proto__" property, which an object literal cannot.
  const parsed = jsonObjectSchema.parse(JSON.parse(text));
  if (!Object.hasOwn(parsed, '__proto__')) throw new Error('jsonObjectSchema dropped the own "__proto__" key');
  return parsed;
}

function expectExactly(actual: JsonObject | undefined, expected: JsonObject): void {
  expect(actual).toBeDefined();
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(actual).toEqual(expected);
  expect(Object.prototype.hasOwnProperty.call(actual, '__proto__')).toBe(true);
  expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
}

const countOk = (results: SaveResult[]): number => results.filter((r) => r.ok).length;

export function storageContract(name: string, open: () => Promise<Storage>, teardown?: () => Promise<void> | void): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await open();
    });

    afterEach(async () => {
      await storage.close();
      await teardown?.();
    });

    test('ping resolves', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    describe('conversations', () => {
      test('an unknown conversation loads as revision 0 with no state', async () => {
        await expect(storage.conversations.load(uid('conv'), T0)).resolves.toEqual({ revision: 0, state: undefined });
      });

      test('save then load round-trips the state', async () => {
        const id = uid('conv');
        const state = { step: 'concerns', child: 'Test Child A', answers: { risk: 'medium', seen: true } };
        await expect(storage.conversations.save(id, 0, state, LATER, T0)).resolves.toEqual({ ok: true, revision: 1 });
        await expect(storage.conversations.load(id, at(1))).resolves.toEqual({ revision: 1, state });
      });

      test('successive saves advance the revision and load returns the newest', async () => {
        const id = uid('conv');
        for (let revision = 0; revision < 4; revision += 1) {
          await expect(storage.conversations.save(id, revision, { n: revision + 1 }, LATER, at(revision))).resolves.toEqual({
            ok: true,
            revision: revision + 1,
          });
        }
        await expect(storage.conversations.load(id, at(5))).resolves.toEqual({ revision: 4, state: { n: 4 } });
      });

      test('two saves at the same expected revision: exactly one ok, the other a conflict', async () => {
        const id = uid('conv');
        const first = await storage.conversations.save(id, 0, { by: 'first' }, LATER, T0);
        const second = await storage.conversations.save(id, 0, { by: 'second' }, LATER, T0);
        expect(first).toEqual({ ok: true, revision: 1 });
        expect(second).toEqual({ ok: false, reason: 'conflict' });
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: { by: 'first' } });
      });

      test('a save at an older revision is a conflict and changes nothing', async () => {
        const id = uid('conv');
        for (let revision = 0; revision < 3; revision += 1) await storage.conversations.save(id, revision, { n: revision + 1 }, LATER, T0);
        await expect(storage.conversations.save(id, 1, { n: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 3, state: { n: 3 } });
      });

      test('10 concurrent saves at the same expected revision: exactly one wins', async () => {
        const id = uid('conv');
        await storage.conversations.save(id, 0, { n: 0 }, LATER, T0);
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => storage.conversations.save(id, 1, { writer: i }, LATER, T0)),
        );
        expect(countOk(results)).toBe(1);
        expect(results.filter((r) => !r.ok)).toHaveLength(9);
        const winner = results.findIndex((r) => r.ok);
        expect(results[winner]).toEqual({ ok: true, revision: 2 });
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 2, state: { writer: winner } });
      });

      test('a save at an expected revision no load could give is refused, and saves beside it still land', async () => {
        const id = uid('conv');
        const beside = uid('conv');
        const [refused, landed] = await Promise.allSettled([
          Promise.all([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY].map((bad) => storage.conversations.save(id, bad, { n: 'bad' }, LATER, T0).then(() => 'saved', (error: unknown) => error))),
          storage.conversations.save(beside, 0, { n: 1 }, LATER, T0),
        ]);
        expect(refused.status === 'fulfilled' && refused.value.every((outcome) => outcome instanceof RangeError)).toBe(true);
        expect(landed).toEqual({ status: 'fulfilled', value: { ok: true, revision: 1 } });
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 0, state: undefined });
      });

      test('conversations are independent of each other', async () => {
        const a = uid('conv');
        const b = uid('conv');
        await storage.conversations.save(a, 0, { who: 'a' }, LATER, T0);
        await storage.conversations.save(a, 1, { who: 'a2' }, LATER, T0);
        await expect(storage.conversations.save(b, 0, { who: 'b' }, LATER, T0)).resolves.toEqual({ ok: true, revision: 1 });
        await expect(storage.conversations.load(b, T0)).resolves.toEqual({ revision: 1, state: { who: 'b' } });
      });

      test('an expired conversation loads with no state but keeps its revision; the next save at it succeeds', async () => {
        const id = uid('conv');
        await storage.conversations.save(id, 0, { n: 1 }, at(10), T0);
        await storage.conversations.save(id, 1, { n: 2 }, at(10), at(1));
        await expect(storage.conversations.load(id, at(9))).resolves.toEqual({ revision: 2, state: { n: 2 } });
        await expect(storage.conversations.load(id, at(10))).resolves.toEqual({ revision: 2, state: undefined });
        await expect(storage.conversations.save(id, 0, { n: 'restart' }, at(100), at(11))).resolves.toEqual({ ok: false, reason: 'conflict' });
        await expect(storage.conversations.save(id, 2, { n: 'fresh' }, at(100), at(11))).resolves.toEqual({ ok: true, revision: 3 });
        await expect(storage.conversations.load(id, at(12))).resolves.toEqual({ revision: 3, state: { n: 'fresh' } });
      });
    });

    describe('drafts', () => {
      const draft = (ownerKey: string, draftId: string, overrides: Partial<DraftRecord> = {}): DraftRecord => ({
        ownerKey,
        draftId,
        flowId: 'referral',
        state: { child: 'Test Child A', step: 2 },
        expiresAt: LATER,
        updatedAt: T0,
        ...overrides,
      });

      test('put then get round-trips every field; put again replaces it', async () => {
        const owner = uid('owner');
        const first = draft(owner, 'd1');
        await storage.drafts.put(first);
        await expect(storage.drafts.get(owner, 'd1', T0)).resolves.toEqual(first);
        const second = draft(owner, 'd1', { flowId: 'strategy-meeting', state: { step: 3 }, updatedAt: at(5), expiresAt: at(60 * 48) });
        await storage.drafts.put(second);
        await expect(storage.drafts.get(owner, 'd1', at(6))).resolves.toEqual(second);
        await expect(storage.drafts.list(owner, at(6))).resolves.toEqual([second]);
      });

      test('10 concurrent puts of one new draft all succeed and one of them is kept', async () => {
        const owner = uid('owner');
        const puts = Array.from({ length: 10 }, (_, i) => draft(owner, 'd1', { state: { writer: i }, updatedAt: at(i) }));
        await Promise.all(puts.map((d) => storage.drafts.put(d)));
        const kept = await storage.drafts.get(owner, 'd1', T0);
        expect(puts).toContainEqual(kept);
        await expect(storage.drafts.list(owner, T0)).resolves.toHaveLength(1);
      });

      test('get of an unknown draft, or of another owner’s, is undefined', async () => {
        const owner = uid('owner');
        await storage.drafts.put(draft(owner, 'd1'));
        await expect(storage.drafts.get(owner, 'missing', T0)).resolves.toBeUndefined();
        await expect(storage.drafts.get(uid('owner'), 'd1', T0)).resolves.toBeUndefined();
        await expect(storage.drafts.list(uid('owner'), T0)).resolves.toEqual([]);
      });

      test('list returns only the owner’s drafts, newest first', async () => {
        const owner = uid('owner');
        const other = uid('owner');
        await storage.drafts.put(draft(owner, 'middle', { updatedAt: at(2) }));
        await storage.drafts.put(draft(owner, 'oldest', { updatedAt: at(1) }));
        await storage.drafts.put(draft(owner, 'newest', { updatedAt: at(3) }));
        await storage.drafts.put(draft(other, 'theirs', { updatedAt: at(4) }));
        const listed = await storage.drafts.list(owner, at(5));
        expect(listed.map((d) => d.draftId)).toEqual(['newest', 'middle', 'oldest']);
        expect(listed.every((d) => d.ownerKey === owner)).toBe(true);
      });

      test('remove deletes the draft; removing a missing one is a no-op', async () => {
        const owner = uid('owner');
        await storage.drafts.put(draft(owner, 'd1'));
        await storage.drafts.put(draft(owner, 'd2'));
        await storage.drafts.remove(owner, 'd1');
        await expect(storage.drafts.get(owner, 'd1', T0)).resolves.toBeUndefined();
        await expect(storage.drafts.list(owner, T0)).resolves.toEqual([draft(owner, 'd2')]);
        await expect(storage.drafts.remove(owner, 'd1')).resolves.toBeUndefined();
        await expect(storage.drafts.remove(uid('owner'), 'nothing')).resolves.toBeUndefined();
      });

      test('expired drafts are not returned, and the sweep deletes them', async () => {
        const owner = uid('owner');
        const expiring = draft(owner, 'expiring', { expiresAt: at(10), updatedAt: at(1) });
        const lasting = draft(owner, 'lasting', { expiresAt: LATER, updatedAt: at(0) });
        await storage.drafts.put(expiring);
        await storage.drafts.put(lasting);
        await expect(storage.drafts.list(owner, at(9))).resolves.toEqual([expiring, lasting]);
        await expect(storage.drafts.get(owner, 'expiring', at(10))).resolves.toBeUndefined();
        await expect(storage.drafts.list(owner, at(10))).resolves.toEqual([lasting]);
        await storage.sweepExpired(at(11));
        // Read as of before its expiry: only a deleted draft is missing now.
        await expect(storage.drafts.get(owner, 'expiring', at(5))).resolves.toBeUndefined();
        await expect(storage.drafts.list(owner, at(5))).resolves.toEqual([lasting]);
      });
    });

    describe('submissions', () => {
      const submission = (idempotencyKey: string, overrides: Partial<NewSubmission> = {}): NewSubmission => ({
        idempotencyKey,
        kind: 'referral',
        ownerKey: 'owner-test-1',
        payload: { child: 'Test Child A', concerns: ['missing episodes'], urgent: false },
        createdAt: T0,
        ...overrides,
      });

      test('submit creates a record with a well-formed reference; get returns it', async () => {
        const input = submission(uid('flow'));
        const result = await storage.submissions.submit(input);
        expect(result.created).toBe(true);
        expect(result.reference).toMatch(REFERENCE);
        await expect(storage.submissions.get(result.reference)).resolves.toEqual({ ...input, reference: result.reference, routedTo: [] });
      });

      test('a second submit with the same key returns the same reference, created false, and keeps the first payload', async () => {
        const key = uid('flow');
        const first = await storage.submissions.submit(submission(key));
        const second = await storage.submissions.submit(submission(key, { payload: { child: 'Test Child B' }, createdAt: at(1) }));
        expect(second).toEqual({ reference: first.reference, created: false });
        await expect(storage.submissions.get(first.reference)).resolves.toEqual({ ...submission(key), reference: first.reference, routedTo: [] });
      });

      test('10 concurrent submits with one key: exactly one created, all the same reference', async () => {
        const key = uid('flow');
        const results = await Promise.all(Array.from({ length: 10 }, () => storage.submissions.submit(submission(key))));
        expect(results.filter((r) => r.created)).toHaveLength(1);
        const references = new Set(results.map((r) => r.reference));
        expect(references.size).toBe(1);
        const [reference] = [...references];
        expect(reference).toMatch(REFERENCE);
        await expect(storage.submissions.get(reference ?? '')).resolves.toEqual({ ...submission(key), reference, routedTo: [] });
      });

      test('different keys get different references', async () => {
        const results = await Promise.all(Array.from({ length: 5 }, () => storage.submissions.submit(submission(uid('flow')))));
        expect(results.every((r) => r.created)).toBe(true);
        expect(new Set(results.map((r) => r.reference)).size).toBe(5);
      });

      test('get of an unknown reference is undefined', async () => {
        await expect(storage.submissions.get('CSE-0000-0000')).resolves.toBeUndefined();
      });

      test("listByOwner: the owner's own submissions only, newest first, at most the limit", async () => {
        const owner = uid('owner');
        const other = uid('owner');
        const made: string[] = [];
        // Created out of order, two in the same millisecond: the later insert lists first.
        for (const minute of [2, 0, 5, 5, 3]) {
          const { reference } = await storage.submissions.submit(submission(uid('flow'), { ownerKey: owner, createdAt: at(minute) }));
          made.push(reference);
        }
        await storage.submissions.submit(submission(uid('flow'), { ownerKey: other, createdAt: at(9), payload: { child: 'Test Child B' } }));
        const newestFirst = [made[3], made[2], made[4], made[0], made[1]];
        const listed = await storage.submissions.listByOwner(owner, 10);
        expect(listed.map((s) => s.reference)).toEqual(newestFirst);
        expect(listed.every((s) => s.ownerKey === owner)).toBe(true);
        expect(listed[0]).toEqual({ ...submission(listed[0]?.idempotencyKey ?? '', { ownerKey: owner, createdAt: at(5) }), reference: made[3], routedTo: [] });
        await expect(storage.submissions.listByOwner(owner, 2)).resolves.toMatchObject(newestFirst.slice(0, 2).map((reference) => ({ reference })));
        await expect(storage.submissions.listByOwner(other, 10)).resolves.toMatchObject([{ ownerKey: other, payload: { child: 'Test Child B' } }]);
        await expect(storage.submissions.listByOwner(uid('owner'), 10)).resolves.toEqual([]);
      });

      test("listByKind: one form's submissions from every owner, made at or after `since`, newest first, at most the limit", async () => {
        const kind = uid('form.kind');
        const made: string[] = [];
        // Two owners, out of order, two in the same millisecond (the later insert lists first), one before `since`.
        for (const [minute, owner] of [[2, 'a'], [0, 'b'], [5, 'a'], [5, 'b'], [3, 'a'], [1, 'b']] as const) {
          const { reference } = await storage.submissions.submit(submission(uid('flow'), { kind, ownerKey: `owner-${owner}`, createdAt: at(minute) }));
          made.push(reference);
        }
        await storage.submissions.submit(submission(uid('flow'), { kind: uid('form.other'), createdAt: at(4) }));
        const newestFirst = [made[3], made[2], made[4], made[0], made[5]];
        const listed = await storage.submissions.listByKind(kind, at(1), 10);
        expect(listed.map((s) => s.reference)).toEqual(newestFirst);
        expect(new Set(listed.map((s) => s.ownerKey))).toEqual(new Set(['owner-a', 'owner-b']));
        expect(listed[0]).toEqual({ ...submission(listed[0]?.idempotencyKey ?? '', { kind, ownerKey: 'owner-b', createdAt: at(5) }), reference: made[3], routedTo: [] });
        await expect(storage.submissions.listByKind(kind, at(1), 2)).resolves.toMatchObject(newestFirst.slice(0, 2).map((reference) => ({ reference })));
        await expect(storage.submissions.listByKind(kind, at(6), 10)).resolves.toEqual([]);
        await expect(storage.submissions.listByKind(uid('form.none'), at(0), 10)).resolves.toEqual([]);
      });

      test('listByKind refuses a limit outside 1 to 2,000, a date that is not one, and a kind that is not a string', async () => {
        for (const limit of [0, -1, 2001, 1.5, Number.NaN]) await expect(storage.submissions.listByKind('form.maseInformation', at(0), limit)).rejects.toThrow(RangeError);
        await expect(storage.submissions.listByKind('form.maseInformation', new Date(Number.NaN), 10)).rejects.toThrow(RangeError);
        await expect(storage.submissions.listByKind({ $ne: '' } as unknown as string, at(0), 10)).rejects.toThrow();
      });

      test('listByOwner refuses a limit outside 1 to 100, and an owner key that is not a string', async () => {
        for (const limit of [0, -1, 101, 1.5, Number.NaN]) await expect(storage.submissions.listByOwner('owner-test-1', limit)).rejects.toThrow(RangeError);
        await expect(storage.submissions.listByOwner({ $ne: '' } as unknown as string, 10)).rejects.toThrow();
      });
    });

    describe('audit log', () => {
      test('append then listBySubject returns that subject’s entries in append order', async () => {
        const subject = uid('CSE-subject');
        // Times deliberately out of order and repeated: the order is the order of appending.
        const times = [at(5), at(1), at(1), at(9), at(0)];
        const entries: AuditEntry[] = times.map((time, i) => ({ at: time, actorKey: `actor-${i % 2}`, action: `action-${i}`, subject }));
        for (const entry of entries) {
          await storage.audit.append(entry);
          await storage.audit.append({ at: T0, actorKey: 'actor-x', action: 'noise', subject: uid('other') });
        }
        await expect(storage.audit.listBySubject(subject)).resolves.toEqual(entries);
        await expect(storage.audit.listBySubject(uid('nobody'))).resolves.toEqual([]);
      });

      test('has no method to update or delete entries', () => {
        const audit: object = storage.audit;
        const methods = Object.keys(audit).filter((key) => typeof Reflect.get(audit, key) === 'function');
        expect(methods.sort()).toEqual(['append', 'countUnchained', 'listBySubject', 'readChain']);
        for (const name of ['update', 'updateOne', 'replace', 'delete', 'deleteOne', 'deleteMany', 'remove', 'clear', 'truncate']) {
          expect(name in audit).toBe(false);
        }
      });
    });

    describe('large and unusual values', () => {
      test('conversation state round-trips exactly', async () => {
        const id = `$conv.${uid('ünï')}`;
        const state = unusualObject('conversation');
        await expect(storage.conversations.save(id, 0, state, LATER, T0)).resolves.toEqual({ ok: true, revision: 1 });
        const loaded = await storage.conversations.load(id, T0);
        expect(loaded.revision).toBe(1);
        expectExactly(loaded.state, state);
      });

      test('draft state round-trips exactly', async () => {
        const owner = uid('$owner.key');
        const state = unusualObject('draft');
        await storage.drafts.put({ ownerKey: owner, draftId: '$draft.1', flowId: 'référral', state, expiresAt: LATER, updatedAt: T0 });
        const got = await storage.drafts.get(owner, '$draft.1', T0);
        expectExactly(got?.state, state);
        const [listed] = await storage.drafts.list(owner, T0);
        expectExactly(listed?.state, state);
      });

      test('submission payload round-trips exactly', async () => {
        const payload = unusualObject('submission');
        const { reference } = await storage.submissions.submit({ idempotencyKey: uid('$flow.key'), kind: 'referral', ownerKey: 'owner-test-1', payload, createdAt: T0 });
        const got = await storage.submissions.get(reference);
        expectExactly(got?.payload, payload);
      });
    });

    describe('sweepExpired', () => {
      test('keeps the newest revision, so a later save does not collide', async () => {
        const id = uid('conv');
        for (let revision = 0; revision < 8; revision += 1) {
          await storage.conversations.save(id, revision, { n: revision + 1 }, at(60 + revision), at(revision));
        }
        await storage.sweepExpired(at(30)); // only superseded revisions are due
        await expect(storage.conversations.load(id, at(30))).resolves.toEqual({ revision: 8, state: { n: 8 } });
        await expect(storage.conversations.save(id, 8, { n: 9 }, at(200), at(31))).resolves.toEqual({ ok: true, revision: 9 });
        await storage.sweepExpired(at(100)); // every revision but the newest has expired
        await expect(storage.conversations.load(id, at(100))).resolves.toEqual({ revision: 9, state: { n: 9 } });
        await expect(storage.conversations.save(id, 9, { n: 10 }, at(300), at(101))).resolves.toEqual({ ok: true, revision: 10 });
        await expect(storage.conversations.save(id, 9, { n: 'late' }, at(300), at(101))).resolves.toEqual({ ok: false, reason: 'conflict' });
      });

      test('an expired newest revision keeps its number but loses its content', async () => {
        const id = uid('conv');
        await storage.conversations.save(id, 0, { child: 'Test Child A' }, at(10), T0);
        await storage.conversations.save(id, 1, { child: 'Test Child A', step: 2 }, at(10), at(1));
        await storage.sweepExpired(at(20));
        await expect(storage.conversations.load(id, at(20))).resolves.toEqual({ revision: 2, state: undefined });
        // Even read as of before its expiry, the content is gone.
        const early = await storage.conversations.load(id, at(2));
        expect(early.revision).toBe(2);
        expect(early.state?.['child']).toBeUndefined();
        await expect(storage.conversations.save(id, 2, { step: 1 }, at(100), at(21))).resolves.toEqual({ ok: true, revision: 3 });
        await expect(storage.conversations.load(id, at(22))).resolves.toEqual({ revision: 3, state: { step: 1 } });
      });

      test('leaves live data alone and can run repeatedly', async () => {
        const id = uid('conv');
        const owner = uid('owner');
        await storage.conversations.save(id, 0, { n: 1 }, LATER, T0);
        await storage.drafts.put({ ownerKey: owner, draftId: 'd', flowId: 'f', state: { a: 1 }, expiresAt: LATER, updatedAt: T0 });
        await storage.sweepExpired(at(1));
        await storage.sweepExpired(at(1));
        await expect(storage.conversations.load(id, at(2))).resolves.toEqual({ revision: 1, state: { n: 1 } });
        await expect(storage.drafts.get(owner, 'd', at(2))).resolves.toBeDefined();
      });
    });
  });
}
