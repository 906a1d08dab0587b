import { makesafeReportForm } from '../../dialogs/forms/makesafeReport.form';
import { openStored } from '../../dialogs/forms/storedSchema';
import { allText, assistantForEachTest, chat, chatAfterRole, headings, type Card, type Chat } from '../support/assistant';
import { messageBeside, pressAnswer } from '../support/formConversation';
import { CHECK, checkAsOne, fillPages, inputValue, referenceIn, REFERENCE, storedInFile, type FormPages } from '../support/formTranscript';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * The Operation Makesafe report, as a hotel receptionist writes it from the Makesafe journey's last
 * card (who to call): offered there, filled in with what the journey recorded (the business, the
 * child-present answer that chose 101, the signs ticked), the details written once, checked,
 * submitted once, and found by its reference in the store. Every name, room and number plate is fictional.
 */

jest.setTimeout(120_000);

const CALL_101 = 'Call 101 and say “Operation Makesafe”';
const CALL_999_NOW = 'Call 999 now';
const NOT_FUTURE = 'must be today or in the past';
const UNSENT_LINE = 'Anything you typed or ticked on the page above and have not sent is not kept';
const OFFER = 'Write what to tell the police';
const KEPT_ROOM = 'Kept the room as it was and let no one in';
const SUBMITTED = 'Operation Makesafe report submitted';
const WHO = `A girl of about 14 called ${FICTIONAL_CHILD.firstName}, and ${FICTIONAL_ADULT.name}`;

