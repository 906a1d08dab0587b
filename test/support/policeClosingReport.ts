import { headings, type Card, type Chat } from './assistant';

/** The police journey's presses, a new officer typing "police", that reach the closing report offered on its summary. */
const TO_CLOSING_REPORT = ['No', 'No', 'Next: more signs, rationale', 'Next: the flags', 'Next: is the child in care?', 'No', 'No', 'No', 'Next: what to do now', 'Write the closing report'];

/** A new conversation taken through the police journey to the closing report's first page ("The report being closed"). */
export async function toPoliceClosingReport(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('police');
  for (const press of TO_CLOSING_REPORT) cards = await c.press(cards, press);
  expect(headings(cards)).toEqual(['The report being closed']);
  return cards;
}
