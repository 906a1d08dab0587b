import { toDomainEvent } from '../../bot/activityToEvent';
import { allText, chat, findAction, headings, startTestAssistant, type Card, type TestAssistant } from '../support/assistant';

/**
 * The person's choice is shown on the card it led to ("You answered: No"), drawn from what the journey
 * took, never from anything the press carried in words. A card's button sends its data alone: no
 * `msteams` messageBack, which the Agents Playground cannot press (docs/accessibility.md).
 */

const ANSWERED = /^You answered: /;

/** The card's first text: where the answer given is shown. */
const opening = (cards: Card[]): unknown => {
  const [first] = cards;
  const body = first?.body;
  return Array.isArray(body) && typeof body[0] === 'object' && body[0] !== null && 'text' in body[0] ? body[0].text : undefined;
};

describe('the choice a person pressed, through the real handler', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('opens the next card with the answer given, in the words of its button', async () => {
    const c = chat(assistant.url);
    const danger = await c.say('health');
    const signs = await c.press(danger, 'No');
    expect(opening(signs)).toBe('You answered: No');
    expect(headings(signs)).toEqual(['Warning signs 1 of 11: What you see in health settings']);

    const business = chat(assistant.url);
    const present = await business.press(await business.say('business'), 'No');
    expect(opening(present)).toBe('You answered: No');
    const sector = await business.press(present, 'Hotel, hostel or B&B');
    expect(opening(sector)).toBe('You answered: Hotel, hostel or B&B');
  });

  it('shows a "yes" to danger above the 999 guidance it led to', async () => {
    const c = chat(assistant.url);
    const urgent = await c.press(await c.say('school'), 'Yes');
    expect(opening(urgent)).toBe('You answered: Yes');
    expect(headings(urgent)).toEqual(['Call 999 now']);
  });

  it('shows no answer for "Next" under inputs, Back, a stale card or a repeated delivery', async () => {
    const c = chat(assistant.url);
    const first = await c.say('school');
    const signs = await c.press(first, 'No');
    const next = await c.press(signs, /^Next: warning signs 2/, { note: 'Fictional note about Pat Example' });
    expect(allText(next)).not.toMatch(/You answered/);
    const back = await c.press(next, 'Back');
    expect(allText(back)).not.toMatch(/You answered/);
    // The danger card again, now out of date: its "No" is not taken, so it is not shown as given.
    const stale = await c.press(first, 'No');
    expect(headings(stale)).toEqual(['That card is out of date', 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice']);
    expect(allText(stale)).not.toMatch(/You answered/);

    const d = chat(assistant.url);
    const press = findAction(await d.say('health'), 'No');
    const once = await d.send({ id: 'act-fictional-repeat-1', value: press?.data });
    const twice = await d.send({ id: 'act-fictional-repeat-1', value: press?.data });
    expect(opening(once)).toMatch(ANSWERED);
    expect(headings(twice)).toEqual(headings(once));
    expect(allText(twice)).not.toMatch(/You answered/);
  });

  it('sends each button’s data alone, with nothing for a host to show but the card', async () => {
    const c = chat(assistant.url);
    const cards = await c.say('health');
    expect(allText(cards)).not.toMatch(/msteams|displayText/i);
  });
});

describe('what the bot reads from a press', () => {
  const flowRef = { flowId: 'health.firstSteps', instanceId: 'i-fictional-1', revision: 2 };

  it('takes the event from the activity’s value and ignores any text beside it', () => {
    const value = { event: 'flow.answered', ...flowRef, answer: { type: 'answer.danger', value: 'no' } };
    expect(toDomainEvent({ type: 'message', value, text: 'Yes' })).toEqual(value);
  });

  it("gathers a card's inputs whether their ids are as sent (in.) or given a card's own tag by the web chat page (in~tag.)", () => {
    const answer = { type: 'answer.checklist' };
    const value = { event: 'flow.answered', ...flowRef, answer, 'in.note': 'a', 'in~k3x9.indicator.sexual-health.pregnancy': 'seen', 'in~k3x9.seenAt.time': '10:00' };
    expect(toDomainEvent({ type: 'message', value })).toEqual({ event: 'flow.answered', ...flowRef, answer, inputs: { note: 'a', 'indicator.sexual-health.pregnancy': 'seen', 'seenAt.time': '10:00' } });
  });

  it('leaves out keys no event has, such as a host’s msteams', () => {
    const value = { event: 'flow.answered', ...flowRef, answer: { type: 'answer.danger', value: 'no' }, msteams: { type: 'messageBack', displayText: 'Yes' } };
    expect(toDomainEvent({ type: 'message', value })).toEqual({ event: 'flow.answered', ...flowRef, answer: { type: 'answer.danger', value: 'no' } });
  });
});
