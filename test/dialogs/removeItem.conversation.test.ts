import { renderView } from '../../cards/render';
import type { ActionView, Translate, View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { CardEvent } from '../../dialogs/events.schema';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue } from '../support/catalogue';
import { strictT } from '../support/i18n';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * Remove, on a repeated group's page or on check-your-answers, asks once: "Remove Victim 2?", by the
 * item's heading only. "Keep it" changes nothing; "Remove" removes it; a stale or repeated answer
 * to the question says nothing was removed and changes nothing.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const FORM = 'form.maseInformation';
const ONE = { name: 'Fictional Person One' };
const TWO = { name: 'Fictional Person Two' };
const version = catalogue.byId(FORM)?.version ?? 0;

function stateAt(value: string, page: string, pageInputs?: Record<string, string>): ConversationState {
  const context = { page, answers: { victims: [ONE, TWO] }, returnToCheck: false, submitFailed: false };
  return {
    schemaVersion: 1,
    seenActivityIds: [],
    flow: {
      flowId: FORM,
      machineVersion: version,
      instanceId: 'form-1',
      revision: 5,
      snapshot: { value, context },
      history: [],
      ...(pageInputs === undefined ? {} : { pageInputs: { '0': { state: value, values: pageInputs } } }),
    },
  };
}
const atCheck = () => stateAt('checkingAnswers', 'themes');
/** This MASE form's check-your-answers, on the two cards Teams' size limit needs (issue 8). */
const CHECK_CARDS = ['forms:check.title', 'forms:check.titleContinued'];
const onVictimsPage = () => stateAt('editingPage', 'victims');

const ref = (state: ConversationState) => ({ flowId: FORM, instanceId: state.flow?.instanceId ?? '', revision: state.flow?.revision ?? -1 });
const press = (state: ConversationState, event: CardEvent) => handleTurn(state, event, undefined, testTurnDeps());
const actionsOf = (views: View[]): ActionView[] => views.flatMap((v) => (v.kind === 'notice' ? v.actions : []));
const victimsOf = (state: ConversationState) => (state.flow?.snapshot as { context: { answers: { victims?: unknown } } }).context.answers.victims;
const cardText = (views: View[]) => JSON.stringify(views.map((v) => renderView(v, t)));

