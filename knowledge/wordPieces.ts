/**
 * BERT's uncased tokenizer (BasicTokenizer then WordpieceTokenizer), as tools/word-vectors/build.py
 * has it, over the vocabulary knowledge/wordVectors.en.json ships: control characters dropped, Chinese
 * characters split apart, lower case, accents stripped, every punctuation mark its own word, then each
 * word split greedily into the longest pieces the vocabulary has ("##" marks a piece inside a word).
 * test/knowledge/wordVectors.test.ts holds it to the Python tokenizer's output.
 */

export const UNKNOWN = '[UNK]';
/** A longer word is one unknown piece, as BERT's tokenizer has it. */
const MAX_WORD_CHARS = 100;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
}

// Most text is ASCII: its characters are judged without a Unicode property test.
const isWhitespace = (c: string, cp: number): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || (cp >= 128 && /\p{Zs}/u.test(c));
const isControl = (c: string, cp: number): boolean => c !== '\t' && c !== '\n' && c !== '\r' && (cp < 32 || cp === 127 || (cp >= 128 && /\p{C}/u.test(c)));
function isPunctuation(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) return true;
  return cp >= 128 && /\p{P}/u.test(c);
}
const isChinese = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x20000 && cp <= 0x2a6df) ||
  (cp >= 0x2a700 && cp <= 0x2b73f) ||
  (cp >= 0x2b740 && cp <= 0x2b81f) ||
  (cp >= 0x2b820 && cp <= 0x2ceaf) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x2f800 && cp <= 0x2fa1f);

/** The words BERT's BasicTokenizer makes of a text. */
export function basicWords(text: string): string[] {
  let cleaned = '';
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp === 0 || cp === 0xfffd || isControl(c, cp)) continue;
    if (isChinese(cp)) cleaned += ` ${c} `;
    else cleaned += isWhitespace(c, cp) ? ' ' : c;
  }
  const words: string[] = [];
  for (const raw of cleaned.split(' ')) {
    if (raw.length === 0) continue;
    // An ASCII word has no accent to strip.
    const lower = raw.toLowerCase();
    const word = isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{Mn}/gu, '');
    let current = '';
    for (const c of word) {
      if (!isPunctuation(c)) {
        current += c;
        continue;
      }
      if (current.length > 0) words.push(current);
      words.push(c);
      current = '';
    }
    if (current.length > 0) words.push(current);
  }
  return words;
}

/** One word's pieces, longest first from the left; one unknown piece when some part has none. */
export function piecesOfWord(word: string, has: (piece: string) => boolean): string[] {
  // Pieces are cut between characters, not UTF-16 units: an ASCII word's are its own slices.
  const chars = isAscii(word) ? undefined : [...word];
  const length = chars === undefined ? word.length : chars.length;
  if (length > MAX_WORD_CHARS) return [UNKNOWN];
  const pieces: string[] = [];
  let start = 0;
  while (start < length) {
    let end = length;
    let found: string | undefined;
    while (start < end) {
      const piece = (start === 0 ? '' : '##') + (chars === undefined ? word.slice(start, end) : chars.slice(start, end).join(''));
      if (has(piece)) {
        found = piece;
        break;
      }
      end -= 1;
    }
    if (found === undefined) return [UNKNOWN];
    pieces.push(found);
    start = end;
  }
  return pieces;
}

export const wordPiecesOf = (text: string, has: (piece: string) => boolean): string[] => basicWords(text).flatMap((w) => piecesOfWord(w, has));
