import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import type { PersistedJourney } from '../../dialogs/flow';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import type { FormAnswers } from '../../dialogs/forms/vocabulary';
import { journeyView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue, liveOf } from '../support/catalogue';
import { completedAnswers } from '../support/completedForms';
import { strictT } from '../support/i18n';
import { type CardNode, nodesOf } from '../support/cardNodes';

/**
 * Issue 8 (forms): every Change on check-your-answers had the accessible name "Change", so a screen reader user heard
 * "Change, Change, Change…". Adaptive Cards 1.5 has no accessible name apart from an action's title: its `tooltip` is
 * read as the name only when there is no title (the adaptivecards renderer Web Chat uses sets aria-label from the title).
 * So each Change's title names its field, as GOV.UK's hidden text does ("Change the child's date of birth").
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});


const CHANGE_TYPES = new Set(['form.change', 'form.changeItem']);
const isChange = (n: CardNode): boolean => {
  const answer = (n.data as { answer?: { type?: unknown } } | undefined)?.answer;
  return n.type === 'Action.Submit' && typeof answer?.type === 'string' && CHANGE_TYPES.has(answer.type);
};

/** Check-your-answers as it is sent: on as many cards as Teams needs (test/cards/checkSplit.test.ts). */
function checkCards(formId: string, answers: FormAnswers) {
  const form = catalogue.byId(formId);
  if (form === undefined) throw new Error(`${formId} is not in the catalogue`);
  const start = form.start({});
  const snapshot: PersistedJourney = { value: 'checkingAnswers', context: { ...start.context, answers } };
  const active = { flowId: formId, machineVersion: form.version, instanceId: 'i-fictional-1', revision: 3, snapshot, history: [start] };
  return journeyView(liveOf(active), { facts: { contacts: {} }, catalogue }).map((view) => renderView(view, t));
}

const changeTitlesOf = (cards: Array<ReturnType<typeof renderView>>): string[] => [...nodesOf(cards)].filter(isChange).map((n) => String(n.title));

describe.each(FORM_DEFINITIONS.map((d) => [d.id, d] as const))('check your answers of %s', (formId, definition) => {
  it.each(['full', 'minimal'] as const)('names the field of each Change (%s answers), each name once across the cards, and each card validates', (mode) => {
    const cards = checkCards(formId, completedAnswers(definition, mode));
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    const titles = changeTitlesOf(cards);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^(?:Change|Add) \S/);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });
});

it('says which answer in the words of its messages: "Change the child\'s date of birth", "Change whether …"', () => {
  const rhi = FORM_DEFINITIONS.find((d) => d.id === 'form.returnHomeInterview');
  if (rhi === undefined) throw new Error('no return home interview');
  const titles = changeTitlesOf(checkCards(rhi.id, completedAnswers(rhi, 'full')));
  expect(titles).toContain("Change the child's date of birth");
  expect(titles).toContain('Change whether the interviewer was independent');
  expect(titles).toContain('Change when the child went missing');
});

it('names the item of a repeated group beside the field, so two victims\' names read apart', () => {
  const mase = FORM_DEFINITIONS.find((d) => d.id === 'form.maseInformation');
  if (mase === undefined) throw new Error('no MASE form');
  const titles = changeTitlesOf(checkCards(mase.id, completedAnswers(mase, 'full')));
  expect(titles.some((title) => /^Change .+ for Victim 1$/.test(title))).toBe(true);
});
