import { escapeMarkdown } from '../../cards/fragments';
import type { CheckSectionView, TextRef } from '../../cards/view';
import type { AnswerChoice } from '../flow';

/**
 * Teams refuses a message larger than about 28 KB, and check-your-answers with long answers runs far past it (issue 8),
 * so it goes on as many cards as it needs: cut between rows, never inside an answer, each page kept whole where it
 * fits. A card's size is estimated from what it will show (an answer as the card escapes it, in UTF-8 bytes) with room
 * for the markup, the translated labels and the action data; test/cards/checkSplit.test.ts renders every form with
 * every box at its longest and checks each real card stays under 24,000 bytes.
 */

type Section = CheckSectionView<AnswerChoice>;
type Row = Section['rows'][number];

/** What the answers on one card may take, estimated: the rest of 24 KB is markup, buttons and sources. */
const CARD_BYTES = 19_000;
/** A row's container and its Change's flow data. */
const ROW_MARKUP = 300;
/** A page's heading. */
const SECTION_MARKUP = 150;
/** What a card other than the first holds besides its rows: its "(continued)" title. */
const CONTINUED_CARD = 300;
/** One button under the answers (Submit, a Remove): its words and its flow data. */
const CHOICE_MARKUP = 350;
/** The prompts' box and its heading. */
const PROMPTS_MARKUP = 300;
/** An answer longer than this (estimated) is shown cut: it could not go on a card with its heading. */
const ROW_LIMIT = CARD_BYTES - CONTINUED_CARD - SECTION_MARKUP - 500;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');
/** A user's text as it will sit in the card's JSON: escaped for Markdown, then for JSON. */
const shownBytes = (text: string): number => utf8(JSON.stringify(escapeMarkdown(text))) - 2;

function refBytes(ref: TextRef): number {
  const values = Object.values(ref.values ?? {}).reduce<number>((n, v) => n + (typeof v === 'string' ? shownBytes(v) : 12), 0);
  const refs = Object.values(ref.refs ?? {}).reduce<number>((n, r) => n + refBytes(r), 0);
  return utf8(ref.key) + values + refs;
}

/** The Change's words are drawn twice: the action's title, and the line of text that is the action. */
const rowBytes = (row: Row): number => ROW_MARKUP + refBytes(row.label) + 2 * refBytes(row.change.label) + utf8(JSON.stringify(row.change.answer)) + row.value.reduce((n, v) => n + refBytes(v), 0);

/** What a card's head holds besides its title: the intro's lines (and 999, kept at the top of every card). */
export const linesBytes = (lines: readonly TextRef[]): number => lines.reduce((n, l) => n + refBytes(l) + 100, 0);

/** What goes under the last card's answers: the record-quality prompts, then Submit and each Remove. */
export const tailBytes = (prompts: readonly TextRef[], choices: readonly AnswerChoice[]): number =>
  (prompts.length === 0 ? 0 : PROMPTS_MARKUP + linesBytes(prompts)) + choices.reduce((n, c) => n + CHOICE_MARKUP + refBytes(c.label), 0);

/** `text` cut to at most `room` bytes as shown, at a whole character. */
function cutTo(text: string, room: number): string {
  let used = 0;
  let kept = '';
  for (const char of text) {
    used += shownBytes(char) + 1;
    if (used > room) break;
    kept += char;
  }
  return kept;
}

/**
 * A row whose answer is too long for a card of its own (a box is at most 4,000 characters, 12 KB at the very most, so
 * this is a guard): its text cut, with a line saying so and how to read it all. The Change is the row's own.
 */
function fitted(row: Row): Row {
  if (rowBytes(row) <= ROW_LIMIT) return row;
  let room = ROW_LIMIT - rowBytes({ ...row, value: [] }) - 200;
  const value: TextRef[] = [];
  for (const ref of row.value) {
    const bytes = refBytes(ref);
    if (bytes <= room) {
      value.push(ref);
      room -= bytes;
      continue;
    }
    const cut = Object.fromEntries(Object.entries(ref.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? cutTo(v, Math.max(0, room - utf8(ref.key))) : v]));
    value.push({ ...ref, values: cut });
    break;
  }
  return { ...row, value: [...value, { key: 'forms:check.shortened' }] };
}

interface Packed {
  sections: Section[];
  bytes: number;
}

/**
 * The sections of check-your-answers in cards: each page whole on the card it starts on if it fits there, else whole
 * on the next; a page too long for any card cut between rows, its heading said again "(continued)" on the next card.
 * `headBytes` is what the first card shows above the answers; `tail` what the last shows below them (it moves to a
 * card of its own rather than go over).
 */
export function checkCards(sections: readonly Section[], headBytes: number, tail: number): Section[][] {
  const cards: Packed[] = [{ sections: [], bytes: headBytes }];
  const current = (): Packed => cards[cards.length - 1] ?? { sections: [], bytes: 0 };
  const nextCard = (): Packed => {
    const card = { sections: [], bytes: CONTINUED_CARD };
    cards.push(card);
    return card;
  };
  for (const section of sections) {
    const rows = section.rows.map(fitted);
    const headingBytes = SECTION_MARKUP + refBytes(section.heading);
    const whole = headingBytes + rows.reduce((n, r) => n + rowBytes(r), 0);
    if (current().bytes + whole <= CARD_BYTES || (current().sections.length > 0 && CONTINUED_CARD + whole <= CARD_BYTES)) {
      const card = current().bytes + whole <= CARD_BYTES ? current() : nextCard();
      card.sections.push({ heading: section.heading, rows });
      card.bytes += whole;
      continue;
    }
    let part: Section | undefined;
    let started = false;
    for (const row of rows) {
      const bytes = rowBytes(row);
      let card = current();
      if (card.bytes + bytes + (part === undefined ? headingBytes : 0) > CARD_BYTES && (card.sections.length > 0 || card.bytes > CONTINUED_CARD)) {
        card = nextCard();
        part = undefined;
      }
      if (part === undefined) {
        part = { heading: started ? { key: 'forms:check.sectionContinued', refs: { heading: section.heading } } : section.heading, rows: [] };
        started = true;
        card.sections.push(part);
        card.bytes += headingBytes;
      }
      part.rows.push(row);
      card.bytes += bytes;
    }
  }
  if (current().bytes + tail > CARD_BYTES && current().sections.length > 0) nextCard();
  return cards.map((c) => c.sections);
}
