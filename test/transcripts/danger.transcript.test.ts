import { allText, chat, headings, startTestAssistant, type Card, type Chat, type TestAssistant } from '../support/assistant';
import { inputValue } from '../support/formTranscript';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/** Danger first, from words or a press, wherever the user is; 999 on every uncertain reply; a 999 card that fits the reader. */

const WELCOME = "Worried about a child? Let's work out what to do next.";
const DANGER = 'Is the child in immediate danger?';
const CALL_999 = 'Call 999 now';
const STALE = 'That card is out of date';
const FIRST_AREA = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const HEALTH_FIRST = 'Warning signs 1 of 11: What you see in health settings';
const SKIP = /^Skip to (?:the images question|who to tell now)$/;
const IMAGERY = 'Is the concern about nude or sexual images of a young person?';
const SAFETY_LINE = 'If a child is in danger now, call 999.';
const SUMMARY_999 = 'You said the child may be in immediate danger, so this comes before anything below. If a child is in immediate danger, or a crime is happening now, call 999 and ask for the police';
const TOLD_EARLIER = 'Earlier in this journey you told us something that may mean the child is in immediate danger, so this comes before anything below. If a child is in immediate danger, or a crime is happening now, call 999 and ask for the police';
const LEAD = 'tell your safeguarding lead the same day';
const S46 = 'police protection (section 46, Children Act 1989)';
const DANGER_TOLD = 'Something you told us during the journey may mean';
const PULL_OVER = 'If you are driving, pull over safely as soon as you can';
const ROOM_NUMBER = 'Say exactly where you are: the address and the room number.';
const ON_PREMISES = 'Say exactly where you are: the address, and where on the premises the child is.';
const HEALTH_LEAD = "tell your named nurse or doctor for safeguarding, or your trust's safeguarding team, the same day";
const NOT_SURE = 'I am not sure I have an answer to that';
const CALL_FIRST = 'Call 999 first';
const CALL_FIRST_LINE = 'The call handler will tell you what to do next, including who else to tell.';
const AFTER_CALL_NEAREST = 'When the child is safe, these parts of the protocol may help';

// Whole conversations whose replies do not depend on what the knowledge search makes of the words.
const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'an urgent message mid-journey, then on where they were',
    [
      { say: 'school', see: [DANGER] },
      { press: 'No', see: [FIRST_AREA] },
      { say: 'a man is coming to pick her up from school in 10 mins', see: [CALL_999], read: [LEAD] },
      { press: 'Carry on where I was', see: [FIRST_AREA] },
    ],
  ],
  [
    'an urgent message typed on a card with inputs, and danger written into its note',
    [
      { say: 'health', see: [DANGER] },
      { press: 'No', see: [HEALTH_FIRST] },
      { say: 'hes got her in his car rn', see: [CALL_999], read: [HEALTH_LEAD] },
      { press: 'Carry on where I was', see: [HEALTH_FIRST] },
      { press: 'Next: warning signs 2 of 11', inputs: { note: 'She says he is outside in his car waiting for her right now' }, see: [CALL_999, 'Warning signs 2 of 11: S, Sexual identity, wellbeing and choice'] },
    ],
  ],
  [
    // A social worker is children's social care: not told to refer to it, but to convene the strategy discussion (Section 7).
    'an urgent message from a social worker mid-journey',
    [
      { press: 'Social care, MASH or MASE', see: [DANGER] },
      { press: 'No', see: ['Does the child have an allocated social worker?'] },
      { say: 'she has just been taken by her uncle to a house party, she is 14', see: [CALL_999], read: ['convene a strategy discussion with the police'] },
      { press: 'Carry on where I was', see: ['Does the child have an allocated social worker?'] },
    ],
  ],
];

playTranscripts(transcripts);

