import type { AdaptiveCard } from '../../cards/adaptive';
import { escapeMarkdown } from '../../cards/fragments';
import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import type { PersistedJourney } from '../../dialogs/flow';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { groupItems, holds, pagesAsked } from '../../dialogs/forms/conditions';
import { maxLengthOf } from '../../dialogs/forms/kinds';
import type { FormAnswers, FormDefinition, Question } from '../../dialogs/forms/vocabulary';
import { journeyView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { type CardNode, nodesOf } from '../support/cardNodes';
import { catalogue, liveOf } from '../support/catalogue';
import { completedAnswers } from '../support/completedForms';
import { strictT } from '../support/i18n';

/**
 * Issue 8 (forms in Teams): Teams refuses a message larger than about 28 KB, and check-your-answers was one card that
 * passed it (the MASE form at 52.6 KB with the fixture's short answers). Each card it sends must stay well under, valid,
 * with every answer's row and its Change once across the cards, in the form's order, and Submit once, on the last.
 */

const CARD_BUDGET_BYTES = 24_000;
const FLOW_REF = { instanceId: 'i-fictional-split', revision: 5 };

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

/** Text as long as its box allows, told apart from every other by `mark`, then `filler` (which names nothing real) over and over. */
function atMaximum(question: Question, mark: string, filler: string): string {
  const max = maxLengthOf(question);
  return `${mark} ${filler.repeat(Math.ceil(max / filler.length))}`.slice(0, max);
}

const isText = (q: Question): boolean => q.kind === 'shortText' || q.kind === 'longText';

/** The fixture's answers with every text answered at its box's maximum length (4,000 for a long text). */
function longestAnswers(definition: FormDefinition, filler: (q: Question) => string): FormAnswers {
  const answers: FormAnswers = { ...completedAnswers(definition, 'full') };
  let n = 0;
  const lengthen = (questions: readonly Question[], scope: Record<string, unknown>) => {
    for (const q of questions) if (isText(q) && typeof scope[q.id] === 'string') scope[q.id] = atMaximum(q, `(${(n += 1)})`, filler(q));
  };
  for (const page of definition.pages) {
    if ('group' in page) {
      const items = groupItems(answers[page.group.id]).map((item) => ({ ...item }));
      for (const item of items) lengthen(page.group.questions, item);
      if (items.length > 0) answers[page.group.id] = items;
    } else {
      const scope: Record<string, unknown> = answers;
      lengthen(page.questions, scope);
    }
  }
  return answers;
}

const ANSWER_SETS: Array<[string, (d: FormDefinition) => FormAnswers]> = [
  ["the fixture's answers", (d) => completedAnswers(d, 'full')],
  ['every text at its longest', (d) => longestAnswers(d, (q) => `Fictional ${q.id}, as written at length. `)],
  // What the card escapes (Markdown) and what takes more than a byte (a pound sign, a dash) weigh more than they look.
  ['every text at its longest, in marked-up words', (d) => longestAnswers(d, () => '*Fictional* _note_ [£5] — #1 > ')],
];

function checkCards(definition: FormDefinition, answers: FormAnswers): AdaptiveCard[] {
  const form = catalogue.byId(definition.id);
  if (form === undefined) throw new Error(`${definition.id} is not in the catalogue`);
  const start = form.start({});
  const snapshot: PersistedJourney = { value: 'checkingAnswers', context: { ...start.context, answers } };
  const active = { flowId: definition.id, machineVersion: form.version, ...FLOW_REF, snapshot, history: [start] };
  return journeyView(liveOf(active), { facts: { contacts: {} }, catalogue }).map((view) => renderView(view, t));
}

const answerOf = (n: CardNode): { type?: unknown; value?: unknown } | undefined => (n.data as { answer?: { type?: unknown; value?: unknown } } | undefined)?.answer;
const actionsOf = (card: AdaptiveCard, type: string): CardNode[] => [...nodesOf(card)].filter((n) => n.type === 'Action.Submit' && answerOf(n)?.type === type);
const changesOf = (card: AdaptiveCard): string[] =>
  [...nodesOf(card)].filter((n) => n.type === 'Action.Submit' && ['form.change', 'form.changeItem'].includes(String(answerOf(n)?.type))).map((n) => `${String(answerOf(n)?.type)}:${String(answerOf(n)?.value)}`);

/** Each answer's Change, in the form's order: the pages asked, each repeated group's items in turn. */
function expectedChanges(definition: FormDefinition, answers: FormAnswers): string[] {
  return pagesAsked(definition, answers).flatMap((page) => {
    if (!('group' in page)) return page.questions.filter((q) => holds(q.condition, answers)).map((q) => `form.change:${q.id}`);
    const items = groupItems(answers[page.group.id]);
    if (items.length === 0) return [`form.change:${page.group.questions[0]?.id ?? page.id}`];
    return items.flatMap((item, i) => page.group.questions.filter((q) => holds(q.condition, { ...answers, ...item })).map((q) => `form.changeItem:${q.id}@${i}`));
  });
}

/** Every text answered, as the card shows it: escaped, and as it sits in the card's JSON. */
function textsAnswered(definition: FormDefinition, answers: FormAnswers): string[] {
  const texts = (questions: readonly Question[], scope: Record<string, unknown>) => questions.filter(isText).flatMap((q) => (typeof scope[q.id] === 'string' ? [String(scope[q.id])] : []));
  return definition.pages
    .flatMap((page) => ('group' in page ? groupItems(answers[page.group.id]).flatMap((item) => texts(page.group.questions, item)) : texts(page.questions, answers)))
    .filter((text) => text.length >= 100)
    .map((text) => JSON.stringify(escapeMarkdown(text)).slice(1, -1));
}

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe.each(FORM_DEFINITIONS.map((d) => [d.id, d] as const))('check your answers of %s in Teams', (_id, definition) => {
  describe.each(ANSWER_SETS)('with %s', (_name, answersOf) => {
    const answers = answersOf(definition);
    let cards: AdaptiveCard[];
    beforeAll(() => {
      cards = checkCards(definition, answers);
    });

    it(`sends every card under ${CARD_BUDGET_BYTES} bytes, each valid`, () => {
      for (const card of cards) {
        const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
        expect({ bytes, fits: bytes < CARD_BUDGET_BYTES }).toEqual({ bytes, fits: true });
        expect(cardProblems(card)).toEqual([]);
      }
    });

    it("shows every answer's row and its Change once across the cards, in the form's order", () => {
      expect(cards.flatMap(changesOf)).toEqual(expectedChanges(definition, answers));
      const all = cards.map((card) => JSON.stringify(card)).join('\n');
      for (const text of textsAnswered(definition, answers)) expect({ text: text.slice(0, 40), times: occurrences(all, text) }).toEqual({ text: text.slice(0, 40), times: 1 });
    });

    it('has Submit once, on the last card, with Back beside it; the intro on the first card only, saying how many there are', () => {
      expect(cards.map((card) => actionsOf(card, 'form.submit').length)).toEqual(cards.map((_, i) => (i === cards.length - 1 ? 1 : 0)));
      const back = [...nodesOf(cards.at(-1))].filter((n) => (n.data as { event?: unknown } | undefined)?.event === 'flow.backRequested');
      expect(back).toHaveLength(1);
      const intro = t('forms:check.intro');
      expect(cards.map((card) => JSON.stringify(card).includes(intro))).toEqual(cards.map((_, i) => i === 0));
      // The first of several says how many and where Submit is (the eleventh exploratory test); one card says nothing of it.
      const onCards = t('forms:check.onCards', { cards: cards.length });
      expect(onCards).toMatch(/^Your answers go on \d+ cards/);
      expect(cards.map((card) => JSON.stringify(card).includes(onCards))).toEqual(cards.map((_, i) => i === 0 && cards.length > 1));
      expect(cards.map((card) => JSON.stringify(card).includes('Your answers go on'))).toEqual(cards.map((_, i) => i === 0 && cards.length > 1));
    });

    it('posts the same flow and revision from every card, so a Change works from any of them', () => {
      const posted = cards.flatMap((card) => [...nodesOf(card)].filter((n) => n.type === 'Action.Submit').map((n) => n.data as { flowId?: unknown; instanceId?: unknown; revision?: unknown }));
      expect(new Set(posted.map((d) => `${String(d.flowId)}/${String(d.instanceId)}/${String(d.revision)}`))).toEqual(new Set([`${definition.id}/${FLOW_REF.instanceId}/${FLOW_REF.revision}`]));
    });
  });
});

it('sends the MASE information form with long answers on several cards, "(continued)" on all but the first', () => {
  const mase = FORM_DEFINITIONS.find((d) => d.id === 'form.maseInformation');
  if (mase === undefined) throw new Error('no MASE form');
  const cards = checkCards(mase, longestAnswers(mase, (q) => `Fictional ${q.id}, as written at length. `));
  expect(cards.length).toBeGreaterThan(1);
  const continued = t('forms:check.titleContinued');
  expect(cards.map((card) => JSON.stringify(card).includes(continued))).toEqual(cards.map((_, i) => i > 0));
});

it('keeps 999 at the top of every card once immediate danger was answered "yes" (Appendix C, C2)', () => {
  const concern = FORM_DEFINITIONS.find((d) => d.id === 'form.concernRecord');
  if (concern === undefined) throw new Error('no concern record');
  const answers = { ...longestAnswers(concern, (q) => `Fictional ${q.id}, as written at length. `), danger: 'yes' };
  const cards = checkCards(concern, answers);
  expect(cards.length).toBeGreaterThan(1);
  const alert = cards.at(-1)?.body[0];
  expect(JSON.stringify(alert)).toContain('"style":"attention"');
  expect(cards.map((card) => card.body[0])).toEqual(cards.map(() => alert));
});

it('sends the MASE information form with every repeated group at its most items, each card under the budget, Submit and every Remove on the last', () => {
  const mase = FORM_DEFINITIONS.find((d) => d.id === 'form.maseInformation');
  if (mase === undefined) throw new Error('no MASE form');
  const answers: FormAnswers = { ...completedAnswers(mase, 'full') };
  let most = 0;
  for (const page of mase.pages) {
    if (!('group' in page)) continue;
    const items = groupItems(answers[page.group.id]);
    if (items.length > 0) answers[page.group.id] = Array.from({ length: page.group.max }, (_, i) => items[i % items.length] ?? {});
    if (items.length > 0) most += page.group.max;
  }
  const cards = checkCards(mase, answers);
  expect(most).toBeGreaterThan(50);
  for (const card of cards) expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(CARD_BUDGET_BYTES);
  expect(cards.flatMap(changesOf)).toEqual(expectedChanges(mase, answers));
  expect(cards.map((card) => actionsOf(card, 'form.submit').length + actionsOf(card, 'form.removeItem').length)).toEqual(cards.map((_, i) => (i === cards.length - 1 ? 1 + most : 0)));
});
