import { setTimeout as sleep } from 'node:timers/promises';
import { resilientStorage } from '../../bot/storage/resilient.storage';
import { StorageUnavailableError, type Storage } from '../../bot/storage/types';

/** The store that opens in the background: fake open functions, small delays, no real server. */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');

/** A stand-in store that records which operation was called. */
function fakeStorage(calls: string[] = []): Storage & { closed: number } {
  const record = (name: string) => {
    calls.push(name);
  };
  const storage = {
    kind: 'mongodb' as const,
    closed: 0,
    conversations: {
      load: async () => (record('load'), { revision: 7, state: { step: 'seven' } }),
      save: async () => (record('save'), { ok: true as const, revision: 8 }),
    },
    drafts: {
      put: async () => record('drafts.put'),
      get: async () => (record('drafts.get'), undefined),
      list: async () => (record('drafts.list'), []),
      remove: async () => record('drafts.remove'),
    },
    submissions: {
      submit: async () => (record('submit'), { reference: 'CSE-AAAA-BBBB', created: true }),
      get: async () => (record('submissions.get'), undefined),
      listByOwner: async () => (record('submissions.list'), []),
      listRoutedTo: async () => (record('submissions.listRoutedTo'), []),
      referenceOf: async () => (record('submissions.referenceOf'), undefined),
      addRoutes: async () => void record('submissions.addRoutes'),
      listCreatedBefore: async () => (record('submissions.listCreatedBefore'), []),
      remove: async () => (record('submissions.remove'), false),
      listByKind: async () => (record('submissions.listByKind'), []),
    },
    recordEvents: {
      append: async () => (record('recordEvents.append'), { created: true }),
      listFor: async () => (record('recordEvents.listFor'), []),
      removeFor: async () => record('recordEvents.removeFor'),
    },
    audit: {
      append: async () => record('audit.append'),
      listBySubject: async () => (record('audit.list'), []),
      readChain: async () => (record('audit.readChain'), []),
      countUnchained: async () => (record('audit.countUnchained'), 0),
    },
    references: {
      put: async () => record('references.put'),
      get: async () => (record('references.get'), undefined),
    },
    alerts: {
      enqueue: async () => record('alerts.enqueue'),
      due: async () => (record('alerts.due'), []),
      claim: async () => (record('alerts.claim'), { won: true as const }),
      settle: async () => record('alerts.settle'),
      postpone: async () => record('alerts.postpone'),
      listByKey: async () => (record('alerts.listByKey'), []),
      removeByKey: async () => record('alerts.removeByKey'),
    },
    ping: async () => record('ping'),
    sweepExpired: async () => record('sweep'),
    close: async () => {
      storage.closed += 1;
    },
  };
  return storage;
}

/** An open function whose first `failures` calls reject as an unreachable server would. */
function failingThen(failures: number, storage: Storage, delayMs = 0): { open: () => Promise<Storage>; calls: () => number } {
  let calls = 0;
  return {
    open: async () => {
      calls += 1;
      if (delayMs > 0) await sleep(delayMs);
      if (calls <= failures) throw new StorageUnavailableError(new Error('connect ECONNREFUSED'));
      return storage;
    },
    calls: () => calls,
  };
}

/** Polls until ping() resolves (bounded by the test's own timeout). */
async function untilReady(storage: Storage): Promise<void> {
  for (;;) {
    try {
      await storage.ping();
      return;
    } catch {
      await sleep(5);
    }
  }
}

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
});
const track = (storage: Storage): Storage => {
  opened.push(storage);
  return storage;
};

