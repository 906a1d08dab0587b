import { ownerKeyOf } from '../../bot/ownerKey';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { encryptedStorage } from '../../bot/storage/encrypted.storage';
import { parseKeyring } from '../../bot/storage/keyring';
import { allText, assistantForEachTest, chat, headings, type Card } from '../support/assistant';
import { referenceIn } from '../support/formTranscript';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';
import { TEST_DATA_KEYS_JSON } from '../support/testKeys';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The MASE information form, offered on the social care journey's summary, as whole conversations
 * through the real handler: several victims, an error and its fix, a change from check your answers,
 * a restart in the middle, a victim removed after one question, and a submission with its reference.
 */

const SUMMARY = 'What to do now, in order';
const OFFER = 'Fill in the MASE form';
const ABOUT = 'About this form';
const VICTIMS = 'Victims';
const OFFENDERS = 'Offenders, suspects or persons of concern (alleged or known)';
const ADDRESSES = 'Locations: addresses';
const LOCATIONS = 'Locations: additional locations';
const THEMES = 'Themes';
const OPTIONS_CONSIDERED = 'Options considered';
const CHECK = 'Check your answers before submitting';
/** Check-your-answers goes on as many cards as Teams needs (issue 8): the first has the title, the rest this. */
const CONTINUED = 'Check your answers (continued)';
/** Whether the cards are check-your-answers and nothing else: its first card, then only its continued ones. */
const isCheck = (cards: Card[]): boolean => headings(cards).every((heading, i) => heading === (i === 0 ? CHECK : CONTINUED)) && headings(cards).length > 0;
const SUBMITTED = 'MASE information form submitted';

/** The social care journey, the shortest way to its summary. */
const TO_SUMMARY: TranscriptStep[] = [
  { say: 'hello', see: ["Worried about a child? Let's work out what to do next."] },
  { press: 'Social care, MASH or MASE', see: ['Is the child in immediate danger?'] },
  { press: 'No', see: ['Does the child have an allocated social worker?'] },
  { press: 'Yes', see: ['Is there reasonable cause to suspect significant harm?'] },
  { press: 'Yes', see: ['Are there concerns of organised or complex abuse?'] },
  { press: 'No', see: ['Before the case goes to MASE'] },
  { press: 'Next: looked after?', inputs: { cpProcedures: 'met', strategyMeeting: 'met', crisNumber: 'met' }, see: ['Is the child looked after, and placed out of borough?'] },
  { press: 'Not looked after', see: ['Is the young person 17 or over?'] },
  { press: 'No', see: ['Are there signs of trafficking or movement?'] },
  { press: 'No', see: [SUMMARY], read: [OFFER] },
];

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a social worker completes the form for two victims and an offender, fixing an error and changing an answer',
    [
      ...TO_SUMMARY,
      { press: OFFER, see: [ABOUT], read: ['Page 1 of 7', 'under VOLT'] },
      { press: 'Continue', inputs: { maseArea: 'A fictional borough' }, see: [VICTIMS], read: ['Page 2 of 7', 'Victim 1: fill in the questions below'] },
      {
        press: 'Add another victim',
        inputs: { name: FICTIONAL_CHILD.firstName, dateOfBirth: '1/1/2007', policeRiskCategory: 'category2' },
        see: [VICTIMS],
        read: ['There is a problem', 'Date of birth must be for a child aged 0 to 17', FICTIONAL_CHILD.firstName],
      },
      {
        press: 'Add another victim',
        inputs: { name: FICTIONAL_CHILD.firstName, dateOfBirth: '27/03/2012', age: '14', ethnicity: 'notKnown', strategyMeetingDate: '20/11/2026', policeRiskCategory: 'category2' },
        see: [VICTIMS],
        read: [`Victim 1: ${FICTIONAL_CHILD.firstName}`, 'Victim 2: fill in the questions below'],
      },
      { press: 'Continue', inputs: { name: 'Fictional Child B', caseStatus: 'childInNeed' }, see: [OFFENDERS], read: ['Page 3 of 7'] },
      { press: 'Continue', inputs: { name: FICTIONAL_ADULT.name, age: '31' }, see: [ADDRESSES] },
      { press: 'Continue', see: [LOCATIONS] },
      { press: 'Continue', inputs: { type: 'hotel', place: 'A fictional hotel', postcode: 'zz9 9zz' }, see: [THEMES] },
      {
        press: 'Continue',
        inputs: { cseModelPrimary: 'relationship-model', cseModelSecondary: 'organised-networked' },
        see: [OPTIONS_CONSIDERED],
        read: ['Page 7 of 7'],
      },
      {
        press: 'Continue',
        see: [CHECK, CONTINUED, CONTINUED],
        read: [
          'A fictional borough',
          'Category 2',
          '27 March 2012',
          'Relationship model',
          'Organised or networked exploitation and trafficking',
          'ZZ9 9ZZ',
          'Before you submit',
          'the trafficking theme is empty',
        ],
      },
      { press: 'Change the local authority area of the MASE', see: [ABOUT], read: ['Save and go back'] },
      { press: 'Save and go back', inputs: { maseArea: 'Another fictional borough' }, see: [CHECK, CONTINUED, CONTINUED], read: ['Another fictional borough'] },
      { press: 'Submit', see: [SUBMITTED], read: ['Your reference is', 'Send the form to your MASE coordinator'] },
    ],
  ],
  [
    'a MASE form left half-way, the server restarted, and carried on where it stopped',
    [
      ...TO_SUMMARY,
      { press: OFFER, see: [ABOUT] },
      { press: 'Continue', see: [VICTIMS] },
      { press: 'Continue', see: [VICTIMS], read: ['Enter the name or alias'] },
      { press: 'Continue', inputs: { name: FICTIONAL_CHILD.firstName }, see: [OFFENDERS] },
      { restart: true },
      { press: 'Continue', inputs: { name: FICTIONAL_ADULT.name }, see: [ADDRESSES] },
      { press: 'Back', see: [OFFENDERS], read: [`Offender or person of concern 1: ${FICTIONAL_ADULT.name}`] },
      { press: 'Back', see: [VICTIMS], read: [`Victim 1: ${FICTIONAL_CHILD.firstName}`] },
    ],
  ],
];

