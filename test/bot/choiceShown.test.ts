import { toDomainEvent } from '../../bot/activityToEvent';
import { allText, chat, findAction, headings, startTestAssistant, type Card, type TestAssistant } from '../support/assistant';

/**
 * The person's choice is shown as theirs: every card button carries `msteams: { type: 'messageBack',
 * displayText }` in its data, so Teams shows the words as the person's message (the web chat page draws
 * the same). Teams does not send the displayText to the bot; what the bot reads is the action's data
 * (with the card's inputs merged in), in activity.value, with no text. The `msteams` key is not part of
 * any event and is left out by the event schema.
 */

const flowRef = { flowId: 'health.firstSteps', instanceId: 'i-fictional-1', revision: 2 };

describe('what the bot receives from a button that shows the choice', () => {
  it('reads the event from activity.value and leaves the msteams key out of it', () => {
    const value = { event: 'flow.answered', ...flowRef, answer: { type: 'answer.danger', value: 'no' }, msteams: { type: 'messageBack', displayText: 'No, the child is not in danger now' } };
    expect(toDomainEvent({ type: 'message', value })).toEqual({ event: 'flow.answered', ...flowRef, answer: { type: 'answer.danger', value: 'no' } });
  });

  it('keeps the inputs merged into the data, and never takes the shown words for typed text', () => {
    const value = { event: 'flow.answered', ...flowRef, answer: { type: 'answer.checklist' }, 'in.note': 'A fictional note', msteams: { type: 'messageBack', displayText: 'Next: 2 of 10' } };
    expect(toDomainEvent({ type: 'message', value, text: '' })).toEqual({ event: 'flow.answered', ...flowRef, answer: { type: 'answer.checklist' }, inputs: { note: 'A fictional note' } });
  });
});

describe('buttons that show the choice, through the real handler', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
  });
  afterAll(async () => {
    await assistant.stop();
  });

  const said = (cards: Card[], title: string): unknown => {
    const action = findAction(cards, title);
    return typeof action?.data === 'object' && action.data !== null && 'msteams' in action.data ? action.data.msteams : undefined;
  };

  it('says the danger answer in full, and any other button by its label', async () => {
    const c = chat(assistant.url);
    const first = await c.say('health');
    expect(said(first, 'Yes')).toEqual({ type: 'messageBack', displayText: 'Yes, the child is in danger now' });
    expect(said(first, 'Not sure')).toEqual({ type: 'messageBack', displayText: 'I am not sure whether the child is in danger now' });
    expect(said(first, 'No')).toEqual({ type: 'messageBack', displayText: 'No, the child is not in danger now' });
    const signs = await c.press(first, 'No');
    const skip = findAction(signs, /^Skip/);
    expect(said(signs, skip?.title ?? '')).toEqual({ type: 'messageBack', displayText: skip?.title });
  });

  it('never carries what was typed into a card in the words shown', async () => {
    const c = chat(assistant.url);
    const signs = await c.press(await c.say('school'), 'No');
    // Back shows the page as it was left, the note in its box: and the words of every button, never the note.
    const next = await c.press(await c.press(signs, /^Next/, { note: 'Fictional note about Pat Example' }), 'Back');
    expect(allText(next)).toContain('Fictional note about Pat Example');
    const shown = JSON.stringify([...JSON.stringify(next).matchAll(/"displayText":"([^"]*)"/g)].map((m) => m[1]));
    expect(shown).not.toContain('Pat Example');
  });

  it('still applies a delivery repeated with the same activity id once, and refuses a stale card kindly', async () => {
    const c = chat(assistant.url);
    const first = await c.say('health');
    const press = findAction(first, 'No');
    const value = press?.data;
    const once = await c.send({ id: 'act-fictional-repeat-1', value });
    const twice = await c.send({ id: 'act-fictional-repeat-1', value });
    expect(headings(once)).toEqual(['Warning signs 1 of 11: What you see in health settings']);
    expect(headings(twice)).toEqual(headings(once));
    const stale = await c.press(first, 'Not sure');
    expect(headings(stale)).toEqual(['Call 999 now', 'That card is out of date', 'Warning signs 1 of 11: What you see in health settings']);
  });
});
