import { allText, chat, headings, startTestAssistant, type Card, type Chat, type TestAssistant } from '../support/assistant';

/**
 * Issue 8 (an exploratory test, typed as new users): the 999 card fits the scene told. A hotel room being booked is not
 * a room let; a child behind a room's door cannot be kept in sight; a child on the phone to a teacher or nurse is kept on
 * the line, as one on the phone to a social worker is.
 */

const CALL_999 = 'Call 999 now';
const ON_PREMISES = 'Say exactly where you are: the address, and where on the premises the child is.';
const ROOM_NUMBER = 'Say exactly where you are: the address and the room number.';
const KEEP_ROOM = 'keep it as it is';
const REFUSE_ROOM = 'do not let them have the room';
const IN_SIGHT = 'Keep the child in sight';
const WHO_GOES_IN = 'note who goes in and out of the room';
const ON_THE_LINE = 'Keep the child talking on the line, and call 999 on another phone, or ask a colleague to, if you can.';
const KEEP_INSIDE = 'keep the child inside with staff';
const KEEP_WITH_STAFF = 'keep the child with staff until the police arrive';
const KEEP_IN_TOUCH = 'keep in touch with the child by message';
const CAR_AND_WAY = 'number plate';

describe('999 cards that fit the scene told', () => {
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
  const first = (cards: Card[]) => headings(cards)[0];

  it('a receptionist whose guest is trying to book a room for a girl is told where on the premises, and not to let the room', async () => {
    const cards = await c.say('im on reception at the hotel, a girl who looks about 14 is sat in the lobby w a man in his 40s, hes tryin to book a room cash no id. what do i do');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(ON_PREMISES);
    expect(text(cards)).toContain(REFUSE_ROOM);
    expect(text(cards)).not.toContain(ROOM_NUMBER);
    expect(text(cards)).not.toContain(KEEP_ROOM);
  });

  it('hotel staff whose guest took a girl up to his room are asked for the room number, and to note who goes in and out', async () => {
    await c.press(await c.press(await c.say('business'), 'No'), 'Hotel, hostel or B&B');
    const cards = await c.say('a man booked a room last night and a girl of 13 went up to his room with him just now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(ROOM_NUMBER);
    expect(text(cards)).toContain(KEEP_ROOM);
    expect(text(cards)).toContain(WHO_GOES_IN);
    expect(text(cards)).not.toContain(IN_SIGHT);
    expect(text(cards)).not.toContain(REFUSE_ROOM);
  });

  it('a teacher whose pupil rang them from a man\'s car is told to keep her on the line, not to keep her inside', async () => {
    await c.say('school');
    const cards = await c.say('a student just rang me crying, she says a man has her in his car and wont let her out');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(ON_THE_LINE);
    expect(text(cards)).not.toContain(KEEP_INSIDE);
    expect(text(cards)).toContain('tell your safeguarding lead the same day');
  });

  it('a nurse whose patient is ringing them from a flat is told to keep her on the line, not to keep her with staff', async () => {
    await c.say('health');
    const cards = await c.say('my 14 year old patient is ringing me now, a man is holding her in a flat and wont let her leave');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(ON_THE_LINE);
    expect(text(cards)).not.toContain(KEEP_WITH_STAFF);
  });

  it('staff at a takeaway are asked to keep its order, payment and CCTV records, not a booking it never took', async () => {
    const cards = await c.say('i work in a chicken shop, a girl about 13 is in here right now with two older men who wont let her leave');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain('keep any order, payment and CCTV records for the police (Operation Makesafe)');
    expect(text(cards)).not.toContain('booking');
  });

  // Issue 8: a pupil messaging her teacher from a party got "keep the child inside with staff" and nothing of the messages.
  it('a teacher whose pupil is messaging them from a party is told to keep in touch by message, not to keep her inside', async () => {
    await c.say('school');
    const cards = await c.say('student just messaged me shes at a house party with older men n they gave her drink n she cant get home, shes scared. do i ring her mum or police??');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(KEEP_IN_TOUCH);
    expect(text(cards)).not.toContain(KEEP_INSIDE);
    expect(text(cards)).not.toContain(ON_THE_LINE);
  });

  it('a nurse whose patient is at a man\'s flat, not with them, is not told to keep her with staff', async () => {
    await c.say('health');
    const cards = await c.say('my 14 yr old patient is at an older mans flat right now and he wont let her leave, her friend just told me');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).not.toContain(KEEP_WITH_STAFF);
    expect(text(cards)).not.toContain(KEEP_IN_TOUCH);
  });

  // Issue 8: a pupil who had run out of the gate to her boyfriend's car was still to be "kept inside with staff".
  it('a teacher whose pupil has just gone out of the gate to a man\'s car is asked for the car and the way they went, not to keep her inside', async () => {
    await c.say('school');
    const cards = await c.say('yr 8 girl jst ran out of class sayin her bf is waitin outside in his car n shes goin with him, hes like 25, shes gone out the gate now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(CAR_AND_WAY);
    expect(text(cards)).not.toContain(KEEP_INSIDE);
  });

  it('a teacher whose pupil is at the gate, a man waiting outside, is told to keep her inside and not asked which way she went', async () => {
    await c.say('school');
    const cards = await c.say('yr 8 girl says her bf is waitin outside in his car for her, hes like 25, shes at the gate now');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(KEEP_INSIDE);
    expect(text(cards)).not.toContain(CAR_AND_WAY);
  });

  it('a teacher whose pupil is with them, a man waiting at the gates, is still told to keep her inside', async () => {
    await c.say('school');
    const cards = await c.say('yr 9 girl just told me theres a man waitin for her at the gates now, she wants to go to him');
    expect(first(cards)).toBe(CALL_999);
    expect(text(cards)).toContain(KEEP_INSIDE);
    expect(text(cards)).not.toContain(ON_THE_LINE);
  });
});