async function toWhoToCall(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('business');
  cards = await c.press(cards, 'No');
  cards = await c.press(cards, 'Hotel, hostel or B&B');
  cards = await c.press(cards, 'Next: who to call', { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen', 'makesafe-sign.hotel.no-luggage-or-id': 'notSure' });
  expect(headings(cards)).toEqual([CALL_101]);
  return cards;
}

const BUSINESS = { premisesType: 'hotel', premisesName: 'The Fictional Lodge', area: 'Quirkfield', postcode: 'zz9 9zz' };
/** The pages after the business, as the receptionist completes them (what the journey filled in is posted back, as a host does). */
const AFTER_BUSINESS: FormPages = [
  ['Where and when', { whereOnPremises: 'Room 12', seenAt: '3/12/2026', 'seenAt.time': '10.15pm', childPresent: 'no', otherTimes: 'Checked in at 22:10' }],
  ['The child or children', { childName: FICTIONAL_CHILD.firstName, childAge: '14', childDescription: 'Small, red coat, school bag' }],
  ['The adults with them', { adultName: FICTIONAL_ADULT.name, adultDescription: 'Man in his forties, grey beard' }],
  ['Vehicles', { vehicleDescription: 'A silver estate car, FX99 ABC' }],
  ['Booking and payment', { bookingName: FICTIONAL_ADULT.name, paymentMethods: 'cash', paymentDetails: 'Cash, no card imprint' }],
  ['What you saw or heard', { seenOrHeard: `Who: ${WHO}`, signsSeenHotel: 'hotel-cash-no-card-imprint', signsNotSureHotel: 'hotel-no-luggage-or-id' }],
  ['Call the police', { policeCalled: 'called101', calledAt: '3/12/2026', 'calledAt.time': '22:40', policeReference: 'CAD 4321' }],
];

describe('the Operation Makesafe report (embedded store)', () => {
  const assistant = assistantForEachTest('embedded');

  it('is offered on who to call, filled in from the journey, corrected, submitted and found by its reference', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    expect(headings(first)).toEqual(['The business']);
    expect(allText(first)).toContain('Page 1 of 9');
    expect(allText(first)).toContain('does not send it to the police');
    expect(inputValue(first, 'premisesType')).toBe('hotel');

    const whereAndWhen = await c.press(first, 'Continue', BUSINESS);
    // What the journey recorded is in the report's own questions; the details are asked here, once.
    expect([inputValue(whereAndWhen, 'whereOnPremises'), inputValue(whereAndWhen, 'childPresent'), inputValue(whereAndWhen, 'otherTimes')]).toEqual(['', 'no', '']);
    const seen = await fillPages(c, whereAndWhen, AFTER_BUSINESS.slice(0, 5));
    expect([inputValue(seen, 'seenOrHeard'), inputValue(seen, 'signsSeenHotel'), inputValue(seen, 'signsNotSureHotel')]).toEqual(['', 'hotel-cash-no-card-imprint', 'hotel-no-luggage-or-id']);
    // Only the hotel's signs are asked.
    expect(allText(seen)).not.toContain('A child travelling alone');
    const reporter = await fillPages(c, seen, AFTER_BUSINESS.slice(5));
    expect(headings(reporter)).toEqual(['Your details']);

    const wrong = await c.press(reporter, 'Continue', { reporterName: 'Fictional Receptionist C', reporterPhone: 'ring the desk' });
    expect(headings(wrong)).toEqual(['Your details']);
    for (const message of ['There is a problem', 'Enter a phone number, like 01632 960 001']) expect(allText(wrong)).toContain(message);
    expect(inputValue(wrong, 'reporterName')).toBe('Fictional Receptionist C');
    const check = await c.press(wrong, 'Continue', { reporterName: 'Fictional Receptionist C', reporterPhone: '020 7946 0000' });
    expect(checkAsOne(headings(check))).toEqual([CHECK]);
    for (const shown of ['Hotel, hostel or B&B', 'ZZ9 9ZZ', '3 December 2026, 22:15', 'Paying cash and refusing a card imprint', 'No luggage or ID', 'Yes, I called 101', 'CAD 4321', 'Before you submit']) expect(allText(check)).toContain(shown);

    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual([SUBMITTED]);
    const reference = referenceIn(done);
    expect(reference).toMatch(REFERENCE);
    expect(allText(done)).toContain('Keep this reference with your incident log');

    const { record, audit } = await storedInFile(assistant.dataFile, reference ?? '');
    expect(record?.kind).toBe('form.makesafeReport');
    expect(audit).toEqual(['form.submitted']);
    const opened = openStored(makesafeReportForm, record?.payload);
    expect(opened?.answers).toMatchObject({
      premisesType: 'hotel',
      postcode: 'ZZ9 9ZZ',
      seenAt: '2026-12-03T22:15',
      childPresent: 'no',
      children: [{ childName: FICTIONAL_CHILD.firstName, childAge: '14', childDescription: 'Small, red coat, school bag' }],
      vehicles: [{ vehicleDescription: 'A silver estate car, FX99 ABC' }],
      signsSeenHotel: ['hotel-cash-no-card-imprint'],
      signsNotSureHotel: ['hotel-no-luggage-or-id'],
      policeCalled: 'called101',
      reporterPhone: '02079460000',
    });
    expect(opened?.prefill).toEqual({ signs: ['makesafe-sign.hotel.cash-no-card-imprint', 'makesafe-sign.hotel.no-luggage-or-id'], sector: 'hotel', childPresent: 'no' });
  });

  it('takes a page typed on before a chat message: after the 999 card the page, sent from the card it was typed on, goes on with its values', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const whereAndWhen = await c.press(first, 'Continue', BUSINESS);
    const [, typed] = AFTER_BUSINESS[0] ?? ['', {}];
    // Typed on the page, not sent, then danger typed into the chat (the second exploratory test's taxi driver).
    const urgent = await c.say('hes back the same bloke just flagged me down again with the girl hes dragging her by the arm');
    expect(headings(urgent)[0]).toBe(CALL_999_NOW);
    const children = await c.press(whereAndWhen, 'Continue', typed);
    expect(headings(children)).toEqual(['The child or children']);
    const back = await c.press(children, 'Back');
    expect([inputValue(back, 'whereOnPremises'), inputValue(back, 'otherTimes')]).toEqual(['Room 12', 'Checked in at 22:10']);
  });

  it('keeps a page sent back for a future date, its date and time too, through a 999 message and Carry on where I was, and checks it again', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const whereAndWhen = await c.press(first, 'Continue', BUSINESS);
    const future = { whereOnPremises: 'Room 12', seenAt: '3/12/2099', 'seenAt.time': '10.15pm', childPresent: 'no', otherTimes: '' };
    const refused = await c.press(whereAndWhen, 'Continue', future);
    expect(headings(refused)).toEqual(['Where and when']);
    expect(allText(refused)).toContain(NOT_FUTURE);
    // The third exploratory test's taxi driver: danger typed into the chat while the page is sent back.
    const urgent = await c.say('the same girl just got in my cab again now with him, hes telling me to drive');
    expect(headings(urgent)[0]).toBe(CALL_999_NOW);
    expect(allText(urgent)).toContain(UNSENT_LINE);
    const resumed = await c.press(urgent, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['Where and when']);
    expect([inputValue(resumed, 'whereOnPremises'), inputValue(resumed, 'seenAt'), inputValue(resumed, 'seenAt.time')]).toEqual(['Room 12', '2099-12-03', '22:15']);
    // Still told what to fix, beside the date, as on the card sent back.
    expect(messageBeside(resumed, 'seenAt')).toContain(NOT_FUTURE);
    // Sent again as the card shows it: the date is refused again, with its message; the time typed is not lost.
    const again = await c.press(resumed, 'Continue', { whereOnPremises: 'Room 12', seenAt: '2099-12-03', 'seenAt.time': '22:15', childPresent: 'no', otherTimes: '' });
    expect(allText(again)).toContain(NOT_FUTURE);
    expect(allText(again)).not.toContain('must include a time');
    const children = await c.press(again, 'Continue', { ...future, seenAt: '3/12/2026' });
    expect(headings(children)).toEqual(['The child or children']);
  });

  // The fourth exploratory test (defect 7): page 1 sent back for an empty area, a question typed, then Carry on where I
  // was gave the page with its values but without "Enter the area": no longer told what to fix.
  it('shows a page sent back with its problems again, beside their fields, after a question and Carry on where I was, and on a draft saved then and resumed, until the page is sent', async () => {
    const user = `user-fictional-${Date.now()}`;
    const c = chat(assistant.url, undefined, user);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const noArea = { ...BUSINESS, area: '' };
    const refused = await c.press(first, 'Continue', noArea);
    expect(messageBeside(refused, 'area')).toBe('Enter the area');
    const answered = await c.say('whats a hotel notice');
    const resumed = await c.press(answered, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['The business']);
    expect(allText(resumed)).toContain('There is a problem');
    expect(messageBeside(resumed, 'area')).toBe('Enter the area');
    expect([inputValue(resumed, 'premisesName'), inputValue(resumed, 'postcode')]).toEqual(['The Fictional Lodge', 'zz9 9zz']);
    // Saved for later as it came back, and resumed from another conversation: still told what to fix.
    expect(headings(await c.press(resumed, 'Save for later', noArea))).toEqual(['Saved for later']);
    const again = chat(assistant.url, undefined, user);
    const draft = await again.press(await again.send({ value: { event: 'drafts.requested' } }), 'Resume');
    expect(headings(draft)).toEqual(['The business']);
    expect(messageBeside(draft, 'area')).toBe('Enter the area');
    // Sent put right, the page goes on; its problems are not shown when it comes again.
    const next = await again.press(draft, 'Continue', BUSINESS);
    expect(headings(next)).toEqual(['Where and when']);
    const back = await again.press(next, 'Back');
    expect(messageBeside(back, 'area')).toBeUndefined();
    expect(allText(back)).not.toContain('There is a problem');
  });

  it('does not keep the problems of a page changed and saved for later: it is checked again when sent', async () => {
    const user = `user-fictional-${Date.now()}-b`;
    const c = chat(assistant.url, undefined, user);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const refused = await c.press(first, 'Continue', { ...BUSINESS, area: '' });
    expect(messageBeside(refused, 'area')).toBe('Enter the area');
    expect(headings(await c.press(refused, 'Save for later', BUSINESS))).toEqual(['Saved for later']);
    const again = chat(assistant.url, undefined, user);
    const draft = await again.press(await again.send({ value: { event: 'drafts.requested' } }), 'Resume');
    expect(inputValue(draft, 'area')).toBe('Quirkfield');
    expect(messageBeside(draft, 'area')).toBeUndefined();
    expect(allText(draft)).not.toContain('There is a problem');
  });

  // The fifth exploratory test: danger typed on page 1 (in a box, or as a chat message), then Carry on where I was and Continue: page
  // 2's "Is the child still there" was still "No", carried from the journey's first answer.
  const DRAGGED = 'the girl from room 12 is back, hes draggin her up the stairs crying';
  const TOLD_IN_FORM = 'Something you typed while filling in this form may mean';

  it('leaves the child-present question unanswered, saying why, once danger is typed as a chat message during the report; a No given after it stays', async () => {
    const c = chat(assistant.url);
    await c.press(await toWhoToCall(c), OFFER);
    const urgent = await c.say(DRAGGED);
    expect(headings(urgent)[0]).toBe(CALL_999_NOW);
    const resumed = await c.press(urgent, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['The business']);
    const whereAndWhen = await c.press(resumed, 'Continue', BUSINESS);
    expect(headings(whereAndWhen)).toEqual(['Where and when']);
    expect(inputValue(whereAndWhen, 'childPresent') ?? '').toBe('');
    expect(allText(whereAndWhen)).toContain(TOLD_IN_FORM);
    // Answered No by the user on the page, after the danger was told: their answer, kept.
    const [, typed] = AFTER_BUSINESS[0] ?? ['', {}];
    const children = await c.press(whereAndWhen, 'Continue', typed);
    expect(headings(children)).toEqual(['The child or children']);
    expect(inputValue(await c.press(children, 'Back'), 'childPresent')).toBe('no');
  });

  it('leaves the child-present question unanswered once danger is written in a box of the report, on the next page and after Carry on where I was', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const told = await c.press(first, 'Continue', { ...BUSINESS, premisesName: DRAGGED });
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    // The page the answer went on to, below the 999 card: the question is not shown answered there either.
    expect(headings(told)).toEqual([CALL_999_NOW, 'Where and when']);
    expect(inputValue(told, 'childPresent') ?? '').toBe('');
    const resumed = await c.press(told, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['Where and when']);
    expect(inputValue(resumed, 'childPresent') ?? '').toBe('');
    expect(allText(resumed)).toContain(TOLD_IN_FORM);
  });

  // The sixth exploratory test: a page sent again with the words it already held brought the 999 card back and dropped
  // the danger answer given since, every time, so the form could not be submitted without answering it again.
  it('does not bring the 999 card back, nor drop a No given since, when a page is sent again with the words it already held', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const told = await c.press(first, 'Continue', { ...BUSINESS, premisesName: DRAGGED });
    expect(headings(told)).toEqual([CALL_999_NOW, 'Where and when']);
    const [, typed] = AFTER_BUSINESS[0] ?? ['', {}];
    const children = await c.press(told, 'Continue', typed);
    expect(headings(children)).toEqual(['The child or children']);
    const back = await c.press(await c.press(children, 'Back'), 'Back');
    expect(headings(back)).toEqual(['The business']);
    const again = await c.press(back, 'Continue', { ...BUSINESS, premisesName: DRAGGED, area: 'Lower Wobbleton' });
    expect(headings(again)).toEqual(['Where and when']);
    expect(inputValue(again, 'childPresent')).toBe('no');
    // New words that tell of danger still bring it.
    const retold = await c.press(await c.press(again, 'Back'), 'Continue', { ...BUSINESS, premisesName: `${DRAGGED} again` });
    expect(headings(retold)[0]).toBe(CALL_999_NOW);
  });

  // Issue 8, the eighth exploratory test: danger typed on a page refused for another field (a postcode) brought the 999 card
  // again when the page was sent back unchanged: the words judged on the refused send were not stored, so not counted.
  it('does not bring the 999 card again when a refused page is sent again with the same words, and judges changed words afresh', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const told = await c.press(first, 'Continue', { ...BUSINESS, premisesName: DRAGGED, postcode: 'round the back' });
    expect(headings(told)).toEqual([CALL_999_NOW, 'The business']);
    const again = await c.press(told, 'Continue', { ...BUSINESS, premisesName: DRAGGED, postcode: 'round the back' });
    expect(headings(again)).toEqual(['The business']);
    expect(allText(again)).toContain('Enter a postcode in the correct format');
    const mended = await c.press(again, 'Continue', { ...BUSINESS, premisesName: DRAGGED });
    expect(headings(mended)).toEqual(['Where and when']);
    // Changed words are read afresh: the page refused again, the card comes again for them.
    const back = await c.press(mended, 'Back');
    const retold = await c.press(back, 'Continue', { ...BUSINESS, premisesName: `${DRAGGED} again`, postcode: 'round the back' });
    expect(headings(retold)).toEqual([CALL_999_NOW, 'The business']);
  });

  // Issue 8, the ninth exploratory test: the report started by typing (nothing recorded by a journey), "Hotel" ticked and
  // danger written on page 1, refused for its postcode: the card told hotel staff to pull over, as one who may be driving.
  it('words the 999 card for the business ticked on the page that told danger, though the page is refused', async () => {
    const c = await chatAfterRole(assistant.url, 'business');
    const offered = await c.say('can i do the makesafe report');
    const first = await c.press(offered, 'Start: Operation Makesafe report');
    const told = await c.press(first, 'Continue', { ...BUSINESS, premisesName: 'The Fictional Lodge. the girl is still upstairs with him right now', postcode: 'round the back' });
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    expect(allText(told)).not.toContain('pull over');
    expect(allText(told)).toContain('where on the premises the child is');
  });

  it('does not show a "No" kept on page 2 by Back once danger is written on page 1', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    const whereAndWhen = await c.press(first, 'Continue', BUSINESS);
    const [, typed] = AFTER_BUSINESS[0] ?? ['', {}];
    const back = await c.press(whereAndWhen, 'Back', typed);
    expect(headings(back)).toEqual(['The business']);
    const told = await c.press(back, 'Continue', { ...BUSINESS, premisesName: DRAGGED });
    expect(headings(told)).toEqual([CALL_999_NOW, 'Where and when']);
    expect(inputValue(told, 'childPresent') ?? '').toBe('');
    // What else the page held is kept.
    expect(inputValue(told, 'whereOnPremises')).toBe('Room 12');
  });

  it('carries 999 at the top of every card once the child is there or in danger', async () => {
    const c = chat(assistant.url);
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    let cards = await c.say('taxi');
    for (const press of ['Not sure', 'Next: where you work', 'Taxi or private hire', 'Next: who to call']) cards = await c.press(cards, press);
    expect(headings(cards)).toEqual(['Call 999 and say “Operation Makesafe”']);
    const first = await c.press(cards, OFFER);
    expect(allText(first)).toContain('call 999');
    const whereAndWhen = await c.press(first, 'Continue', { premisesType: 'taxi', premisesName: 'Fictional Cars Ltd', area: 'Lower Wobbleton' });
    expect(headings(whereAndWhen)).toEqual(['Where and when']);
    expect(inputValue(whereAndWhen, 'childPresent')).toBe('notSure');
    expect(allText(whereAndWhen)).toContain('call 999');
    expect(allText(whereAndWhen)).toContain('Destination asked for');
    expect(allText(whereAndWhen)).not.toContain('Where on the premises');
  });

  // Issue 8, the ninth exploratory test: hotel -> taxi -> hotel through Change dropped "Kept the room as it was and let no
  // one in" from what was done, without a word. It is set aside while a taxi is recorded, and comes back with the hotel.
  it('keeps "Kept the room as it was" through a change of business to a taxi and back to a hotel', async () => {
    const c = chat(assistant.url);
    const pages: FormPages = [
      ...AFTER_BUSINESS.slice(0, -1),
      ['Call the police', { policeCalled: 'called101', actionsTaken: 'toldManager,keptRoom' }],
      ['Your details', { reporterName: 'Fictional Receptionist C', reporterPhone: '020 7946 0000' }],
    ];
    const check = await fillPages(c, await c.press(await c.press(await toWhoToCall(c), OFFER), 'Continue', BUSINESS), pages);
    expect(checkAsOne(headings(check))).toEqual([CHECK]);
    expect(allText(check)).toContain(KEPT_ROOM);
    const asTaxi = await c.press(await pressAnswer(c, check, { type: 'form.change', value: 'premisesType' }), 'Save and go back', { ...BUSINESS, premisesType: 'taxi' });
    expect(allText(asTaxi)).not.toContain(KEPT_ROOM);
    const screens = [asTaxi];
    // A taxi may ask what a hotel did not (its destination) before check your answers: answered, then back to the hotel.
    while (!headings(screens[screens.length - 1] ?? []).includes(CHECK)) screens.push(await c.press(screens[screens.length - 1] ?? [], 'Save and go back', { destination: 'A fictional station' }));
    const taxiCheck = screens[screens.length - 1] ?? [];
    const asHotel = await c.press(await pressAnswer(c, taxiCheck, { type: 'form.change', value: 'premisesType' }), 'Save and go back', BUSINESS);
    expect(checkAsOne(headings(asHotel))).toEqual([CHECK]);
    expect(allText(asHotel)).toContain(KEPT_ROOM);
    expect(allText(asHotel)).toContain('Told my manager or supervisor');
  });
});
