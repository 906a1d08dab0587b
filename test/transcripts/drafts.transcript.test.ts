import { allText, chat, headings, inputValues, startTestAssistant, type Card, type Chat, type TestAssistant } from '../support/assistant';
import { FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * Saved drafts as a person meets them: listed apart (journey, the page reached, the role, when saved
 * and when deleted, nothing they typed), deleted after one question, resumed from any of the same
 * user's conversations and never from another user's; and an out-of-date question refused kindly.
 */

const NOTE = `${FICTIONAL_CHILD.firstName} has a new phone she will not explain`;
const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const PREGNANCY = 'indicator.sexual-health.pregnancy';
const DAY_MS = 86_400_000;
const day = (at: Date): string => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(at);

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant('embedded');
});
afterAll(async () => {
  await assistant.stop();
});

async function press(c: Chat, cards: Card[], title: string | RegExp, inputs?: Record<string, string>): Promise<Card[]> {
  return c.press(cards, title, inputs);
}

/** A school journey one page in, saved for later with what its open page holds. */
async function saveSchoolDraft(c: Chat): Promise<void> {
  const danger = await c.say('school');
  const area = await press(c, danger, 'No');
  expect(headings(area)).toEqual([AREA_1]);
  expect(headings(await press(c, area, 'Save for later', { [PREGNANCY]: 'seen', note: NOTE }))).toEqual(['Saved for later']);
}

it('lists each draft with its journey, the page reached, the role and its dates, and deletes one after asking once', async () => {
  const c = chat(assistant.url, 'conv-drafts-list', 'user-fictional-drafts');
  await saveSchoolDraft(c);
  const police = await c.say('police');
  expect(headings(await press(c, police, 'Save for later'))).toEqual(['Saved for later']);
  const welcome = await c.say('menu');
  const list = await press(c, welcome, 'Your saved drafts (2)');
  expect(headings(list)).toEqual(['Your saved drafts']);
  const text = allText(list);
  for (const phrase of ['Police officer: first steps', 'School or college: first steps', 'Reached step 2:', AREA_1, 'For: School or college', 'For: Police officer', `Saved ${day(new Date())}`, `Deleted after ${day(new Date(Date.now() + 28 * DAY_MS))}`]) expect(text).toContain(phrase);
  // Newest first; and nothing typed, nor a child's name, on the list.
  expect(text.indexOf('Police officer: first steps')).toBeLessThan(text.indexOf('School or college: first steps'));
  expect(text).not.toContain(FICTIONAL_CHILD.firstName);

  const asked = await press(c, list, 'Delete');
  expect(headings(asked)).toEqual(['Delete this saved draft?']);
  expect(allText(asked)).toContain('Police officer: first steps, saved');
  expect(allText(asked)).toContain('"style":"destructive"');
  const kept = await press(c, asked, 'No, keep it');
  expect(headings(kept)).toEqual(['Your saved drafts']);
  const deleted = await press(c, asked, 'Yes, delete the draft');
  expect(headings(deleted)).toEqual(['Draft deleted', 'Your saved drafts']);
  expect(allText(deleted)).not.toContain('Police officer: first steps');
  // The same question pressed again: the draft is gone, and it is said kindly.
  expect(headings(await press(c, asked, 'Yes, delete the draft'))).toEqual(['That saved journey is no longer available', 'Your saved drafts']);
  expect(allText(await c.say('menu'))).toContain('Your saved drafts (1)');
});

it('resumes a draft from another conversation of the same user, with its open page; another user never sees it', async () => {
  await saveSchoolDraft(chat(assistant.url, 'conv-drafts-a', 'user-fictional-owner'));
  const elsewhere = chat(assistant.url, 'conv-drafts-b', 'user-fictional-owner');
  const welcome = await elsewhere.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-owner' }] });
  const list = await press(elsewhere, welcome, 'Your saved drafts (1)');
  const resumed = await press(elsewhere, list, 'Resume');
  expect(headings(resumed)).toEqual([AREA_1]);
  expect(inputValues(resumed)).toMatchObject({ [PREGNANCY]: 'seen', note: NOTE });

  const stranger = chat(assistant.url, 'conv-drafts-c', 'user-fictional-stranger');
  const theirs = await stranger.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-stranger' }] });
  expect(allText(theirs)).not.toContain('Your saved drafts');
  // Pressing the owner's Resume from the stranger's conversation finds nothing of theirs.
  expect(headings(await stranger.press(list, 'Resume'))).toContain('That saved journey is no longer available');
});

it('refuses an out-of-date "are you sure" kindly and keeps the journey', async () => {
  const c = chat(assistant.url, 'conv-stale-question', 'user-fictional-stale');
  const danger = await c.say('school');
  const area = await press(c, danger, 'No');
  const asked = await press(c, area, 'Cancel');
  expect(headings(asked)).toEqual(['Cancel this journey?']);
  // The person carries on from the page instead; the question is now out of date.
  const next = await press(c, area, 'Next: warning signs 2 of 10', { [PREGNANCY]: 'notSure' });
  expect(headings(next)).toEqual(['Warning signs 2 of 10: A, Absence, truancy and going missing']);
  const refused = await press(c, asked, 'Yes, cancel and discard my answers');
  expect(headings(refused)).toEqual(['That card is out of date', 'Warning signs 2 of 10: A, Absence, truancy and going missing']);
  // Nothing was lost: Back shows the first page as it was left.
  expect(inputValues(await press(c, refused, 'Back'))).toMatchObject({ [PREGNANCY]: 'notSure' });
});
