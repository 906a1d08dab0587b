import { FICTIONAL_CHILD, FICTIONAL_NOTES, findLeaks, PERSONAL_TEST_VALUES, PLANTED_CANARY } from '../support/personalTestValues';

/** The search the log capture relies on: a planted value is always found, a clean log never flagged. */

describe('findLeaks', () => {
  it.each(PERSONAL_TEST_VALUES.map((value) => [value]))('finds the personal test value "%s" inside a log line, whatever its case', (value) => {
    expect(findLeaks(`{"level":30,"detail":"…${value.toUpperCase()}…"}`).length).toBeGreaterThan(0);
  });

  it('finds the planted canary', () => {
    expect(findLeaks(`{"planted":"${PLANTED_CANARY}"}`)).toContainEqual({ line: 1, what: `personal test value "${FICTIONAL_CHILD.firstName}"` });
  });

  it.each([
    ['a bearer token', 'authorization: Bearer abcdefgh12345678'],
    ['a JWT', '"x":"eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJmaWN0aW9uYWwifQ.sig"'],
  ])('finds %s', (_name, line) => {
    expect(findLeaks(`clean\n${line}`).map((leak) => leak.line)).toEqual([2]);
  });

  it('passes a clean log, including what the logger writes in place of a token', () => {
    const clean = ['{"level":30,"event":"message.received","channel":"test","msg":"turn"}', '{"detail":"Bearer [redacted] and [redacted jwt]"}'].join('\n');
    expect(findLeaks(clean)).toEqual([]);
  });

  it('names the fictional notes, which themselves contain the fictional names', () => {
    for (const note of Object.values(FICTIONAL_NOTES)) expect(findLeaks(note).length).toBeGreaterThan(1);
  });
});
