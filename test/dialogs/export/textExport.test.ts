import fc from 'fast-check';
import type { FormDocument } from '../../../dialogs/forms/document';
import { linesOf } from '../../../dialogs/forms/export/cleanText';
import { TEXT_EXPORT_VERSION, toText } from '../../../dialogs/forms/export/text.export';
import { concernRecordDocument, maseDocument } from '../../support/formDocuments';
import { strictT } from '../../support/i18n';

const withValue = (value: string): FormDocument => ({
  ...concernRecordDocument,
  sections: [{ heading: 'The child', columns: 1, rows: [{ label: 'Name', value }, { label: 'Age', value: '14' }] }],
});

/** A line that would read as structure: a heading, or a field at the start of a line. */
const structural = (text: string): string[] => text.split('\r\n').filter((line) => /^(==|--|\* |\S[^:]*:)/.test(line));

describe('plain-text export', () => {
  test('a concern record: title, reference, submitted, versions, fields, notes and source', async () => {
    const text = toText(concernRecordDocument, await strictT());
    expect(text).toMatchSnapshot();
    expect(text).toContain(`Format: plain text version ${TEXT_EXPORT_VERSION}, document version 1`);
    expect(text).not.toMatch(/(^|[^\r])\n/); // CRLF only
    expect(text).not.toMatch(/[*_#`]{2}|\[.*\]\(/); // no markdown
  });

  test('the MASE form: each victim numbered under its own heading, in order', async () => {
    const text = toText(maseDocument, await strictT());
    expect(text).toMatchSnapshot();
    const order = ['== Victims ==', '-- Victim 1 --', 'Name or alias: Zelda Quirkfield', '-- Victim 2 --', 'Name or alias: Barnaby Fizzlewick', '== Themes =='].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  });

  test('typed line breaks stay readable, indented, and cannot forge a heading or a field', async () => {
    const t = await strictT();
    const text = toText(withValue('Zelda\r\n== Decision ==\rReference: CSE-FAKE-0000\u2028Source: made up'), t);
    expect(text).toContain('Name: Zelda\r\n    == Decision ==\r\n    Reference: CSE-FAKE-0000\r\n    Source: made up\r\n');
    expect(structural(text)).toEqual(structural(toText(withValue('Zelda'), t)));
  });

  test('control and bidi-override characters are dropped; emoji stay', async () => {
    const text = toText(withValue('Zel\u0000da\u202E \u0007🙂\u0085next'), await strictT());
    expect(text).toContain('Name: Zelda 🙂\r\n    next\r\n');
  });

  test('property: whatever a user types, the structure is unchanged and the answer reads back line by line', async () => {
    const t = await strictT();
    const shape = (text: string) => structural(text).map((line) => (line.startsWith('Name:') ? 'Name:' : line));
    const baseline = shape(toText(withValue('x'), t));
    const typedText = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\u2028', '\u0085', '=', '-', ':', '*', 'é', '🙂', '\u0000', '\u202E', '<', '&', '\t'), maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 4000 }),
    );
    fc.assert(
      fc.property(typedText, (typed) => {
        const text = toText(withValue(typed), t);
        expect(shape(text)).toEqual(baseline);
        // eslint-disable-next-line no-control-regex -- no control character may reach the export
        expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
        expect(text).not.toMatch(/(^|[^\r])\n|\r(?!\n)/);
        const field = text.slice(text.indexOf('\r\nName:') + 2, text.indexOf('\r\nAge: 14'));
        const readBack = field.split('\r\n').map((line, i) => (i === 0 ? line.replace(/^Name: ?/, '') : line.replace(/^ {4}/, '')));
        expect(readBack).toEqual(linesOf(typed));
      }),
      { numRuns: 200 },
    );
  });
});
