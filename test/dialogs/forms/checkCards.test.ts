import { stepCard } from '../../../cards/step.card';
import type { CheckSectionView, TextRef, Translate } from '../../../cards/view';
import type { AnswerChoice } from '../../../dialogs/flow';
import { checkCards } from '../../../dialogs/forms/checkCards';
import { cardProblems } from '../../support/adaptiveCards';
import { strictT } from '../../support/i18n';

/** How check-your-answers is cut into cards (issue 8): between rows, pages kept whole where they fit, an answer never cut unless it cannot fit alone. */

type Section = CheckSectionView<AnswerChoice>;

const typed = (value: string): TextRef => ({ key: 'forms:answers.asTyped', values: { value } });
const row = (id: string, text: string): Section['rows'][number] => ({
  label: typed(`Fictional question ${id}`),
  value: [typed(text)],
  change: { label: { key: 'forms:check.changeField', refs: { what: typed(`fictional question ${id}`) } }, answer: { type: 'form.change', value: id } },
});
const section = (page: string, rows: Array<[string, string]>): Section => ({ heading: typed(`Fictional page ${page}`), rows: rows.map(([id, text]) => row(id, text)) });
const text = (n: number, mark: string): string => `${mark}: ${'Fictional words. '.repeat(Math.ceil(n / 17))}`.slice(0, n);

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const idsOf = (cards: Section[][]): string[][] => cards.map((card) => card.flatMap((s) => s.rows.map((r) => String(r.change.answer.value))));

it('puts short answers on one card, as they were', () => {
  const sections = [section('one', [['a', 'Fictional A']]), section('two', [['b', 'Fictional B'], ['c', 'Fictional C']])];
  expect(checkCards(sections, 500, 1000)).toEqual([sections]);
});

it('moves a page that does not fit to the next card whole, rather than cut it', () => {
  const sections = [section('one', [['a', text(4000, 'A')], ['b', text(4000, 'B')], ['c', text(4000, 'C')]]), section('two', [['d', text(4000, 'D')], ['e', text(4000, 'E')]])];
  const cards = checkCards(sections, 500, 1000);
  expect(idsOf(cards)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  expect(cards[1]?.[0]?.heading).toEqual(typed('Fictional page two'));
});

it('cuts a page too long for any card between its rows, its heading said again "(continued)"', () => {
  const long = section('long', [['a', text(4000, 'A')], ['b', text(4000, 'B')], ['c', text(4000, 'C')], ['d', text(4000, 'D')], ['e', text(4000, 'E')], ['f', text(4000, 'F')]]);
  const cards = checkCards([long], 500, 1000);
  expect(cards.length).toBeGreaterThan(1);
  expect(idsOf(cards).flat()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  expect(cards[0]?.[0]?.heading).toEqual(long.heading);
  for (const card of cards.slice(1)) expect(card[0]?.heading).toEqual({ key: 'forms:check.sectionContinued', refs: { heading: long.heading } });
  // Every answer whole: nothing cut.
  expect(cards.flat().flatMap((s) => s.rows).map((r) => r.value)).toEqual(long.rows.map((r) => r.value));
});

it('gives what goes under the answers a card of its own rather than go over', () => {
  const sections = [section('one', [['a', text(4000, 'A')], ['b', text(4000, 'B')], ['c', text(4000, 'C')], ['d', text(3000, 'D')]])];
  const cards = checkCards(sections, 500, 6000);
  expect(idsOf(cards)).toEqual([['a', 'b', 'c', 'd'], []]);
});

it('shows an answer too long for a card on its own cut, at a whole character, with a line saying how to read it all', () => {
  const huge = `${'Fictional 🙂 words. '.repeat(3000)}END`;
  const [card, ...rest] = checkCards([section('one', [['a', huge], ['b', 'Fictional B']])], 500, 1000);
  expect(rest).toEqual([]);
  const [shown] = card?.[0]?.rows ?? [];
  const [cut, line] = shown?.value ?? [];
  const value = String(cut?.values?.value);
  expect(huge.startsWith(value)).toBe(true);
  expect(value.length).toBeGreaterThan(1000);
  expect(value.length).toBeLessThan(huge.length);
  expect(value.endsWith('\uD83D')).toBe(false);
  expect(line).toEqual({ key: 'forms:check.shortened' });
  expect(shown?.change).toEqual(row('a', huge).change);
  // Drawn, it says so in words and stays within what Teams takes.
  const data = (answer: AnswerChoice['answer']) => ({ event: 'flow.answered', flowId: 'form.fixture', instanceId: 'i-1', revision: 1, answer: { type: answer.type, value: answer.value ?? '' } });
  const check = (card ?? []).map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, change: { label: r.change.label, data: data(r.change.answer) } })) }));
  const drawn = stepCard({ kind: 'step', tone: 'question', title: { key: 'forms:check.title' }, lines: [], check, choices: [], citations: [], navigation: [] }, t);
  expect(cardProblems(drawn)).toEqual([]);
  expect(JSON.stringify(drawn)).toContain('…(shortened here; use Change to read or edit it all)');
  expect(Buffer.byteLength(JSON.stringify(drawn), 'utf8')).toBeLessThan(24_000);
});