/** Conversations that press old cards or need what a card must not say: played step by step. */
describe('danger with stale cards, and what each reader is not told', () => {
  let assistant: TestAssistant;
  let c: Chat;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
  });
  afterAll(async () => {
    await assistant.stop();
  });
  beforeEach(() => {
    c = chat(assistant.url);
  });

  const text = (cards: Card[]) => allText(cards);

  // Whatever else answers the message (a journey offered, or a question asked with it answered), the 999 card comes first.
  const first = (cards: Card[]) => headings(cards)[0];

  it('an urgent message at the start, from someone whose role is not known, gets the 999 card first in words for anyone', async () => {
    const cards = await c.say('a man has locked her in a flat');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain("tell children's social care at the local council");
    expect(text(cards)).not.toContain(S46);
  });

  it('a cab driver who says so, with a child in the back now, gets what a driver needs', async () => {
    const cards = await c.say('im a cab driver, young girl in the back, im driving now');
    expect(first(cards)).toBe(CALL_999);
    for (const phrase of [PULL_OVER, 'Stay on the line', 'Say exactly where you are']) expect(text(cards)).toContain(phrase);
  });

  // Not the referral route: its desks are for afterwards (the sixth exploratory test). Who first, the route one press away.
  it('someone whose role is not known and asks what to do, with no entry answering, gets who first after the 999 card', async () => {
    const cards = await c.say('a girl is locked in a flat right now, zorblax, what do i do');
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).toContain("When the child is safe, tell children's social care at the local council");
    expect(text(cards)).not.toContain('Do not ring the child’s parent or carer first');
  });

  // Issue 8: the follow-up said "do not ring the parent or carer first" whatever was asked. It fits the question asked.
  it.each([
    ['school', 'who should i tell?', LEAD],
    ['school', 'do i go to the DSL or straight to MASH', LEAD],
    ['health', 'who do i report to', HEALTH_LEAD],
    // "His car" reads as the vehicle business staff may be driving: a driver keeps the record of the fare.
    ['business', 'what do i do', 'keep the booking or app record of the fare for the police (Operation Makesafe)'],
    ['social care', 'who should i tell?', 'tell your manager and convene a strategy discussion'],
  ])('a %s user asking "%s" with the danger is told 999 first, then who they tell next, not about the parents', async (role, question, next) => {
    await c.say(role);
    const cards = await c.say(`a man is dragging a girl into his car outside right now, ${question}`);
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(allText([cards[1] ?? {}])).toContain(next);
    expect(text(cards)).not.toContain('Do not ring the child’s parent or carer first');
  });

  it('asking whether it is too late to report, with the danger, is told it is not: 999 now', async () => {
    await c.say('school');
    const cards = await c.say('a man is dragging a girl into his car outside right now, shld i report it or is it too late');
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).toContain('it is not too late. Call 999 now');
  });

  it('asking whether to ring her mum first, with the danger, is told not to ring the family first', async () => {
    await c.say('school');
    const cards = await c.say('a man is dragging a girl into his car outside right now, shld i call her mum first or police');
    expect(text(cards)).toContain('Do not ring the child’s parent or carer first');
  });

  // The fourth exploratory test: "do i have to tell the manager first or can i ring police myself" got the 999 card and
  // nothing else. A question no entry answers, asked with the danger, gets a follow-up that keeps the call first, with
  // the nearest entries: not "not sure … I will not guess" (the fifth exploratory test: it cast doubt on the
  // 999 card) and no role picker (a role journey opens by asking about danger already told; the menu is on the 999 card).
  it('a question no entry answers, asked with the danger, gets "call 999 first" with its nearest entries after the 999 card', async () => {
    const cards = await c.say('a man has locked her in a flat right now, do i have to tell my manager first or can i ring the police myself');
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).toContain(CALL_FIRST_LINE);
    expect(text(cards)).toContain(AFTER_CALL_NEAREST);
    expect(text(cards)).not.toContain('Or choose your role');
  });

  it('so does one asked while a journey runs, with the way back to it on the 999 card', async () => {
    await c.press(await c.say('business'), 'No');
    const cards = await c.say('a man has locked her in a flat right now, do i have to tell my manager first or can i ring the police myself');
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).toContain(AFTER_CALL_NEAREST);
    expect(await c.press(cards, 'Carry on where I was').then(headings)).toEqual(['Where do you work?']);
  });

  // The fifth exploratory test: a teacher's emergency that also asked who to ring, or whether the phone can be traced.
  it.each([
    'shes 14 and just got in a car with a man she met online, do i ring her mum or police??',
    'shes 14 and just got in a car with a man she met online, can we trace her phone',
  ])('a teacher\'s emergency that asks "%s" gets the call first, with no "not sure" and no role picker', async (said) => {
    await c.say('school');
    const cards = await c.say(said);
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).not.toContain(NOT_SURE);
    expect(text(cards)).not.toContain('I will not guess');
    expect(text(cards)).not.toContain('Or choose your role');
  });

  it('a police officer\'s follow-up says to get help to the child first, as their 999 card does', async () => {
    await c.say('police');
    const cards = await c.say('shes 14 and just got in a car with a man she met online, can we trace her phone');
    expect(headings(cards)).toEqual([CALL_999, 'Get help to the child first']);
  });

  // Whether these words alone are danger is the detector's to say: either way the question is not left unanswered.
  it('the tester\'s own words are never answered by the 999 card alone', async () => {
    const cards = await c.say('do i have to tell the manager first or can i ring police myself');
    // The Makesafe reporting card answers it ("talk to your supervisor as well, but do not delay the call"); after the 999
    // card, who first answers it, with that card one press away for when the child is safe (the sixth exploratory test).
    const after999 = headings(cards)[0] === CALL_999;
    expect(headings(cards)).toEqual(after999 ? [CALL_999, CALL_FIRST] : ['How to report a Makesafe concern: 999 or 101']);
    expect(text(cards)).toContain('How to report a Makesafe concern: 999 or 101');
  });

  // Not its answer card: after the 999 card, what is for later is one press away, headed for when the child is safe.
  it('a question asked with the danger is still answered, after the 999 card and who first', async () => {
    const cards = await c.say('he is forcing her to have sex with his friends tonight, how long does a sexual risk order last?');
    expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
    expect(text(cards)).toContain(AFTER_CALL_NEAREST);
    expect(text(cards)).toContain('Sexual Risk Order (SRO)');
  });

  it('danger written in the Makesafe report brings the 999 card before its next page, worded for business', async () => {
    let cards = await c.say('hotel');
    cards = await c.press(cards, 'No');
    cards = await c.press(cards, 'Hotel, hostel or B&B');
    cards = await c.press(cards, 'Next: who to call');
    expect(headings(cards)).toEqual(['Call 101 and say “Operation Makesafe”']);
    cards = await c.press(cards, 'Write what to tell the police');
    expect(headings(cards)).toEqual(['The business']);
    cards = await c.press(cards, 'Continue', { premisesType: 'hotel', premisesName: 'The Fictional Lodge', area: 'Quirkfield', address: 'a man has locked a girl in room 12 and she is screaming' });
    expect(headings(cards)[0]).toEqual(CALL_999);
    expect(text(cards)).toContain('Stay on the line');
  });

  it('an officer in the police journey gets police protection', async () => {
    await c.say('police');
    const cards = await c.say('a 14 year old is being held at an address right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(S46);
    expect(text(cards)).toContain('call for urgent assistance on your radio');
  });

  it('hotel staff in the Makesafe journey get what to do at the scene', async () => {
    await c.say('hotel');
    const cards = await c.say('girl about 14 checking in with two older men right now');
    expect(first(cards)).toBe(CALL_999);
    for (const phrase of ['Stay on the line', 'Operation Makesafe']) expect(text(cards)).toContain(phrase);
  });

  it('a press of "Yes" to danger on an old card still brings the 999 card, then where the user is', async () => {
    const dangerCard = await c.say('school');
    await c.press(dangerCard, 'No');
    const pressed = await c.press(dangerCard, 'Yes');
    expect(headings(pressed)).toEqual([CALL_999, STALE, FIRST_AREA]);
    expect(text(pressed)).toContain(LEAD);
  });

  it('so does "Not sure" on an old card from another journey, worded for the journey now running', async () => {
    const healthDanger = await c.say('health');
    await c.say('police');
    const pressed = await c.press(healthDanger, 'Not sure');
    expect(headings(pressed)).toEqual([CALL_999, STALE, 'Is the child at immediate risk of significant harm?']);
    expect(text(pressed)).toContain(S46);
  });

  it('a press of "No" on an old card is refused as before, with the safety line', async () => {
    const dangerCard = await c.say('school');
    await c.press(dangerCard, 'No');
    const pressed = await c.press(dangerCard, 'No');
    expect(headings(pressed)).toEqual([STALE, FIRST_AREA]);
    expect(text(pressed)).toContain(SAFETY_LINE);
  });

  it('an urgent message after a stale card brings the 999 card', async () => {
    const dangerCard = await c.say('school');
    await c.press(dangerCard, 'No');
    await c.press(dangerCard, 'No');
    expect(first(await c.say("she's being sexually assaulted at a party"))).toBe(CALL_999);
  });

  it('the school 999 card says to tell the safeguarding lead, not police protection or the call-handler steps', async () => {
    await c.say('school');
    const cards = await c.say('a child in our care is missing right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(LEAD);
    expect(text(cards)).not.toContain(S46);
    expect(text(cards)).not.toContain(PULL_OVER);
  });

  it('the business 999 card does not tell a receptionist about police protection or a safeguarding lead', async () => {
    const cards = await c.say('hotel receptionist here, girl about 14 going up to a room with two older men right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).not.toContain(S46);
    expect(text(cards)).not.toContain('safeguarding lead');
  });

  // The fifth exploratory test: hotel and premises staff were told to pull over if driving.
  it('a hotel receptionist is not told to pull over, and is asked for the room number', async () => {
    const cards = await c.say('hotel receptionist here, girl about 14 going up to a room with two older men right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).not.toContain(PULL_OVER);
    expect(text(cards)).toContain(ROOM_NUMBER);
  });

  it('hotel staff who chose Hotel in the Makesafe journey are not told to pull over, though the message names a car', async () => {
    await c.press(await c.press(await c.say('business'), 'No'), 'Hotel, hostel or B&B');
    const cards = await c.say('a man has just dragged a girl of 12 out of his car into the lobby and is hitting her');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).not.toContain(PULL_OVER);
    expect(text(cards)).toContain(ON_PREMISES);
  });

  // Issue 8: a lobby got "the address and the room number" and "once the room is empty, keep it as it is".
  it('hotel staff with a child in the lobby are asked where on the premises the child is, and told nothing of a room', async () => {
    await c.press(await c.press(await c.say('business'), 'No'), 'Hotel, hostel or B&B');
    const cards = await c.say('girl about 13 in the lobby crying, older man keeps trying to take her upstairs right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(ON_PREMISES);
    expect(text(cards)).not.toContain(ROOM_NUMBER);
    expect(text(cards)).not.toContain('keep it as it is');
  });

  // Issue 8: the school card said nothing of keeping the child with staff.
  it('a teacher whose pupil has a man waiting at the gates is told to keep the child inside with staff', async () => {
    await c.say('school');
    const cards = await c.say('yr 9 girl just told me theres a man waitin for her at the gates now, she wants to go to him');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain('keep the child inside with staff rather than letting them go to that adult, if you safely can');
    expect(text(cards)).toContain(LEAD);
  });

  // Issue 8: a looked-after child ringing their social worker from a car.
  it('a social worker whose child is on the phone to them is told to keep the child talking and call 999 on another phone', async () => {
    await c.say('social care');
    const cards = await c.say('LAC 15yo just rang me from a car, she is crying and says the men will not let her out');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain('Keep the child talking on the line, and call 999 on another phone, or ask a colleague to, if you can.');
  });

  it('a taxi driver in the Makesafe journey is told to pull over', async () => {
    await c.press(await c.press(await c.say('business'), 'No'), 'Taxi or private hire');
    const cards = await c.say('the man in the back is hurting the girl with him right now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(PULL_OVER);
  });

  // The fifth exploratory test: health staff got the generic staff card.
  it('a nurse gets what fits health staff: the adult with the child, and the named nurse or doctor afterwards', async () => {
    const cards = await c.say('im a nurse in A&E, a girl of 13 came in with a man who says he is her boyfriend and he is trying to take her away now');
    expect(first(cards)).toBe(CALL_999);
    for (const phrase of ['Tell the call handler if an adult you are worried about is with the child', 'rather than letting them leave with that adult', HEALTH_LEAD]) expect(text(cards)).toContain(phrase);
    expect(text(cards)).not.toContain(LEAD);
    expect(text(cards)).not.toContain(PULL_OVER);
  });

  // Defect 10 (an exploratory test): the role the message names, misspelt, wins over the previous journey's (health here).
  it('a hotel receptionist who spells it "recepshun", after a health journey, gets what to do at the scene', async () => {
    await c.say('health');
    const cards = await c.say('hotel recepshun here theres a man just checked in with a young girl looks about 13 room 12 now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain('Stay on the line');
    expect(text(cards)).not.toContain(LEAD);
  });

  it('the officer 999 card does not give the call-handler steps for the public', async () => {
    const cards = await c.say('PC here, child found in a car with older man, she is drunk');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(S46);
    expect(text(cards)).not.toContain(PULL_OVER);
  });

  it.each([
    ['the "not sure" reply', 'zzkq wvxj plonk'],
    ['help, which is the menu', 'help'],
    ['the menu', 'menu'],
  ])('%s carries the safety line at the top', async (_name, said) => {
    const cards = await c.say(said);
    const all = text(cards);
    expect(all).toContain(SAFETY_LINE);
    expect(all.indexOf(SAFETY_LINE)).toBeLessThan(all.indexOf(headings(cards)[0] ?? '-'));
  });

  it('a refused attachment and a cancelled journey carry the safety line', async () => {
    expect(text(await c.send({ attachments: [{ contentType: 'image/png', contentUrl: 'https://files.example.invalid/x.png', name: 'x.png' }] }))).toContain(SAFETY_LINE);
    const dangerCard = await c.say('school');
    expect(text(await c.press(dangerCard, 'Cancel'))).toContain(SAFETY_LINE);
  });

  it('a confident answer does not', async () => {
    const cards = await c.say('how long does a sexual risk order last?');
    expect(text(cards)).not.toContain(SAFETY_LINE);
  });

  async function summaryAfter(role: 'School or college' | 'Health', danger: 'Yes' | 'Not sure'): Promise<Card[]> {
    const welcome = await c.say('menu');
    expect(headings(welcome)).toEqual([WELCOME]);
    const dangerCard = await c.press(welcome, role);
    const emergency = await c.press(dangerCard, danger);
    expect(headings(emergency)).toEqual([CALL_999]);
    let cards = await c.press(emergency, 'Next: the warning signs');
    cards = await c.press(cards, SKIP);
    if (role === 'School or college') {
      expect(headings(cards)).toEqual([IMAGERY]);
      cards = await c.press(cards, 'No');
    }
    return c.press(cards, 'No, another member of staff');
  }

  it.each([
    ['School or college', 'Yes', 'Tell your designated safeguarding lead now'],
    ['School or college', 'Not sure', 'Tell your designated safeguarding lead now'],
    ['Health', 'Yes', 'Tell your safeguarding lead now'],
    ['Health', 'Not sure', 'Tell your safeguarding lead now'],
  ] as const)('the %s summary after "%s" to danger has 999 at the top', async (role, danger, title) => {
    const summary = await summaryAfter(role, danger);
    expect(headings(summary)).toEqual([title]);
    const all = text(summary);
    expect(all).toContain(SUMMARY_999);
    expect(all.indexOf(SUMMARY_999)).toBeLessThan(all.indexOf(title));
  });

  // The third exploratory test: "No" to danger, then a call from the child mid-journey (the 999 card). What the journey
  // remembers is that danger was told, not the words: the summary keeps 999 at the top, and the record asks again.
  it('danger told mid-journey after "No": 999 stays on the summary, and the concern record leaves danger for the user to answer', async () => {
    let cards = await c.press(await c.say('school'), 'No');
    expect(headings(cards)).toEqual([FIRST_AREA]);
    cards = await c.say('shes just rung from a car with 2 men she dont know, says they wont let her out');
    expect(headings(cards)).toEqual([CALL_999]);
    cards = await c.press(cards, 'Carry on where I was');
    cards = await c.press(cards, SKIP);
    cards = await c.press(cards, 'No');
    cards = await c.press(cards, 'Yes, I am the DSL or a deputy');
    const summary = await c.press(cards, "I don't know");
    const title = 'Refer to your local MASH now';
    expect(headings(summary)).toEqual([title]);
    // The user answered No: the line says danger was told, not that they answered so.
    expect(text(summary)).not.toContain(SUMMARY_999);
    expect(text(summary).indexOf(TOLD_EARLIER)).toBeGreaterThan(-1);
    expect(text(summary).indexOf(TOLD_EARLIER)).toBeLessThan(text(summary).indexOf(title));
    cards = await c.press(summary, 'Complete a concern record');
    cards = await c.press(cards, 'Continue', { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Teacher', organisation: 'Fictional Academy' });
    cards = await c.press(cards, 'Continue', { childName: 'Fictional Pupil', setting: 'school', knownToCsc: 'no' });
    expect(headings(cards)).toEqual(['Warning signs and danger']);
    expect(inputValue(cards, 'danger') ?? '').toBe('');
    expect(text(cards)).toContain(DANGER_TOLD);
  });

  it('the school summary after "No" to danger has no 999 line', async () => {
    const dangerCard = await c.say('school');
    let cards = await c.press(dangerCard, 'No');
    cards = await c.press(cards, SKIP);
    cards = await c.press(cards, 'No');
    cards = await c.press(cards, 'No, another member of staff');
    expect(text(cards)).not.toContain(SUMMARY_999);
    expect(text(cards)).not.toContain(TOLD_EARLIER);
  });
});

