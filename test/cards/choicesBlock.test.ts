import { BUTTON_TITLE_MAX, choicesBlock } from '../../cards/fragments';
import type { ActionView, Translate } from '../../cards/view';

/**
 * A button holds a title of at most 30 characters as a person reads them: code points, so a
 * character outside the Basic Multilingual Plane (two UTF-16 units) counts once. The count is
 * made without spreading each title into an array (issue 14, twelfth round).
 */

const t: Translate = (key) => key;
const choice = (title: string): ActionView => ({ label: { key: title }, data: { go: title } });
const kinds = (title: string): string[] => choicesBlock(t, [choice(title), choice('Back')]).map((element) => String(element.type));

describe('choicesBlock counts a title in characters, not UTF-16 units', () => {
  const astral = '\u{1D400}'; // one character, two UTF-16 units

  it('draws a title of 30 characters as a button, however many units they take', () => {
    expect(BUTTON_TITLE_MAX).toBe(30);
    expect(kinds(astral.repeat(30))).toEqual(['ActionSet']);
    expect(kinds(`${astral.repeat(15)}${'a'.repeat(15)}`)).toEqual(['ActionSet']);
    expect(kinds('a'.repeat(30))).toEqual(['ActionSet']);
  });

  it('draws a title of 31 characters as a line, and the plain choice with it too', () => {
    expect(kinds(astral.repeat(31))).toEqual(['Container', 'Container']);
    expect(kinds(`${astral.repeat(16)}${'a'.repeat(15)}`)).toEqual(['Container', 'Container']);
    expect(kinds('a'.repeat(31))).toEqual(['Container', 'Container']);
  });

  it('counts a lone surrogate as one character, as the spread did', () => {
    expect(kinds('\uD835'.repeat(30))).toEqual(['ActionSet']);
    expect(kinds(`${'\uDC00'.repeat(30)}a`)).toEqual(['Container', 'Container']);
    expect(kinds(`${'\uD835'.repeat(29)}${astral}`)).toEqual(['ActionSet']);
  });
});
