import { allEntries } from '../../knowledge/entries';

/** A driver whose fare is a child in the cab now must hear 999 before anything about refusing the fare and 101. */
describe('the Makesafe signs for taxi and private-hire drivers', () => {
  const taxis = allEntries.find((e) => e.id === 'makesafe.taxis');

  it('says 999 for a child in the cab now before it says to refuse the fare and call 101', () => {
    for (const text of [taxis?.summary ?? '', taxis?.body ?? '']) {
      expect(text).toMatch(/999/);
      expect(text.indexOf('999')).toBeLessThan(text.indexOf('101'));
    }
  });

  it('cites the protocol (Section 11, Operation Makesafe) for the call', () => {
    expect(taxis?.body).toMatch(/Section 11/);
  });
});
