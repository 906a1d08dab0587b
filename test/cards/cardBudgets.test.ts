import type { AdaptiveCard } from '../../cards/adaptive';
import { DETAILS_ID, LEADING_STEPS } from '../../cards/step.card';
import type { Translate } from '../../cards/view';
import { catalogue } from '../support/catalogue';
import { cardProblems } from '../support/adaptiveCards';
import { everyCard, type DrawnCard } from '../support/everyCard';
import { strictT } from '../support/i18n';
import { changes } from '../../knowledge/changes';
import { ROLE_IDS, type RoleId } from '../../dialogs/router';

/**
 * Cards a person takes in at a glance, checked over every card the tests can draw.
 *
 * What is counted: every element of the card's body a person sees before pressing anything: each
 * top-level element, and the elements inside each visible container or column, however deep. A hidden
 * container (what "Show details" or "Show sources" opens) counts as one; an ActionSet counts as one,
 * whatever buttons it holds; the card's own actions row is not counted.
 */

type Element = Record<string, unknown>;
const isElement = (v: unknown): v is Element => typeof v === 'object' && v !== null && !Array.isArray(v);

export function visibleElements(elements: unknown): number {
  if (!Array.isArray(elements)) return 0;
  let count = 0;
  for (const element of elements.filter(isElement)) {
    count += 1;
    if (element.isVisible === false) continue;
    if (element.type === 'Container') count += visibleElements(element.items);
    if (element.type === 'ColumnSet' && Array.isArray(element.columns)) for (const column of element.columns.filter(isElement)) count += visibleElements(column.items);
  }
  return count;
}

/** The kinds of card, as a budget sees them: a question with answer buttons, a card with inputs, a form page, check-your-answers. */
function budgetKind({ kind, name, card }: DrawnCard): string {
  // Check-your-answers over several cards (Teams' size limit): each card before the last is a lead, held to the check's budget.
  if (kind === 'step.lead' && name.startsWith('form.') && name.includes(' checkingAnswers')) return 'form.check';
  if (kind !== 'step.question') return kind;
  const json = JSON.stringify(card);
  if (name.startsWith('form.')) return name.includes(' checkingAnswers') ? 'form.check' : 'form.page';
  return json.includes('"Input.') ? 'step.inputs' : 'step.question';
}

/**
 * The budget of each kind, in visible elements (measured over every card on 4 December 2026). A card with
 * inputs is held to 16, the Makesafe signs card's count with the answer line; the police flags card, which
 * once needed 24, is now three cards each within a question's 12 (checked below). Check-your-answers and
 * form pages list what their form asks, so their length is the form's: their budgets hold today's longest
 * and stop them growing unseen.
 */
const BUDGETS: Record<string, number> = {
  'step.question': 12,
  'step.inputs': 16,
  // 14 on 4 December; the answer that led to a card ("You answered: Yes") opens it since, one more on the longest, "Refer it to the police".
  'step.urgent': 15,
  'step.summary': 12,
  'step.lead': 40,
  'form.page': 80,
  // 200 on 4 December; from 7 December each answer's Change is a line naming it ("Change the child's date of birth", issue
  // 8: a screen reader heard "Change, Change…"), one container more per answer than a button in a set: 244 on the MASE form.
  'form.check': 250,
  welcome: 17,
  // 11 on 4 December; one more from 6 December for the business card typed over a form page: the line beside
  // Carry on where I was that what was typed on the page and not sent is not kept.
  urgent: 12,
  notice: 8,
  // 24 on 4 December; since 6 December a typed question's answer also offers the search's next two entries
  // beneath it: a heading and two lines, five elements at most (everyCard draws every answer so).
  answer: 29,
  // The lead's and the reporter's record cards (measured 4 December 2026 over everyCard's fixtures): a
  // record's review shows the record itself, and Records for me a page of records, so their length is
  // the record's and the page's; these budgets hold today's longest and stop them growing unseen.
  alert: 2,
  recordReview: 28,
  // 14; one more from 5 December 2026 for the box that shares a note with the person who submitted the
  // record; three more as each problem beside a field became an attention box (for Teams' dark theme).
  recordUpdate: 18,
  recordsForMe: 29,
  submission: 5,
  submissionList: 6,
  // The problem profile lists every value of its five dimensions, zeros included: today's longest.
  problemProfile: 25, // 23, and its two cautions, now warning boxes
  profileCsv: 4,
  // The card beside Teams' file card: its title and two lines.
  fileOffer: 3,
};

let cards: DrawnCard[];
let t: Translate;
beforeAll(async () => {
  t = await strictT();
  cards = await everyCard(t);
});

