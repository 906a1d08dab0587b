import { isDangerUrgent, isDangerUrgentInRecordOfPast } from '../../dialogs/danger';

/**
 * Issue 8 (forms): boxes of a record of the past read by `presentTense.ts`. A police closing report's "current risk"
 * graded "Medium, still in contact with older males online" is the officer's assessment, not an emergency: "still" there
 * tells of ongoing contact, not of a danger now. Words that say the danger is now still bring the 999 card in any box,
 * a graded one included, and so does a child missing and not yet found.
 */
describe('a graded risk in a box of a record', () => {
  it.each([
    'Medium, still in contact with older males online',
    'Medium, she is still in contact with older males online',
    'High, still in contact with older men',
    'Medium - she is still talking to older males online',
    'High, still messaging older males online and meeting them',
  ])('is an assessment, with no 999 card: %s', (text) => {
    // Each is urgent read as a chat message (the chat's reading is not changed here).
    expect({ text, chat: isDangerUrgent(text), card: isDangerUrgentInRecordOfPast(text) }).toEqual({ text, chat: true, card: false });
  });

  it.each([
    'High, still in contact with him and he is at her house now',
    'Medium, still in contact with older males online, she is with him right now',
    'High, still with him',
    'High, missing since last night and not found',
  ])('still brings the card when it tells of now: %s', (text) => {
    expect({ text, card: isDangerUrgentInRecordOfPast(text) }).toEqual({ text, card: true });
  });
});

describe('a box of a record that says the danger is now', () => {
  it.each([
    'she is with him right now',
    'he is at the house now hurting her',
    'missing since last night and not found',
    'Missing since Friday and still not been found',
    'boyfriend is at the house right now and is hurting the 12 year old sister as we speak',
    'she is in his car outside now',
    'he is waiting at the gates now',
    'saw her get into his car 10 mins ago and she is not answering her phone',
  ])('brings the 999 card: %s', (text) => {
    expect({ text, card: isDangerUrgentInRecordOfPast(text) }).toEqual({ text, card: true });
  });

  it.each([
    'missing since friday, not found until the police found her at a flat on sunday',
    'Saw her get into a silver car with a man about 19 after school on 3 days.',
  ])('but a past episode, over, brings none: %s', (text) => {
    // Each is urgent read as a chat message; the record reads it as the past.
    expect({ text, chat: isDangerUrgent(text), card: isDangerUrgentInRecordOfPast(text) }).toEqual({ text, chat: true, card: false });
  });
});
