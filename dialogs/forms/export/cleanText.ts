/**
 * What user text may carry into an export: line breaks become one kind ("\n"), tabs become spaces,
 * and characters that XML 1.0 forbids, other control characters and the bidirectional overrides
 * (which could make a line read as something it is not) are dropped. Emoji and other scripts stay.
 */

// C0 and C1 controls except tab and the line breaks, the bidi embeddings/overrides/isolates, noncharacters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not text, and not XML.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029]/g;

export function cleanText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(LONE_SURROGATE, '').replace(DROPPED, '').replace(/\t/g, ' ');
}

/** The text's lines, trailing spaces removed; an empty text is one empty line. */
export function linesOf(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trimEnd());
}

/** For a one-line place (a heading, a label, a file name): every line break becomes a space. */
export function oneLine(text: string): string {
  return linesOf(text)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