describe('card budgets', () => {
  it('holds every card within its kind’s budget of visible elements', () => {
    const over = cards.flatMap((c) => {
      const kind = budgetKind(c);
      const budget = BUDGETS[kind];
      const count = visibleElements(c.card.body);
      return budget === undefined ? [`${c.name}: no budget for ${kind}`] : count > budget ? [`${c.name} (${kind}): ${count} > ${budget}`] : [];
    });
    expect([...new Set(over)]).toEqual([]);
  });

  it('holds each of the police recording cards (the signs, the rationale, the flags) to a question card’s budget', () => {
    const police = cards.filter((c) => /^police\.firstSteps (recordingSigns|recordingRationale|selectingFlags)$/.test(c.name));
    expect(new Set(police.map((c) => c.name)).size).toBe(3);
    const over = police.flatMap((c) => (visibleElements(c.card.body) > (BUDGETS['step.question'] ?? 0) ? [`${c.name}: ${visibleElements(c.card.body)}`] : []));
    expect(over).toEqual([]);
  });

  it('counts what a person sees: a hidden container as one, a visible one with its contents', () => {
    const text = { type: 'TextBlock', text: 'a' };
    expect(visibleElements([text, { type: 'Container', items: [text, text] }])).toBe(4);
    expect(visibleElements([text, { type: 'Container', isVisible: false, items: [text, text] }])).toBe(2);
    expect(visibleElements([{ type: 'ColumnSet', columns: [{ type: 'Column', items: [text, text] }] }])).toBe(3);
  });
});

const summaries = (): DrawnCard[] => cards.filter((c) => c.kind === 'step.summary');

/** The numbered steps a summary shows before "Show details": its top-level text blocks that are numbered lists. */
function leadingSteps(card: AdaptiveCard): string[] {
  return card.body.filter((e) => e.type === 'TextBlock' && /^1\. /.test(String(e.text))).flatMap((e) => String(e.text).split('\n'));
}

const details = (card: AdaptiveCard): Element | undefined => card.body.find((e) => e.id === DETAILS_ID);

describe('each journey’s summaries lead with at most five steps, the rest behind "Show details"', () => {
  const journeys = catalogue.flows.map((f) => f.id);

  it.each(journeys)('%s', (flowId) => {
    const own = summaries().filter((c) => c.flowId === flowId);
    for (const { name, card } of own) {
      expect({ name, steps: leadingSteps(card).length <= LEADING_STEPS }).toEqual({ name, steps: true });
      const hidden = details(card);
      expect({ name, hidden: hidden?.isVisible }).toEqual({ name, hidden: false });
      const toggles = card.body.filter((e) => e.type === 'ActionSet').flatMap((e): unknown[] => (Array.isArray(e.actions) ? e.actions : [])).filter(isElement);
      expect(toggles.filter((a) => a.type === 'Action.ToggleVisibility').map((a) => [a.title, a.targetElements])).toEqual([['Show details', [DETAILS_ID]]]);
      // Sources and since-2017 notes are in the details, never on the first screen.
      const first = card.body.filter((e) => e.id !== DETAILS_ID);
      expect({ name, sources: /"(Source: |General practice, not|General law, not|Since 2017 \()/.test(JSON.stringify(first)) }).toEqual({ name, sources: false });
      expect({ name, problems: cardProblems(card) }).toEqual({ name, problems: [] });
    }
  });

  it('reaches a summary of every role journey, and one with more than five steps hides the later ones', () => {
    for (const role of ROLE_IDS) expect(summaries().some((c) => c.flowId === catalogue.firstFlowOf(role))).toBe(true);
    const long = summaries().find((c) => c.name.startsWith('police.firstSteps summarisingActions'));
    expect(long).toBeDefined();
    const hidden = JSON.stringify(details(long?.card ?? { type: 'AdaptiveCard', $schema: '', version: '1.5', body: [] }));
    expect(hidden).toContain('After that');
    expect(hidden).toMatch(/\\n7\. |"6\. /);
  });

  it('keeps 999 above everything on a summary after danger', () => {
    const alerted = summaries().filter((c) => JSON.stringify(c.card.body[0]).includes('999'));
    expect(alerted.length).toBeGreaterThan(0);
    for (const { card } of alerted) expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
  });
});

describe('since-2017 notes only where they concern the reader', () => {
  const roleOfCard = (c: DrawnCard): RoleId | undefined => (c.flowId === undefined ? undefined : catalogue.roleOf(c.flowId));
  const AUDIENCE: Record<RoleId, string> = { school: 'school', health: 'health', business: 'business', police: 'police', socialCare: 'social-care' };
  // A note's opening words, as the card prints them.
  const shown = (c: DrawnCard) => changes.filter((change) => JSON.stringify(c.card).includes(JSON.stringify(change.what.slice(0, 60)).slice(1, -1)));

  it.each(ROLE_IDS)('a %s journey shows no note that concerns only other roles', (role) => {
    const own = cards.filter((c) => roleOfCard(c) === role);
    expect(own.length).toBeGreaterThan(0);
    const foreign = own.flatMap((c) => shown(c).filter((change) => !change.audiences.includes('all') && !change.audiences.includes(AUDIENCE[role] as never)).map((change) => `${c.name}: ${change.id}`));
    expect([...new Set(foreign)]).toEqual([]);
  });

  it('still shows a police system’s change to the police, and the 2021 protocol to everyone', () => {
    const police = cards.filter((c) => roleOfCard(c) === 'police').flatMap(shown).map((change) => change.id);
    expect(police).toContain('change.connect-588');
    const school = cards.filter((c) => roleOfCard(c) === 'school').flatMap(shown).map((change) => change.id);
    expect(school).not.toContain('change.connect-588');
    expect(school).toContain('change.london-procedures');
  });
});
