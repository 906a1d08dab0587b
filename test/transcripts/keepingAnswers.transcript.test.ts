import { allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { inputValue } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * A journey loses nothing: Back shows a page as it was left, Save for later and Skip keep what the
 * open page holds, and Cancel, Start again and leaving for another journey ask once, and only when
 * there is something to lose.
 */

const WELCOME = "Worried about a child? Let's work out what to do next.";
const DANGER = 'Is the child in immediate danger?';
const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const AREA_2 = 'Warning signs 2 of 10: A, Absence, truancy and going missing';
const NEXT = 'Next: warning signs 2 of 10';
const IMAGERY = 'Is the concern about nude or sexual images of a young person?';
const HEALTH_FIRST = 'Warning signs 1 of 11: What you see in health settings';
const PREGNANCY = 'indicator.sexual-health.pregnancy';
// A personal value (the log capture searches every log for it), worded as no danger now.
const NOTE = `${FICTIONAL_CHILD.firstName} has a new phone she will not explain`;
const NOTE_2 = 'Fictional note: late to school three times this week';
const ASK_CANCEL = 'Cancel this journey?';
const ASK_RESTART = 'Start this journey again?';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'Back shows the page as it was left, and going forward again keeps what the next page held',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: NEXT, inputs: { [PREGNANCY]: 'notSure', note: NOTE }, see: [AREA_2] },
      { press: 'Back', inputs: { note: NOTE_2 }, see: [AREA_1], values: { [PREGNANCY]: 'notSure', note: NOTE } },
      { press: NEXT, inputs: { [PREGNANCY]: 'notSure', note: NOTE }, see: [AREA_2], values: { note: NOTE_2 } },
      { press: 'Back', see: [AREA_1], values: { [PREGNANCY]: 'notSure', note: NOTE } },
    ],
  ],
  [
    'Save for later keeps the open page, and resuming shows it again, after a restart too',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Save for later', inputs: { [PREGNANCY]: 'seen', note: NOTE }, see: ['Saved for later'] },
      { restart: true },
      { say: 'menu', see: [WELCOME], read: ['Your saved drafts (1)'] },
      { press: 'Your saved drafts (1)', see: ['Your saved drafts'], read: ['School or college: first steps', 'Reached step 2:', AREA_1, 'For: School or college', 'Saved ', 'Deleted after '] },
      { press: 'Resume', see: [AREA_1], values: { [PREGNANCY]: 'seen', note: NOTE } },
    ],
  ],
  [
    'Save for later refuses a note that is too long, beside the note, and keeps the journey',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Save for later', inputs: { note: 'x'.repeat(501) }, see: [AREA_1], read: ['Keep your note to 500 characters or fewer.', 'Something on this card needs changing'] },
      { press: 'Save for later', inputs: { note: NOTE }, see: ['Saved for later'] },
    ],
  ],
  [
    'Skip keeps what the open page holds: it is in the summary, and Back shows it',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Skip to the images question', inputs: { [PREGNANCY]: 'seen', note: NOTE }, see: [IMAGERY] },
      { press: 'Back', see: [AREA_1], values: { [PREGNANCY]: 'seen', note: NOTE } },
      { press: 'Skip to the images question', inputs: { [PREGNANCY]: 'seen', note: NOTE }, see: [IMAGERY] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'No, another member of staff', see: ['Tell your designated safeguarding lead now'], read: ['The warning signs you recorded', 'Pregnancy', NOTE] },
    ],
  ],
  [
    'Skip to who to tell now keeps a health page too',
    [
      { say: 'health', see: [DANGER] },
      { press: 'No', see: [HEALTH_FIRST] },
      { press: 'Skip to who to tell now', inputs: { 'health-sign.accompanied': 'seen', note: NOTE }, see: ['Are you a safeguarding lead for your organisation?'] },
      { press: 'No, another member of staff', see: ['Tell your safeguarding lead now'], read: ['The warning signs you recorded', NOTE] },
    ],
  ],
  [
    'Cancel and Start again ask nothing when nothing is answered',
    [
      { say: 'school', see: [DANGER] },
      { press: 'Cancel', see: ['Journey cancelled'] },
      { say: 'school', see: [DANGER] },
      { press: 'Start again', see: [DANGER] },
    ],
  ],
  [
    'Cancel asks once, with the destructive button, and carrying on keeps the open page',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Cancel', inputs: { note: NOTE }, see: [ASK_CANCEL], read: ['"title":"Yes, cancel and discard my answers","data":{"event":"flow.cancelConfirmed"', '"style":"destructive"', 'School or college: first steps'] },
      { press: 'Carry on where I was', see: [AREA_1], values: { note: NOTE } },
      { press: 'Cancel', see: [ASK_CANCEL] },
      { press: 'Yes, cancel and discard my answers', see: ['Journey cancelled'] },
      { say: 'menu', see: [WELCOME] },
    ],
  ],
  [
    'a typed "cancel" asks too, and Save for later from the question keeps the journey',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { say: 'cancel', see: [ASK_CANCEL] },
      { press: 'Save for later', see: ['Saved for later'] },
      { say: 'menu', see: [WELCOME], read: ['Your saved drafts (1)'] },
    ],
  ],
  [
    'Start again asks once during a journey, and not on a finished one',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Start again', see: [ASK_RESTART], read: ['"style":"destructive"'] },
      { press: 'Yes, start again and discard my answers', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { press: 'Skip to the images question', see: [IMAGERY] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'No, another member of staff', see: ['Tell your designated safeguarding lead now'] },
      { press: 'Start again', see: [DANGER] },
    ],
  ],
  [
    'starting another journey with answers given asks once, and saves the first',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [AREA_1] },
      { say: 'police', see: ['Leave the journey you are on?'], read: ['School or college: first steps', 'Save it and start: Police officer: first steps'] },
      { press: 'Carry on where I was', see: [AREA_1] },
      { say: 'trafficking', see: ['Leave the journey you are on?'] },
      { press: /^Save it and start/, see: ['Your other journey is saved', 'Is the child in immediate danger now?'] },
      { say: 'menu', see: [WELCOME], read: ['Your saved drafts (1)'] },
    ],
  ],
];