describe('removing a victim from check-your-answers', () => {
  it('asks once, naming the item by its heading only, with Remove styled as destructive and Keep it', async () => {
    const state = atCheck();
    const asked = await press(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@1' } });
    expect(titles(asked.views)).toEqual(['notices:confirmRemove.title']);
    expect(asked.changed).toBe(false);
    expect(asked.state).toEqual(state);
    const [view] = asked.views;
    if (view === undefined) throw new Error('no question');
    const card = renderView(view, t);
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('"text":"Remove Victim 2?"');
    expect(text).toContain('MASE information form');
    expect(text).not.toContain('Fictional Person');
    expect(actionsOf(asked.views).map((a) => [t(a.label.key), a.style, a.data])).toEqual([
      ['Remove', 'destructive', { event: 'flow.answerConfirmed', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@1' } }],
      ['Keep it', 'positive', { event: 'flow.resumed', flowId: FORM, instanceId: 'form-1' }],
    ]);
  });

  it('"Keep it" shows check-your-answers again with both victims, nothing changed', async () => {
    const state = atCheck();
    const kept = await press(state, { event: 'flow.resumed', flowId: FORM, instanceId: 'form-1' });
    expect(titles(kept.views)).toEqual([...CHECK_CARDS]);
    expect(kept.changed).toBe(false);
    expect(victimsOf(kept.state)).toEqual([ONE, TWO]);
  });

  it('"Remove" removes that victim only, and the same answer pressed again says nothing was removed and changes nothing', async () => {
    const state = atCheck();
    const confirm: CardEvent = { event: 'flow.answerConfirmed', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@1' } };
    const removed = await press(state, confirm);
    expect(titles(removed.views)).toEqual([...CHECK_CARDS]);
    expect(victimsOf(removed.state)).toEqual([ONE]);
    expect(removed.state.flow?.revision).toBe(6);

    const again = await press(removed.state, confirm);
    expect(titles(again.views)).toEqual(['notices:removeNotDone.title', ...CHECK_CARDS]);
    expect(again.changed).toBe(false);
    expect(again.state).toEqual(removed.state);
    expect(cardText(again.views)).toContain('Nothing was removed');
  });

  it('a confirmation naming an item that is not there, at the current revision, removes nothing', async () => {
    const state = atCheck();
    const outcome = await press(state, { event: 'flow.answerConfirmed', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@2' } });
    expect(titles(outcome.views)).toEqual(['notices:removeNotDone.title', ...CHECK_CARDS]);
    expect(outcome.changed).toBe(false);
    expect(victimsOf(outcome.state)).toEqual([ONE, TWO]);
  });

  it('a Remove for an item that is not there is refused as an out-of-date card, and asks nothing', async () => {
    const state = atCheck();
    const outcome = await press(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@2' } });
    expect(titles(outcome.views)).toEqual(['notices:staleCard.title', ...CHECK_CARDS]);
    expect(outcome.changed).toBe(false);
  });

  it('a confirmation given after the form has moved on removes nothing', async () => {
    const state = atCheck();
    const moved = await press(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.changeItem', value: 'name@0' } });
    expect(moved.state.flow?.revision).toBe(6);
    const outcome = await press(moved.state, { event: 'flow.answerConfirmed', ...ref(state), answer: { type: 'form.removeItem', value: 'victims@1' } });
    expect(titles(outcome.views)).toEqual(['notices:removeNotDone.title', 'maseInformation:pages.victims.title']);
    expect(outcome.changed).toBe(false);
    expect(victimsOf(outcome.state)).toEqual([ONE, TWO]);
  });
});

describe("removing a victim on the group's page", () => {
  it('asks once; "Keep it" shows the page again with what it held', async () => {
    const state = onVictimsPage();
    const asked = await press(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.remove', value: '0' }, inputs: { name: 'Fictional Person Three' } });
    expect(titles(asked.views)).toEqual(['notices:confirmRemove.title']);
    expect(cardText(asked.views)).toContain('Remove Victim 1?');
    expect(cardText(asked.views)).not.toContain('Fictional Person');
    expect(asked.state.flow?.revision).toBe(5);
    expect(asked.state.flow?.pageInputs).toEqual({ '0': { state: 'editingPage:victims:new', values: { name: 'Fictional Person Three' } } });

    const kept = await press(asked.state, { event: 'flow.resumed', flowId: FORM, instanceId: 'form-1' });
    expect(titles(kept.views)).toEqual(['maseInformation:pages.victims.title']);
    const step = kept.views[0];
    expect(step?.kind === 'step' ? step.inputs?.find((i) => i.id === 'name')?.value : undefined).toBe('Fictional Person Three');
    expect(victimsOf(kept.state)).toEqual([ONE, TWO]);
  });

  it('"Remove" takes the first victim, and the second becomes Victim 1', async () => {
    const state = onVictimsPage();
    const removed = await press(state, { event: 'flow.answerConfirmed', ...ref(state), answer: { type: 'form.remove', value: '0' } });
    expect(titles(removed.views)).toEqual(['maseInformation:pages.victims.title']);
    expect(victimsOf(removed.state)).toEqual([TWO]);
    const text = cardText(removed.views);
    expect(text).toContain('Victim 1: Fictional Person Two');
    expect(text).toContain('Remove Victim 1');
    expect(text).not.toContain('Remove Victim 2');
  });

  it('an open page whose values do not fit is shown again with the problem, and nothing is asked', async () => {
    const state = onVictimsPage();
    const outcome = await press(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.remove', value: '0' }, inputs: { name: 'x'.repeat(201) } });
    expect(titles(outcome.views)).toEqual(['maseInformation:pages.victims.title']);
    expect(outcome.changed).toBe(false);
  });
});
