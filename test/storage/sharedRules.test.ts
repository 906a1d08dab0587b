import { checkExpectedRevision, isSwept, isTaken, KEPT_REVISIONS } from '../../bot/storage/revisionRules';
import { routeKeyFields, routeKeysOf } from '../../bot/storage/routeKeys';
import { checkStorageKeys, StorageKeyError } from '../../bot/storage/storageKey';
import { draftKeys, submissionKeys } from '../../bot/storage/queryKeys';

// The rules both adapters share; each adapter's behaviour under them is in the contract suites.

describe('revision rules', () => {
  it.each([
    [1, undefined, false],
    [3, 2, false],
    [3, 3, true],
    [3, 7, true],
  ])('a save of revision %p with the newest at %p conflicts: %p', (revision, newest, taken) => {
    expect(isTaken(revision, newest)).toBe(taken);
  });

  it.each([
    [10, 10, true, false],
    [9, 10, false, false],
    [9, 10, true, true],
    [10 - KEPT_REVISIONS + 1, 10, false, false],
    [10 - KEPT_REVISIONS, 10, false, true],
  ])('revision %p with the newest at %p (expired: %p) is swept: %p', (revision, newest, expired, swept) => {
    expect(isSwept(revision, newest, expired)).toBe(swept);
  });

  it.each([0, 1, Number.MAX_SAFE_INTEGER])('accepts %p as an expected revision', (expected) => {
    expect(() => checkExpectedRevision(expected)).not.toThrow();
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21])('refuses %p as an expected revision', (expected) => {
    expect(() => checkExpectedRevision(expected)).toThrow(new RangeError(`expectedRevision must be a non-negative integer, got ${expected}`));
  });
});

describe('route keys', () => {
  const deputy = { settingId: 'quirkfield-school', role: 'deputyLead' } as const;
  const lead = { settingId: 'quirkfield-school', role: 'lead' } as const;

  it('gives each recipient once, in the order first given', () => {
    expect(routeKeysOf([lead, deputy, lead])).toEqual(['quirkfield-school/lead', 'quirkfield-school/deputyLead']);
  });

  it('names each key by its position, so a refusal never echoes a key', () => {
    expect(routeKeyFields(['a/b', 'c/d'])).toEqual({ routeKey0: 'a/b', routeKey1: 'c/d' });
    expect(() => checkStorageKeys(routeKeyFields(['a/b', '']))).toThrow(new StorageKeyError('routeKey1'));
  });
});

describe('query keys', () => {
  it('checks a draft by owner, draft and flow', () => {
    const draft = { ownerKey: 'owner-fizzlewick', draftId: 'draft-1', flowId: 'flow-1', state: {}, expiresAt: new Date(0), updatedAt: new Date(0) };
    expect(draftKeys(draft)).toEqual({ ownerKey: 'owner-fizzlewick', draftId: 'draft-1', flowId: 'flow-1' });
  });

  it('checks a submission by key, owner and form, never its payload', () => {
    const submission = { idempotencyKey: 'flow-1', kind: 'form.concernRecord', ownerKey: 'owner-fizzlewick', payload: { note: 'fictional' }, createdAt: new Date(0) };
    expect(submissionKeys(submission)).toEqual({ idempotencyKey: 'flow-1', ownerKey: 'owner-fizzlewick', kind: 'form.concernRecord' });
  });
});