playTranscripts(transcripts);

describe('a victim removed from check-your-answers', () => {
  const assistant = assistantForEachTest('embedded');

  it('asks once: "Keep it" changes nothing, "Remove" takes that victim and the next one becomes Victim 1; one record is submitted', async () => {
    const userId = 'user-fictional-remove';
    const c = chat(assistant.url, undefined, userId);
    let cards: Card[] = [];
    for (const step of TO_SUMMARY) {
      if ('restart' in step) continue;
      cards = 'say' in step ? await c.say(step.say) : await c.press(cards, step.press, step.inputs);
    }
    cards = await c.press(cards, OFFER);
    cards = await c.press(cards, 'Continue');
    cards = await c.press(cards, 'Add another victim', { name: FICTIONAL_CHILD.firstName });
    cards = await c.press(cards, 'Continue', { name: 'Fictional Child B' });
    for (const page of [OFFENDERS, ADDRESSES, LOCATIONS, THEMES, OPTIONS_CONSIDERED]) {
      expect(headings(cards)).toEqual([page]);
      cards = await c.press(cards, 'Continue');
    }
    expect(isCheck(cards)).toBe(true);
    const bothVictims = ['"text":"Victim 1"', '"text":"Victim 2"', FICTIONAL_CHILD.firstName, 'Fictional Child B'];
    for (const phrase of bothVictims) expect(allText(cards)).toContain(phrase);

    const asked = await c.press(cards, 'Remove Victim 1');
    expect(headings(asked)).toEqual(['Remove Victim 1?']);
    expect(allText(asked)).toContain('"style":"destructive"');
    expect(allText(asked)).not.toContain(FICTIONAL_CHILD.firstName);
    const kept = await c.press(asked, 'Keep it');
    expect(isCheck(kept)).toBe(true);
    for (const phrase of bothVictims) expect(allText(kept)).toContain(phrase);

    const removed = await c.press(await c.press(kept, 'Remove Victim 1'), 'Remove');
    expect(isCheck(removed)).toBe(true);
    expect(allText(removed)).not.toContain(FICTIONAL_CHILD.firstName);
    expect(allText(removed)).not.toContain('"text":"Victim 2"');
    expect(allText(removed)).toContain('"text":"Victim 1"');
    expect(allText(removed)).toContain('Fictional Child B');
    expect(allText(removed)).not.toContain('Remove Victim 2');

    const done = await c.press(removed, 'Submit');
    expect(headings(done)).toEqual([SUBMITTED]);
    const storage = encryptedStorage(openEmbeddedStorage(assistant.dataFile), parseKeyring(TEST_DATA_KEYS_JSON, 'DATA_KEYS_JSON'));
    try {
      const records = await storage.submissions.listByOwner(ownerKeyOf({ channelId: 'test', from: { id: userId, name: '' } }), 20);
      expect(records.map((r) => r.reference)).toEqual([referenceIn(done)]);
      expect(records[0]?.payload).toMatchObject({ answers: { victims: [{ name: 'Fictional Child B' }] } });
    } finally {
      await storage.close();
    }
  });
});
