/**
 * Splits the plain-text export into parts that each fit one card. Teams refuses a message over about
 * 28 KB; a part's text is kept well under that, measured as the JSON it travels as, and cut at a line
 * break where it can be (a single longer line is cut between characters).
 */

export const TEXT_PART_BUDGET_BYTES = 20_000;
/** More parts than this is a wall of messages: the rest is left to the download or the opened submission. */
export const MAX_TEXT_PARTS = 6;

const encoder = new TextEncoder();
const jsonBytes = (text: string): number => encoder.encode(JSON.stringify(text)).length;

function pieces(line: string, budget: number): string[] {
  if (jsonBytes(line) <= budget) return [line];
  const out: string[] = [];
  let current = '';
  let size = 2; // the quotes
  for (const char of line) {
    const bytes = jsonBytes(char) - 2;
    if (size + bytes > budget) {
      out.push(current);
      current = '';
      size = 2;
    }
    current += char;
    size += bytes;
  }
  return [...out, current];
}

export function textParts(text: string, budget = TEXT_PART_BUDGET_BYTES, maxParts = MAX_TEXT_PARTS): { parts: string[]; truncated: boolean } {
  const lines = text.split(/(?<=\r\n)/).flatMap((line) => pieces(line, budget));
  const parts: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && jsonBytes(current + line) > budget) {
      parts.push(current);
      current = '';
    }
    current += line;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts.length > maxParts ? { parts: parts.slice(0, maxParts), truncated: true } : { parts, truncated: false };
}
