import { inputsBlock } from '../../cards/inputs';
import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import type { PersistedJourney } from '../../dialogs/flow';
import { DEFAULT_MAX_LENGTH } from '../../dialogs/forms/kinds';
import { journeyView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue, liveOf } from '../support/catalogue';
import { type CardNode, nodesOf } from '../support/cardNodes';
import { strictT } from '../support/i18n';

/**
 * A long box says its limit (the eleventh exploratory test): Teams and the web chat cut a pasted text at an input's
 * maxLength without a word, so a practitioner pasting a long account lost its end unseen. The empty box says its limit
 * where the text will go (a placeholder: no element more on a card held to a budget); a one-line box (a name, a role)
 * says nothing.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

function pageCard(formId: string, page: string) {
  const form = catalogue.byId(formId);
  if (form === undefined) throw new Error(`${formId} is not in the catalogue`);
  const start = form.start({});
  const snapshot: PersistedJourney = { value: 'editingPage', context: { ...start.context, page } };
  const active = { flowId: formId, machineVersion: form.version, instanceId: 'i-fictional-1', revision: 3, snapshot, history: [start] };
  const views = journeyView(liveOf(active), { facts: { contacts: {} }, catalogue });
  const last = views[views.length - 1];
  if (last === undefined) throw new Error('no card');
  return renderView(last, t);
}

function inputOf(card: ReturnType<typeof renderView>, id: string): CardNode {
  const input = [...nodesOf(card.body)].find((n) => n.id === `in.${id}`);
  if (input === undefined) throw new Error(`no input ${id}`);
  return input;
}

describe('a long box says its limit', () => {
  it('in the empty multi-line box, with the number as people write it', () => {
    const card = pageCard('form.concernRecord', 'concern');
    expect(cardProblems(card)).toEqual([]);
    const box = inputOf(card, 'whatHappened');
    expect(box.isMultiline).toBe(true);
    expect(box.maxLength).toBe(DEFAULT_MAX_LENGTH.longText);
    expect(box.placeholder).toMatch(/^Up to 4,000 characters/);
  });

  it("with the box's own limit where the form sets one", () => {
    const card = pageCard('form.makesafeReport', 'whereAndWhen');
    expect(inputOf(card, 'otherTimes').placeholder).toMatch(/^Up to 500 characters/);
  });

  it('not in a one-line box', () => {
    const card = pageCard('form.concernRecord', 'reporter');
    expect(inputOf(card, 'reporterName').placeholder).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain('Up to 200 characters');
  });

  it('in the note boxes of a card outside the forms (a checklist\'s notes, an action on a record)', () => {
    const [box] = inputsBlock(t, [{ kind: 'text', id: 'note', label: { key: 'referral:recordingSigns.note' }, value: '', maxLength: 1500, errorKey: 'errors:checklist.note' }]);
    expect(box?.placeholder).toMatch(/^Up to 1,500 characters/);
  });
});
