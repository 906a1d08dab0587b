import { allText, assistantForEachTest, chat, chatAfterRole, headings } from '../support/assistant';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * What people type when they first try the assistant: a situation in their own words leads to the
 * journey for it, offered on one button, with what they typed kept as their first note; a question
 * it cannot answer says so and offers the nearest entries and the role menu. A description that may
 * mean a child is in danger now (a girl with older men at the hotel now, a scared fare tonight) gets
 * the 999 card first: a false alarm costs one card. Everyone is fictional.
 */

const OFFER = 'I can take you through what to do';
const NOT_SURE = 'I am not sure I have an answer to that';
const MAY_HELP = 'What may help with what you describe';

const HOTEL_NOTE = 'I work at a hotel and something looks wrong with a young girl and older men, who do I call';
const TAXI_NOTE = 'I am a cab driver and a girl I picked up tonight looked scared, an older man paid the fare';
const TAXI_NOW = 'im a cab driver, young girl in the back looks scared, older man with her, im driving now';
const TEACHER_NOTE = "I'm a teacher and worried about a pupil, she has a new phone and an older boyfriend";
const NURSE_NOTE = "I'm a nurse and a 14 year old asked for the morning-after pill again";
const EMERGENCY_NOTE = 'one of my yr 9 girls is at a house with older men rite now she just txt her mate, what do i do';
const KEPT = 'What you wrote before starting is kept as your first note in this journey';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a hotel worker describes what they saw and asks who to call',
    [
      { say: HOTEL_NOTE, see: ['Call 999 now', 'Call 999 first', OFFER], read: ['kept as your first note', 'How to report a Makesafe concern: 999 or 101'] },
      { press: 'Start: Business (Operation Makesafe): first steps', see: ['Is the child with you now, or in danger now?'] },
      { press: 'No', see: ['Where do you work?'] },
      { press: 'Hotel, hostel or B&B', see: ['What did you notice? Signs for hotel staff'] },
      { press: 'Next: who to call', see: ['Call 101 and say “Operation Makesafe”'], read: [HOTEL_NOTE] },
      // The journey has no box for it: the note goes on into the report's "What you saw or heard".
      { press: 'Write what to tell the police', see: ['The business'] },
      { press: 'Continue', inputs: { premisesType: 'hotel', premisesName: 'The Fictional Lodge', area: 'Quirkfield' }, see: ['Where and when'] },
      { press: 'Continue', inputs: { seenAt: '3/12/2026', 'seenAt.time': '22:15', childPresent: 'no' }, see: ['The child or children'] },
      { press: 'Continue', inputs: { childDescription: 'Small, red coat' }, see: ['The adults with them'] },
      { press: 'Continue', see: ['Vehicles'] },
      { press: 'Continue', see: ['Booking and payment'] },
      { press: 'Continue', see: ['What you saw or heard'], values: { seenOrHeard: HOTEL_NOTE } },
    ],
  ],
  [
    'a taxi driver describes a fare',
    [
      { say: TAXI_NOTE, see: ['Call 999 now', OFFER] },
      { press: 'Start: Business (Operation Makesafe): first steps', see: ['Is the child with you now, or in danger now?'] },
      { press: 'No', see: ['Where do you work?'] },
      { press: 'Taxi or private hire', see: ['What did you notice? Signs for taxi and private-hire drivers'] },
      { press: 'Next: who to call', see: ['Call 101 and say “Operation Makesafe”'], read: [TAXI_NOTE] },
    ],
  ],
  [
    'a taxi driver types an emergency: 999 first, then the journey with what they typed kept',
    [
      { say: TAXI_NOW, see: ['Call 999 now', OFFER], read: ['Stay on the line', 'kept as your first note'] },
      { press: 'Start: Business (Operation Makesafe): first steps', see: ['Is the child with you now, or in danger now?'] },
    ],
  ],
  [
    'a teacher describes a pupil',
    [
      { say: TEACHER_NOTE, see: [MAY_HELP, OFFER], read: ['They are not an answer written for it'] },
      { press: 'Start: School or college: first steps', see: ['Is the child in immediate danger?'] },
      // A warning-sign area's box is for that area: the note is the journey's, shown on its summary and handed to the record.
      { press: 'No', see: ['Warning signs 1 of 10: S, Sexual identity, wellbeing and choice'], values: { note: '' } },
      { press: 'Skip to the images question', see: ['Is the concern about nude or sexual images of a young person?'] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: "I don't know", see: ['Refer to your local MASH now'], read: ['Your first note', TEACHER_NOTE] },
      { press: 'Complete a concern record', see: ['About you'] },
      { press: 'Continue', inputs: { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Teacher', organisation: 'Fictional Academy' }, see: ['The child'] },
      // The danger question comes before the story (issue 8).
      { press: 'Continue', inputs: { childName: 'Fictional Pupil', setting: 'school', knownToCsc: 'no' }, see: ['Warning signs and danger'] },
      { press: 'Continue', inputs: { danger: 'no' }, see: ['What you saw or were told'], values: { whatHappened: TEACHER_NOTE } },
    ],
  ],
  [
    // The offer card stays in the chat, and so does the welcome card: a role's button starts the same journey, and
    // what they typed goes with it, so its first card says so, as the offer card does.
    'a teacher types an emergency, then starts the school journey from the menu: told their words are kept, and they go in no warning-sign area',
    [
      // After the 999 card, who first; what the search found is one press away, for when the child is safe (the sixth exploratory test).
      { say: EMERGENCY_NOTE, see: ['Call 999 now', 'Call 999 first', OFFER], read: ['kept as your first note', 'Older associates, few same-age friends'] },
      { press: 'Main menu', see: ["Worried about a child? Let's work out what to do next."] },
      { press: 'School or college', see: ['Is the child in immediate danger?'], read: [KEPT] },
      { press: 'No', see: ['Warning signs 1 of 10: S, Sexual identity, wellbeing and choice'], values: { note: '' } },
    ],
  ],
  [
    'a nurse describes a patient, and starts again with the note kept',
    [
      // Fourteen words with no cue of the rules': the danger classifier decides, and scores this repeat request as danger
      // now, so the 999 card comes before the offer, a false alarm that costs one card (docs/architecture.md, issue 8).
      // A repeat request for the morning-after pill, with no one with her and nothing happening now, is a worry to refer, not a 999 call.
      { say: NURSE_NOTE, see: [MAY_HELP, OFFER] },
      { press: 'Start: Health: first steps', see: ['Is the child in immediate danger?'] },
      { press: 'Start again', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Warning signs 1 of 11: What you see in health settings'], values: { note: '' } },
    ],
  ],
  [
    'a question the protocol does not answer: the nearest entries and the role menu',
    [
      { say: 'what is the HPV vaccine schedule for year 8', see: [NOT_SURE], read: ['The nearest I found in the protocol', 'Or choose your role', 'School or college'] },
      { press: 'School or college', see: ['Is the child in immediate danger?'] },
    ],
  ],
  [
    'the role chosen counts: "who do I call" from a business and from a school',
    [
      { press: 'Business (Operation Makesafe)', see: ['Is the child with you now, or in danger now?'] },
      { say: 'who do I call', see: ['How to report a Makesafe concern: 999 or 101'], read: ['Carry on where I was'] },
      { say: 'school', see: ['Your other journey is saved', 'Is the child in immediate danger?'] },
      { say: 'who do I call', see: ['What to do when you are worried about a child: the referral route'], read: ['Carry on where I was'] },
    ],
  ],
];

playTranscripts(transcripts);

// The fourth exploratory test: a social worker's description, with no question in it and no entry answering it, got the
// offer alone. It gets the search's nearest entries first, said to be possibly relevant, not the answer.
describe('a situation described with no entry answering it', () => {
  const assistant = assistantForEachTest('embedded');
  const opensEntries = (text: string) => (text.match(/"event":"entry\.requested"/g) ?? []).length;

  it('shows the nearest entries as what may help, before the offer', async () => {
    const c = chat(assistant.url);
    const cards = await c.say('15yo on my caseload keeps going missing from her foster placement and comes back with new clothes and money, carer thinks shes fine');
    expect(headings(cards)).toEqual([MAY_HELP, OFFER]);
    expect(allText(cards)).toContain('They are not an answer written for it');
    expect(opensEntries(allText(cards))).toBeGreaterThan(0);
    // A child who keeps going missing and comes back is the missing-and-returned journey (the fifth exploratory test).
    expect(allText(cards)).toContain('Start: A missing child has come back');
  });

  it('says so when it asked something no entry answers, and after the 999 card too', async () => {
    const c = chat(assistant.url);
    const cards = await c.say('im a nurse and a 14 year old keeps coming in with different older men, is there a leaflet for this?');
    expect(headings(cards).slice(-2)).toEqual([MAY_HELP, OFFER]);
    expect(allText(cards)).toContain('I could not find an answer to your question in the protocol');
    expect(opensEntries(allText(cards))).toBeGreaterThan(0);
  });
});

describe('a situation described while its own journey runs', () => {
  const assistant = assistantForEachTest('embedded');

  // The fourth exploratory test: a question typed on the hotel signs page offered the Makesafe journey it was in.
  it('is answered with the way back to the journey, not offered the journey already open', async () => {
    const c = chat(assistant.url);
    expect(headings(await c.press(await c.say('school'), 'No'))[0]).toMatch(/^Warning signs 1 of 10/);
    const answered = await c.say('a year 10 girl keeps getting picked up by an older man after school, should i tell someone');
    expect(headings(answered)).not.toContain(OFFER);
    expect(allText(answered)).toContain('Carry on where I was');
    expect(allText(answered)).not.toContain('Start: School or college: first steps');
  });
});

// The fifth exploratory test. Each user chose a role, then left its journey (the offer is made when no journey runs).
describe('descriptions after a role was chosen', () => {
  const assistant = assistantForEachTest('embedded');
  const afterRole = (role: string) => chatAfterRole(assistant.url, role);

  it('offers the journey of the role the words clearly name, not the one chosen before', async () => {
    const c = await afterRole('school');
    const cards = await c.say("pt 14 in a&e again with an older bf, drunk, wont say where she's been");
    expect(headings(cards)).toContain(OFFER);
    expect(allText(cards)).toContain('Start: Health: first steps');
    expect(allText(cards)).not.toContain('Start: School or college: first steps');
  });

  it.each(['police', 'school', 'health', 'business', 'social care'])('a custody description from %s gets what may help, then the offer, not "not sure"', async (role) => {
    const c = await afterRole(role);
    const cards = await c.say('15yo brought into custody for shoplifting, found with 2 phones and cash');
    expect(headings(cards)).toEqual([MAY_HELP, OFFER]);
    expect(allText(cards)).not.toContain(NOT_SURE);
  });

  it('a child who keeps going missing and coming back, asked about without a mark: what may help said as asked, and the missing-and-returned journey', async () => {
    const c = await afterRole('social care');
    const cards = await c.say('she keeps going missing and comes back with new stuff is there a leaflet');
    expect(headings(cards)).toEqual([MAY_HELP, OFFER]);
    expect(allText(cards)).toContain('I could not find an answer to your question in the protocol');
    expect(allText(cards)).toContain('Start: A missing child has come back');
  });
});