playTranscripts(transcripts);

/**
 * A chat message typed while a form page is open carries none of the page's inputs (Web Chat and Teams send only the
 * text): the reply says so in one line, and the page above, still current, takes what was typed on it.
 */
describe('a chat message typed over an open form page', () => {
  const assistant = assistantForEachTest('embedded');
  const UNSENT = 'Anything you typed or ticked on the page above and have not sent is not kept: press “Continue” or “Save for later” on that page to keep it.';
  const ABOUT_YOU = { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Designated safeguarding lead', organisation: 'Fictional Academy', reporterEmail: 'dsl@example.com' };

  async function toConcernRecord(c: Chat): Promise<Card[]> {
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    let cards = await c.say('school');
    for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know", 'Complete a concern record']) cards = await c.press(cards, press);
    expect(headings(cards)).toEqual(['About you']);
    return cards;
  }

  it('is told that what was typed and not sent is not kept, and Continue on the page above still takes it', async () => {
    const c = chat(assistant.url);
    const page = await toConcernRecord(c);
    const answered = await c.say('what is a strategy discussion?');
    expect(allText(answered)).toContain(UNSENT);
    expect(allText(answered)).toContain('Carry on where I was');
    const resumed = await c.press(answered, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['About you']);
    expect(inputValue(resumed, 'organisation')).toBe('');
    const child = await c.press(page, 'Continue', ABOUT_YOU);
    expect(headings(child)).toEqual(['The child']);
    expect(inputValue(await c.press(child, 'Back'), 'organisation')).toBe('Fictional Academy');
  });

  it('is told on the 999 card too', async () => {
    const c = chat(assistant.url);
    const page = await toConcernRecord(c);
    const urgent = await c.say('he is outside the school gates now and she is getting in his car');
    expect(headings(urgent)[0]).toBe('Call 999 now');
    expect(allText(urgent)).toContain(UNSENT);
    expect(headings(await c.press(page, 'Save for later', ABOUT_YOU))).toEqual(['Saved for later']);
  });

  it('is not told on a journey card without inputs', async () => {
    const c = chat(assistant.url);
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    expect(headings(await c.say('school'))).toEqual([DANGER]);
    const answered = await c.say('what is a strategy discussion?');
    expect(allText(answered)).toContain('Carry on where I was');
    expect(allText(answered)).not.toContain('have not sent is not kept');
  });

  // The fourth exploratory test: signs ticked on a warning-signs area were lost after the 999 card and Carry on, untold.
  it("is told on a journey card with inputs too, naming the card's own button", async () => {
    const c = chat(assistant.url);
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    expect(headings(await c.press(await c.say('school'), 'No'))[0]).toMatch(/^Warning signs 1 of 10/);
    const urgent = await c.say('she just text me saying shes at some mans flat and he wont let her leave');
    expect(headings(urgent)[0]).toBe('Call 999 now');
    expect(allText(urgent)).toContain('Anything you typed or ticked on the page above and have not sent is not kept: press “Next: warning signs 2 of 10” or “Save for later” on that page to keep it.');
  });
});
