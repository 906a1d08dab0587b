import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { AuditEntryError, GENESIS_HASH } from '../../bot/storage/auditChain';
import { verifyAuditChain } from '../../bot/storage/verifyAuditChain';
import type { AuditEntry, ChainedAuditEntry, Storage } from '../../bot/storage/types';

/**
 * The audit chain, the same on every adapter: one unbroken hash chain whoever appends, free text
 * refused, and a tampered entry found. Each test gets a fresh database and two store instances on it.
 */

export type Tampering = 'alterSubject' | 'remove' | 'swapWithNext';

export interface ChainFixture {
  /** Two store instances on one fresh database (as two server instances would share it). */
  open(): Promise<[Storage, Storage]>;
  /** Changes the stored entry `seq` behind the store's back, as someone with database access could. */
  tamper(seq: number, how: Tampering): Promise<void>;
  cleanup(): Promise<void>;
}

const T0 = new Date('2031-03-04T09:00:00.000Z');
const entry = (n: number, subject = `CSE-TEST-${String(n).padStart(4, '0')}`): AuditEntry => ({
  at: new Date(T0.getTime() + n * 1000),
  actorKey: `actor-${n % 3}`,
  action: n % 2 === 0 ? 'submission.read' : 'form.submitted',
  subject,
});

async function wholeChain(storage: Storage): Promise<ChainedAuditEntry[]> {
  const all: ChainedAuditEntry[] = [];
  for (;;) {
    const page = await storage.audit.readChain(all.at(-1)?.seq ?? 0, 7);
    all.push(...page);
    if (page.length < 7) return all;
  }
}

export function auditChainContract(name: string, fixture: () => ChainFixture): void {
  describe(`audit chain contract: ${name}`, () => {
    let fx: ChainFixture;
    let a: Storage;
    let b: Storage;

    beforeEach(async () => {
      fx = fixture();
      [a, b] = await fx.open();
    });

    afterEach(async () => {
      await a.close();
      await b.close();
      await fx.cleanup();
    });

    test('appends form one chain from the genesis value, each entry pointing to the one before', async () => {
      for (let n = 1; n <= 5; n += 1) await (n % 2 === 0 ? a : b).audit.append(entry(n));
      const chain = await wholeChain(a);
      expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
      chain.slice(1).forEach((e, i) => expect(e.prevHash).toBe(chain[i]?.hash));
      expect(chain.map(({ at, actorKey, action, subject }) => ({ at, actorKey, action, subject }))).toEqual([1, 2, 3, 4, 5].map((n) => entry(n)));
      await expect(verifyAuditChain(b.audit, 2)).resolves.toEqual({ checked: 5, unchained: 0, head: { seq: 5, hash: chain[4]?.hash }, broken: undefined });
      await expect(a.audit.listBySubject('CSE-TEST-0003')).resolves.toEqual([entry(3)]);
    });

    test('50 appends at once from two instances make one unbroken chain, each entry once', async () => {
      const subjects = Array.from({ length: 50 }, (_, i) => `flow-${i}-${randomUUID()}`);
      await Promise.all(subjects.map((subject, i) => (i % 2 === 0 ? a : b).audit.append(entry(i, subject))));
      const chain = await wholeChain(b);
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(new Set(chain.map((e) => e.subject))).toEqual(new Set(subjects));
      const report = await verifyAuditChain(a.audit, 9);
      expect(report).toMatchObject({ checked: 50, broken: undefined });
    });

    test('an empty chain verifies, with nothing checked', async () => {
      await expect(verifyAuditChain(a.audit)).resolves.toEqual({ checked: 0, unchained: 0, head: { seq: 0, hash: GENESIS_HASH }, broken: undefined });
    });

    test.each([
      ['alterSubject', { seq: 3, problem: 'hashMismatch' }],
      ['remove', { seq: 4, problem: 'gap', expectedSeq: 3 }],
      ['swapWithNext', { seq: 3, problem: 'prevHashMismatch' }],
    ] as const)('an entry tampered with (%s) is reported as the first broken link', async (how, broken) => {
      for (let n = 1; n <= 6; n += 1) await a.audit.append(entry(n));
      await expect(verifyAuditChain(b.audit)).resolves.toMatchObject({ checked: 6, broken: undefined });
      await fx.tamper(3, how);
      await expect(verifyAuditChain(b.audit, 2)).resolves.toMatchObject({ checked: 2, broken });
      await expect(verifyAuditChain(b.audit, 4)).resolves.toMatchObject({ checked: 2, broken });
    });

    test('readChain pages in sequence order and refuses a page out of range', async () => {
      for (let n = 1; n <= 4; n += 1) await a.audit.append(entry(n));
      await expect(a.audit.readChain(1, 2).then((page) => page.map((e) => e.seq))).resolves.toEqual([2, 3]);
      await expect(a.audit.readChain(4, 10)).resolves.toEqual([]);
      for (const [after, limit] of [[-1, 10], [0, 0], [0, 1001], [0.5, 10]] as const) await expect(a.audit.readChain(after, limit)).rejects.toThrow(RangeError);
    });

    // An entry names what was done to what by opaque keys: nothing typed by a person can be written into it.
    test.each([
      ['a subject with a name and address', { subject: 'Test Child A, 1 Example Street' }],
      ['a subject that is a sentence', { subject: 'she said he hurt her' }],
      ['a subject with a line break', { subject: 'CSE-TEST-0001\nnote' }],
      ['a subject too long to be an id', { subject: 'x'.repeat(81) }],
      ['an action with spaces', { action: 'form submitted by Test Adult B' }],
      ['an action that is not dot-separated identifiers', { action: 'Form/submitted!' }],
      ['an actor that is a name', { actorKey: 'Test Adult B' }],
    ])('refuses %s and writes nothing', async (_label, change) => {
      await a.audit.append(entry(1));
      await expect(a.audit.append({ ...entry(2), ...change })).rejects.toBeInstanceOf(AuditEntryError);
      await expect(wholeChain(b)).resolves.toHaveLength(1);
    });

    test('refuses any subject or action that holds whitespace (generated)', async () => {
      const freeText = fc
        .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0'), fc.string({ maxLength: 20 }))
        .map(([before, space, after]) => `${before}${space}${after}`);
      await fc.assert(
        fc.asyncProperty(freeText, fc.boolean(), async (text, asSubject) => {
          const attempt = asSubject ? { ...entry(1), subject: text } : { ...entry(1), action: text };
          await expect(a.audit.append(attempt)).rejects.toThrow();
        }),
        { numRuns: 60 },
      );
      await expect(wholeChain(a)).resolves.toEqual([]);
    });
  });
}
