import { actionTitles, allText, headings, type Card, type Chat } from './assistant';

/**
 * The school journey's offer of a concern record, as transcripts over HTTP meet it when a saved
 * draft of that form does not open (test/transcripts/undecryptableState and upgradeOpenJourney).
 */

export const CONCERN_RECORD_OFFER = 'Complete a concern record';

/** The school journey to its summary, which offers the concern record. */
export async function schoolSummary(c: Chat): Promise<Card[]> {
  let cards = await c.say('school');
  for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know"]) cards = await c.press(cards, press);
  expect(actionTitles(cards)).toContain(CONCERN_RECORD_OFFER);
  return cards;
}

/**
 * The offer met a saved draft (its role answered "Designated safeguarding lead") that does not open:
 * the notice titled `heading` says so in `says`, with the 999 line, and no Open; Start a new one
 * starts an empty form and Delete the old draft asks once, then deletes it.
 */
export async function expectClosedDraftOffer(c: Chat, offered: Card[], heading: string, says: string): Promise<void> {
  expect(headings(offered)).toEqual([heading]);
  expect(allText(offered)).toContain('Concern record, saved');
  expect(allText(offered)).toContain(says);
  expect(allText(offered)).toContain('If a child is in danger now, call 999.');
  expect(actionTitles(offered)).toEqual(['Start a new one', 'Delete the old draft', 'Carry on where I was']);

  const fresh = await c.press(offered, 'Start a new one');
  expect(headings(fresh)).toEqual(['About you']);
  expect(allText(fresh)).not.toContain('Designated safeguarding lead');

  const asked = await c.press(offered, 'Delete the old draft');
  expect(headings(asked)).toEqual(['Delete this saved draft?']);
  expect(allText(asked)).toContain('Concern record, saved');
  expect(headings(await c.press(asked, 'Yes, delete the draft'))[0]).toBe('Draft deleted');
}