describe('resilientStorage', () => {
  test('returns at once with the configured kind; until open, every operation rejects with StorageUnavailableError', async () => {
    let release: (storage: Storage) => void = () => undefined;
    const pending = new Promise<Storage>((resolve) => (release = resolve));
    const storage = track(resilientStorage(() => pending, { kind: 'mongodb', waitForOpenMs: 10 }));
    expect(storage.kind).toBe('mongodb');
    const operations: [string, () => Promise<unknown>][] = [
      ['load', () => storage.conversations.load('c', T0)],
      ['save', () => storage.conversations.save('c', 0, { a: 1 }, LATER, T0)],
      ['drafts.put', () => storage.drafts.put({ ownerKey: 'o', draftId: 'd', flowId: 'f', state: {}, expiresAt: LATER, updatedAt: T0 })],
      ['drafts.get', () => storage.drafts.get('o', 'd', T0)],
      ['drafts.list', () => storage.drafts.list('o', T0)],
      ['drafts.remove', () => storage.drafts.remove('o', 'd')],
      ['submit', () => storage.submissions.submit({ idempotencyKey: 'k', kind: 'referral', ownerKey: 'o', payload: {}, createdAt: T0 })],
      ['submissions.get', () => storage.submissions.get('CSE-AAAA-BBBB')],
      ['submissions.list', () => storage.submissions.listByOwner('o', 10)],
      ['submissions.listByKind', () => storage.submissions.listByKind('form.maseInformation', T0, 10)],
      ['audit.append', () => storage.audit.append({ at: T0, actorKey: 'a', action: 'viewed', subject: 's' })],
      ['audit.list', () => storage.audit.listBySubject('s')],
      ['submissions.listCreatedBefore', () => storage.submissions.listCreatedBefore('referral', T0, 10)],
      ['submissions.remove', () => storage.submissions.remove('CSE-AAAA-BBBB')],
      ['recordEvents.removeFor', () => storage.recordEvents.removeFor('CSE-AAAA-BBBB')],
      ['alerts.removeByKey', () => storage.alerts.removeByKey('k')],
      ['audit.readChain', () => storage.audit.readChain(0, 10)],
      ['audit.countUnchained', () => storage.audit.countUnchained()],
      ['ping', () => storage.ping()],
      ['sweep', () => storage.sweepExpired(T0)],
    ];
    for (const [, operation] of operations) await expect(operation()).rejects.toBeInstanceOf(StorageUnavailableError);
    release(fakeStorage());
    await untilReady(storage);
  });

  test('reports the embedded kind when configured so', async () => {
    const storage = track(resilientStorage(async () => fakeStorage(), { kind: 'embedded' }));
    expect(storage.kind).toBe('embedded');
  });

  test('retries after failed opens (the first 3 reject), then delegates every operation', async () => {
    const calls: string[] = [];
    const inner = fakeStorage(calls);
    const fake = failingThen(3, inner);
    const errors: string[] = [];
    const storage = track(resilientStorage(fake.open, { retryEveryMs: 5, waitForOpenMs: 0, onError: (kind) => errors.push(kind) }));
    await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
    await untilReady(storage);
    expect(fake.calls()).toBe(4);
    expect(errors).toEqual(Array.from({ length: 3 }, () => 'StorageUnavailableError(Error)'));

    calls.splice(0);
    await expect(storage.conversations.load('c', T0)).resolves.toEqual({ revision: 7, state: { step: 'seven' } });
    await expect(storage.conversations.save('c', 7, { a: 1 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 8 });
    await storage.drafts.put({ ownerKey: 'o', draftId: 'd', flowId: 'f', state: {}, expiresAt: LATER, updatedAt: T0 });
    await expect(storage.drafts.get('o', 'd', T0)).resolves.toBeUndefined();
    await expect(storage.drafts.list('o', T0)).resolves.toEqual([]);
    await storage.drafts.remove('o', 'd');
    await expect(storage.submissions.submit({ idempotencyKey: 'k', kind: 'referral', ownerKey: 'o', payload: {}, createdAt: T0 })).resolves.toEqual({
      reference: 'CSE-AAAA-BBBB',
      created: true,
    });
    await expect(storage.submissions.get('CSE-AAAA-BBBB')).resolves.toBeUndefined();
    await expect(storage.submissions.listByOwner('o', 10)).resolves.toEqual([]);
    await expect(storage.submissions.listByKind('form.maseInformation', T0, 10)).resolves.toEqual([]);
    await storage.audit.append({ at: T0, actorKey: 'a', action: 'viewed', subject: 's' });
    await expect(storage.audit.listBySubject('s')).resolves.toEqual([]);
    await expect(storage.submissions.listCreatedBefore('referral', T0, 10)).resolves.toEqual([]);
    await expect(storage.submissions.remove('CSE-AAAA-BBBB')).resolves.toBe(false);
    await storage.recordEvents.removeFor('CSE-AAAA-BBBB');
    await storage.alerts.removeByKey('k');
    await expect(storage.audit.readChain(0, 10)).resolves.toEqual([]);
    await expect(storage.audit.countUnchained()).resolves.toBe(0);
    await storage.sweepExpired(T0);
    expect(calls).toEqual([
      'load', 'save', 'drafts.put', 'drafts.get', 'drafts.list', 'drafts.remove', 'submit', 'submissions.get', 'submissions.list', 'submissions.listByKind', 'audit.append', 'audit.list',
      'submissions.listCreatedBefore', 'submissions.remove', 'recordEvents.removeFor', 'alerts.removeByKey', 'audit.readChain', 'audit.countUnchained', 'sweep',
    ]);
    expect(fake.calls()).toBe(4); // no more attempts once open
  });

  test('errors from the opened store pass through unchanged', async () => {
    const inner = fakeStorage();
    const boom = new RangeError('bad revision');
    inner.conversations.save = async () => {
      throw boom;
    };
    const storage = track(resilientStorage(async () => inner));
    await untilReady(storage);
    await expect(storage.conversations.save('c', -1, {}, LATER, T0)).rejects.toBe(boom);
  });

  test('an operation arriving while an attempt is in flight waits for it', async () => {
    const calls: string[] = [];
    const fake = failingThen(0, fakeStorage(calls), 50);
    const storage = track(resilientStorage(fake.open, { waitForOpenMs: 2000 }));
    await expect(storage.conversations.load('c', T0)).resolves.toEqual({ revision: 7, state: { step: 'seven' } });
    expect(calls).toEqual(['load']);
  });

  test('an operation waits for an attempt in flight at most waitForOpenMs, then rejects', async () => {
    let release: (storage: Storage) => void = () => undefined;
    const pending = new Promise<Storage>((resolve) => (release = resolve));
    const storage = track(resilientStorage(() => pending, { waitForOpenMs: 10 }));
    await expect(storage.conversations.load('c', T0)).rejects.toBeInstanceOf(StorageUnavailableError);
    release(fakeStorage());
    await untilReady(storage);
  });

  test('an open that throws synchronously, or rejects with a non-Error, is retried too', async () => {
    let calls = 0;
    const errors: string[] = [];
    const inner = fakeStorage();
    const open = (): Promise<Storage> => {
      calls += 1;
      if (calls === 1) throw new TypeError('sync');
      if (calls === 2) return Promise.reject('text');
      return Promise.resolve(inner);
    };
    const storage = track(resilientStorage(open, { retryEveryMs: 5, onError: (kind) => errors.push(kind) }));
    await untilReady(storage);
    expect(errors).toEqual(['TypeError', 'string']);
  });

  test('a reporter that throws does not stop the retries', async () => {
    const fake = failingThen(2, fakeStorage());
    const storage = track(
      resilientStorage(fake.open, {
        retryEveryMs: 5,
        onError: () => {
          throw new Error('reporter broke');
        },
      }),
    );
    await untilReady(storage);
    expect(fake.calls()).toBe(3);
  });

  test('close() stops retrying', async () => {
    const fake = failingThen(Number.POSITIVE_INFINITY, fakeStorage());
    const storage = resilientStorage(fake.open, { retryEveryMs: 5 });
    await sleep(30);
    await storage.close();
    const attempts = fake.calls();
    expect(attempts).toBeGreaterThan(1);
    await sleep(60);
    expect(fake.calls()).toBe(attempts);
    await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  test('close() closes the opened store, once', async () => {
    const inner = fakeStorage();
    const storage = resilientStorage(async () => inner);
    await untilReady(storage);
    await Promise.all([storage.close(), storage.close()]);
    await storage.close();
    expect(inner.closed).toBe(1);
    await expect(storage.conversations.load('c', T0)).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  test('close() during an attempt in flight closes what that attempt opens, and it is never used', async () => {
    const calls: string[] = [];
    const inner = fakeStorage(calls);
    const fake = failingThen(0, inner, 50);
    const storage = resilientStorage(fake.open);
    await storage.close();
    expect(inner.closed).toBe(1);
    await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(calls).toEqual([]);
    expect(fake.calls()).toBe(1);
  });

  describe('back-off (fake timers)', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test('waits 1 s after the first failure, doubling to at most 30 s', async () => {
      const attemptsAt: number[] = [];
      const start = Date.now();
      const open = async (): Promise<Storage> => {
        attemptsAt.push(Date.now() - start);
        throw new StorageUnavailableError(new Error('down'));
      };
      const storage = resilientStorage(open);
      await jest.advanceTimersByTimeAsync(200_000);
      await storage.close();
      const gaps = attemptsAt.slice(1).map((at, i) => at - (attemptsAt[i] ?? 0));
      expect(gaps.slice(0, 8)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    });
  });
});
