import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import type { PersistedJourney } from '../../dialogs/flow';
import { journeyView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue, liveOf } from '../support/catalogue';
import { strictT } from '../support/i18n';
import { type CardNode, nodesOf } from '../support/cardNodes';

/**
 * A form page opened by Change on check-your-answers (the fifth exploratory test): "Save and go back" was drawn as a
 * line of link text below the inputs, the least visible action on the page. It is the page's first action, a
 * positive button; Back, Save for later, Start again and Cancel stay.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});


/** The card's buttons, in the order a person meets them: those in the body's action sets, then the card's own. */
function buttonsOf(card: ReturnType<typeof renderView>): CardNode[] {
  const inBody = [...nodesOf(card.body)].filter((n) => n.type === 'ActionSet').flatMap((n) => (Array.isArray(n.actions) ? (n.actions as CardNode[]) : []));
  return [...inBody, ...((card.actions ?? []) as CardNode[])].filter((a) => a.type === 'Action.Submit');
}

function pageCard(formId: string, context: Record<string, unknown>) {
  const form = catalogue.byId(formId);
  if (form === undefined) throw new Error(`${formId} is not in the catalogue`);
  const start = form.start({});
  const snapshot: PersistedJourney = { value: 'editingPage', context: { ...start.context, ...context } };
  const active = { flowId: formId, machineVersion: form.version, instanceId: 'i-fictional-1', revision: 3, snapshot, history: [start] };
  const views = journeyView(liveOf(active), { facts: { contacts: {} }, catalogue });
  const last = views[views.length - 1];
  if (last === undefined) throw new Error('no card');
  return renderView(last, t);
}

const SAVE_AND_RETURN = () => t('forms:page.saveAndReturn');
const OTHERS = ['Back', 'Save for later', 'Start again', 'Cancel'];

describe('a form page opened from check-your-answers', () => {
  it('has "Save and go back" as its first action, a positive button, and keeps the others', () => {
    const card = pageCard('form.concernRecord', { page: 'child', returnToCheck: true });
    expect(cardProblems(card)).toEqual([]);
    const [first, ...rest] = buttonsOf(card);
    expect(first?.title).toBe(SAVE_AND_RETURN());
    expect(first?.style).toBe('positive');
    expect(rest.map((b) => b.title)).toEqual(OTHERS);
    // Not a line of text that is the action: a button.
    expect([...nodesOf(card.body)].some((n) => n.type === 'Container' && n.selectAction !== undefined)).toBe(false);
  });

  it('says on the page what saving does', () => {
    const card = pageCard('form.concernRecord', { page: 'child', returnToCheck: true });
    expect(JSON.stringify(card)).toContain(t('forms:page.changing'));
  });

  it('so does a repeated group\'s item changed from check-your-answers', () => {
    const card = pageCard('form.makesafeReport', { page: 'children', returnToCheck: true, item: 0, answers: { premisesType: 'hotel', children: [{ childDescription: 'Fictional girl in a red coat' }] } });
    expect(cardProblems(card)).toEqual([]);
    const [first, ...rest] = buttonsOf(card);
    expect(first?.title).toBe(SAVE_AND_RETURN());
    expect(first?.style).toBe('positive');
    expect(rest.map((b) => b.title)).toEqual(OTHERS);
  });

  it('and a group page opened from check-your-answers to add the first item: its Continue goes back there, and says so', () => {
    const card = pageCard('form.makesafeReport', { page: 'adults', returnToCheck: true, answers: { premisesType: 'hotel' } });
    const [first] = buttonsOf(card);
    expect(first?.title).toBe(SAVE_AND_RETURN());
    expect(first?.style).toBe('positive');
    // Its line says what the button does, not "continue if there are no more".
    const text = JSON.stringify(card);
    expect(text).not.toContain('continue if there are no more');
    expect(text).toContain('or save and go back to check your answers if there are no more');
  });

  it('a page met in order still has Continue first', () => {
    const [first] = buttonsOf(pageCard('form.concernRecord', { page: 'child', returnToCheck: false }));
    expect(first?.title).toBe('Continue');
    expect(first?.style).toBe('positive');
  });
});
