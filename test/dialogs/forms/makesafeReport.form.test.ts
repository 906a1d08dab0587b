import type { Translate } from '../../../cards/view';
import { keepAsked, pagesAsked } from '../../../dialogs/forms/conditions';
import { FORM_FLOWS } from '../../../dialogs/forms';
import { makesafeReportForm as form } from '../../../dialogs/forms/makesafeReport.form';
import { postPage } from '../../support/formPage';
import { documentTables, formPageTables, type AcceptedRow, type RefusedRow } from '../../support/formTables';
import { strictT } from '../../support/i18n';
import { FICTIONAL_ADULT, FICTIONAL_CHILD, FICTIONAL_NOTES } from '../../support/personalTestValues';

/** The Operation Makesafe report: every question's boundaries and refusals, with the exact message a worker reads. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const PREMISES = { premisesType: 'hotel', premisesName: 'The Fictional Lodge', area: 'Quirkfield' };
const HOTEL = { premisesType: 'hotel' };

const ACCEPTED: AcceptedRow[] = [

  ['premises', { ...PREMISES, postcode: ' zz9  9zz ' }, {}, { ...PREMISES, postcode: 'ZZ9 9ZZ' }],
  ['whereAndWhen', { whereOnPremises: 'Room 12', seenAt: '3/12/26', 'seenAt.time': '11.30pm', childPresent: 'no' }, HOTEL, { whereOnPremises: 'Room 12', seenAt: '2026-12-03T23:30', childPresent: 'no' }],
  ['premises', { ...PREMISES, premisesType: 'other', premisesTypeOther: 'Shopping centre' }, {}, { ...PREMISES, premisesType: 'other', premisesTypeOther: 'Shopping centre' }],
  ['whereAndWhen', { destination: 'A fictional station', seenAt: '3/12/26', 'seenAt.time': '11pm', childPresent: 'no' }, { premisesType: 'taxi' }, { destination: 'A fictional station', seenAt: '2026-12-03T23:00', childPresent: 'no' }],
  ['whereAndWhen', { seenAt: '2026-12-04', 'seenAt.time': '12:00', childPresent: 'notSure' }, {}, { seenAt: '2026-12-04T12:00', childPresent: 'notSure' }],
  ['children', { childAge: '0', childDescription: 'A baby in a pram' }, {}, { childAge: '0', childDescription: 'A baby in a pram' }],
  ['children', { childAge: ' 17 ', childDescription: 'Tall, school uniform' }, {}, { childAge: '17', childDescription: 'Tall, school uniform' }],
  // A guess of 18 or 19 for someone who may be under 18 (issue 8): taken.
  ['children', { childAge: '19', childDescription: 'School uniform' }, {}, { childAge: '19', childDescription: 'School uniform' }],
  // A name heard is useful alone (issue 8): taken.
  ['adults', { adultName: FICTIONAL_ADULT.name }, {}, { adultName: FICTIONAL_ADULT.name }],
  ['vehicles', { vehicleRegistration: 'FX99 ABC', vehicleDescription: 'A silver estate car' }, {}, { vehicleRegistration: 'FX99 ABC', vehicleDescription: 'A silver estate car' }],
  // A plate alone is often all that was seen (issue 8): taken.
  ['vehicles', { vehicleRegistration: 'FX99 ABC' }, {}, { vehicleRegistration: 'FX99 ABC' }],
  ['booking', { bookingName: FICTIONAL_ADULT.name, paymentMethods: 'cash,card' }, HOTEL, { bookingName: FICTIONAL_ADULT.name, paymentMethods: ['cash', 'card'] }],
  ['booking', { paymentMethods: 'notPaid' }, HOTEL, { paymentMethods: ['notPaid'] }],
  ['booking', { paymentMethods: 'notKnown' }, HOTEL, { paymentMethods: ['notKnown'] }],
  ['seen', { seenOrHeard: FICTIONAL_NOTES.makesafe, signsSeenHotel: 'hotel-no-luggage-or-id,hotel-cash-no-card-imprint', signsNotSureHotel: 'hotel-secretive' }, HOTEL, { seenOrHeard: FICTIONAL_NOTES.makesafe, signsSeenHotel: ['hotel-no-luggage-or-id', 'hotel-cash-no-card-imprint'], signsNotSureHotel: ['hotel-secretive'] }],
  ['police', { policeCalled: 'called101', calledAt: '4/12/2026', 'calledAt.time': '11:45', policeReference: 'CAD 1234' }, {}, { policeCalled: 'called101', calledAt: '2026-12-04T11:45', policeReference: 'CAD 1234' }],
  ['police', { policeCalled: 'called101', actionsTaken: 'keptRoom,toldManager' }, HOTEL, { policeCalled: 'called101', actionsTaken: ['keptRoom', 'toldManager'] }],
  ['reporter', { reporterName: 'Fictional Receptionist C', reporterPhone: '020 7946 0000', reporterEmail: ' night.desk@example.com ' }, {}, { reporterName: 'Fictional Receptionist C', reporterPhone: '02079460000', reporterEmail: 'night.desk@example.com' }],
  ['reporter', { reporterName: 'Fictional Driver D', reporterPhone: '+44 7700 900982' }, {}, { reporterName: 'Fictional Driver D', reporterPhone: '+447700900982' }],
];

const REFUSED: RefusedRow[] = [

  ['premises', {}, {}, { premisesType: 'Select the type of business', premisesName: 'Enter the name of the business', area: 'Enter the area' }],
  ['premises', { ...PREMISES, premisesType: 'castle' }, {}, { premisesType: 'Type of business must be one of the choices given' }],
  ['premises', { ...PREMISES, premisesType: 'other' }, {}, { premisesTypeOther: 'Enter what kind of business it is' }],
  ['premises', { ...PREMISES, postcode: 'SW1A' }, {}, { postcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
  ['premises', { ...PREMISES, postcode: '12345' }, {}, { postcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
  ['whereAndWhen', {}, {}, { seenAt: 'Enter when you saw it', childPresent: 'Select whether the child is still there' }],
  ['whereAndWhen', { seenAt: '4/12/2026', 'seenAt.time': '12:01', childPresent: 'yes' }, {}, { seenAt: 'Date and time you saw it: the time is later than now. Check the time' }],
  ['whereAndWhen', { seenAt: '5/12/2026', 'seenAt.time': '09:00', childPresent: 'yes' }, {}, { seenAt: 'Date and time you saw it must be today or in the past' }],
  ['whereAndWhen', { seenAt: '4/12/2026', childPresent: 'yes' }, {}, { seenAt: 'Date and time you saw it must include a time' }],
  ['whereAndWhen', { seenAt: '31/11/2026', 'seenAt.time': '09:00', childPresent: 'yes' }, {}, { seenAt: 'Date and time you saw it must be a real date' }],
  ['whereAndWhen', { seenAt: '4/12/2026', 'seenAt.time': '25:00', childPresent: 'yes' }, {}, { seenAt: 'Date and time you saw it must be a real time, like 14:30 or 2.30pm' }],
  ['whereAndWhen', { seenAt: '4/12/2026', 'seenAt.time': '09:00', childPresent: 'maybe' }, {}, { childPresent: 'Is the child still there, or in danger now? must be one of the choices given' }],
  ['children', {}, {}, { childDescription: 'Enter a description of the child' }],
  ['children', { childDescription: 'Tall', childAge: '21' }, {}, { childAge: 'Age must be a number between 0 and 20' }],
  ['children', { childDescription: 'Tall', childAge: '-1' }, {}, { childAge: 'Age must be a number between 0 and 20' }],
  ['children', { childDescription: 'Tall', childAge: '14.5' }, {}, { childAge: 'Age must be a number between 0 and 20' }],
  ['children', { childDescription: 'Tall', childAge: 'about 15' }, {}, { childAge: 'Age must be a number between 0 and 20' }],
  ['children', { childDescription: 42 }, {}, { childDescription: 'Description could not be read: enter it again' }],
  ['booking', { paymentMethods: 'cash,cheque' }, HOTEL, { paymentMethods: 'How it was paid for must be one of the choices given' }],
  // "Not paid for yet" and "I don't know" each mean none of the others (the fifth exploratory test found both taken beside "Cash").
  ['booking', { paymentMethods: 'cash,notPaid' }, HOTEL, { paymentMethods: 'How it was paid for: “Not paid for yet” cannot be ticked with another answer. Untick one' }],
  ['booking', { paymentMethods: 'cash,notKnown' }, HOTEL, { paymentMethods: 'How it was paid for: “I don\'t know” cannot be ticked with another answer. Untick one' }],
  ['booking', { paymentMethods: 'notPaid,notKnown' }, HOTEL, { paymentMethods: 'How it was paid for: “Not paid for yet” cannot be ticked with another answer. Untick one' }],
  ['seen', {}, HOTEL, { seenOrHeard: 'Enter what you saw or heard' }],
  ['seen', { seenOrHeard: 'Seen', signsSeenHotel: 'taxi-far-away' }, HOTEL, { signsSeenHotel: 'Signs you saw or heard must be one of the choices given' }],
  // A sign seen and not sure at once, and "Nothing yet" beside an action: the read-out would say both (the second exploratory test).
  ['seen', { seenOrHeard: 'Seen', signsSeenHotel: 'hotel-secretive,hotel-no-luggage-or-id', signsNotSureHotel: 'hotel-secretive' }, HOTEL, { signsNotSureHotel: 'Signs you are not sure about repeats an answer ticked in the signs you saw or heard: tick each in one place only' }],
  ['police', {}, {}, { policeCalled: 'Select whether you have called the police' }],
  ['police', { policeCalled: 'notYet', actionsTaken: 'refusedService,noneYet' }, {}, { actionsTaken: 'What you have done: “Nothing yet” cannot be ticked with another answer. Untick one' }],
  // A taxi has no room to keep as it was: the option is not offered to a driver, and refused if sent.
  ['police', { policeCalled: 'called101', actionsTaken: 'keptRoom' }, { premisesType: 'taxi' }, { actionsTaken: 'What you have done must be one of the choices given' }],
  ['police', { policeCalled: 'called999', calledAt: '4/12/2026', 'calledAt.time': '13:00' }, {}, { calledAt: 'Date and time you called: the time is later than now. Check the time' }],
  ['reporter', {}, {}, { reporterName: 'Enter your full name', reporterPhone: 'Enter your phone number' }],
  ['reporter', { reporterName: 'Fictional Driver D', reporterPhone: 'call me' }, {}, { reporterPhone: 'Enter a phone number, like 01632 960 001' }],
  ['reporter', { reporterName: 'Fictional Driver D', reporterPhone: '01632 960' }, {}, { reporterPhone: 'Enter a phone number, like 01632 960 001' }],
  ['reporter', { reporterName: 'Fictional Driver D', reporterPhone: '01632 960 001', reporterEmail: 'desk@example' }, {}, { reporterEmail: 'Enter an email address in the correct format, like name@example.com' }],
];

formPageTables(form, { accepted: ACCEPTED, refused: REFUSED });

describe('what is asked follows the answers', () => {
  it('a taxi is asked the destination, not where on the premises; a hotel the other way round', () => {
    const posted = { whereOnPremises: 'Back seat', destination: 'A fictional station', seenAt: '4/12/2026', 'seenAt.time': '09:00', childPresent: 'no' };
    const when = { seenAt: '2026-12-04T09:00', childPresent: 'no' };
    expect(postPage(form, 'whereAndWhen', posted, t, { premisesType: 'taxi' })).toEqual({ answers: { destination: 'A fictional station', ...when } });
    expect(postPage(form, 'whereAndWhen', posted, t, HOTEL)).toEqual({ answers: { whereOnPremises: 'Back seat', ...when } });
  });

  it("only the business's own signs are kept", () => {
    expect(postPage(form, 'seen', { seenOrHeard: 'Seen', signsSeenTaxi: 'taxi-far-away', signsSeenHotel: 'hotel-no-luggage-or-id' }, t, { premisesType: 'taxi' })).toEqual({
      answers: { seenOrHeard: 'Seen', signsSeenTaxi: ['taxi-far-away'] },
    });
  });

  it("each card shows only the business's own questions: a hotel's signs, not a taxi driver's", () => {
    const flow = FORM_FLOWS.find((f) => f.id === form.id);
    const inputsOf = (page: string, answers: Record<string, string>) =>
      flow?.view({ value: 'editingPage', context: { page, answers, returnToCheck: false, submitFailed: false } }, { contacts: {} }).inputs?.map((input) => input.id);
    expect(inputsOf('seen', HOTEL)).toEqual(['seenOrHeard', 'signsSeenHotel', 'signsNotSureHotel']);
    expect(inputsOf('whereAndWhen', { premisesType: 'taxi' })).toEqual(['destination', 'seenAt', 'seenAt.time', 'childPresent', 'otherTimes']);
    // A question revealed by an answer on the same card is always on that card.
    expect(inputsOf('premises', {})).toContain('premisesTypeOther');
  });

  it('no police reference or call time is taken when the police have not been called: given, they are queried beside each', () => {
    expect(postPage(form, 'police', { policeCalled: 'notYet', policeReference: 'CAD 1234', calledAt: '4/12/2026', 'calledAt.time': '11:00' }, t)).toEqual({ errors: { calledAt: expect.any(String), policeReference: expect.any(String) } });
    expect(postPage(form, 'police', { policeCalled: 'notYet' }, t)).toEqual({ answers: { policeCalled: 'notYet' } });
  });

  it('a care home is not asked about booking and payment; a takeaway is asked about payment but not a booking', () => {
    expect(pagesAsked(form, { premisesType: 'careHome' }).map((p) => p.id)).not.toContain('booking');
    expect(postPage(form, 'booking', { bookingName: FICTIONAL_ADULT.name, paymentMethods: 'cash' }, t, { premisesType: 'fastFood' })).toEqual({ answers: { paymentMethods: ['cash'] } });
  });

  it('changing the type of business drops the answers that no longer apply', () => {
    const answers = { ...PREMISES, whereOnPremises: 'Room 12', bookingName: FICTIONAL_ADULT.name, paymentMethods: ['cash'], seenOrHeard: 'Seen', signsSeenHotel: ['hotel-alcohol-on-show'] };
    expect(keepAsked(form, { ...answers, premisesType: 'careHome' })).toEqual({ ...PREMISES, premisesType: 'careHome', whereOnPremises: 'Room 12', seenOrHeard: 'Seen' });
  });
});

// The fifth exploratory test: hotel, hotel signs ticked, then taxi, then hotel again, and the hotel signs
// were gone. Answers to questions no longer asked are set aside while the form is open, brought back when their route
// comes back, and never submitted.
describe('answers to a route left, and come back to', () => {
  const flow = FORM_FLOWS.find((f) => f.id === form.id);
  const HOTEL_SIGNS = { signsSeenHotel: ['hotel-alcohol-on-show'], signsNotSureHotel: ['hotel-secretive'] };
  const ANSWERED = { ...PREMISES, whereOnPremises: 'Room 12', seenAt: '2026-12-03T23:30', childPresent: 'no', children: [{ childDescription: 'Tall, school uniform' }], bookingName: FICTIONAL_ADULT.name, seenOrHeard: 'Seen', ...HOTEL_SIGNS, policeCalled: 'notYet', reporterName: 'Fictional Receptionist C', reporterPhone: '02079460000' };
  const atCheck = { value: 'checkingAnswers', context: { page: 'reporter', answers: ANSWERED, returnToCheck: false, submitFailed: false } };
  const press = async (journey: { value: string; context: Record<string, unknown> }, answer: { type: string; value?: string; inputs?: Record<string, string> }) => {
    const result = await flow?.step(journey, answer);
    if (result?.ok !== true) throw new Error(`not taken: ${JSON.stringify(result)}`);
    return result.journey;
  };
  const changeType = async (journey: { value: string; context: Record<string, unknown> }, premisesType: string) =>
    press(await press(journey, { type: 'form.change', value: 'premisesType' }), { type: 'form.page', value: 'continue', inputs: { ...PREMISES, premisesType } });
  const answersOf = (journey: { context: Record<string, unknown> }) => journey.context.answers;

  it('keeps the hotel signs and the booking name through taxi and back to hotel, and holds none of them while taxi is chosen', async () => {
    const taxi = await changeType(atCheck, 'taxi');
    expect(taxi.value).toBe('checkingAnswers');
    expect(answersOf(taxi)).not.toHaveProperty('signsSeenHotel');
    expect(answersOf(taxi)).not.toHaveProperty('whereOnPremises');
    expect(answersOf(taxi)).toMatchObject({ bookingName: FICTIONAL_ADULT.name });
    const careHome = await changeType(taxi, 'careHome');
    expect(answersOf(careHome)).not.toHaveProperty('bookingName');
    const hotel = await changeType(careHome, 'hotel');
    expect(hotel.value).toBe('checkingAnswers');
    expect(answersOf(hotel)).toEqual(ANSWERED);
  });

  it('brings the ticks back onto the signs page', async () => {
    const hotel = await changeType(await changeType(atCheck, 'taxi'), 'hotel');
    const seen = await press(hotel, { type: 'form.change', value: 'signsSeenHotel' });
    const values = Object.fromEntries((flow?.view(seen, { contacts: {} }).inputs ?? []).flatMap((i) => (i.kind === 'field' ? [[i.id, i.value]] : [])));
    expect(values).toMatchObject({ signsSeenHotel: 'hotel-alcohol-on-show', signsNotSureHotel: 'hotel-secretive' });
  });

  it('does not bring back an answer the page it is on was sent without', async () => {
    const taxi = await changeType(atCheck, 'taxi');
    const seenPage = await press(taxi, { type: 'form.change', value: 'seenOrHeard' });
    const seenSent = await press(seenPage, { type: 'form.page', value: 'continue', inputs: { seenOrHeard: 'Seen again' } });
    const hotel = await changeType(seenSent, 'hotel');
    expect(answersOf(hotel)).toMatchObject(HOTEL_SIGNS);
    const clearedSeen = await press(await press(hotel, { type: 'form.change', value: 'seenOrHeard' }), { type: 'form.page', value: 'continue', inputs: { seenOrHeard: 'Seen again' } });
    expect(answersOf(clearedSeen)).not.toHaveProperty('signsSeenHotel');
    expect(answersOf(await changeType(await changeType(clearedSeen, 'taxi'), 'hotel'))).not.toHaveProperty('signsSeenHotel');
  });
});

describe('the document every export is drawn from', () => {
  it('a taxi driver’s report, in words, with what happens next and no deadline', () => {
    const answers = {
      premisesType: 'taxi',
      premisesName: 'Fictional Cars Ltd',
      area: 'Lower Wobbleton',
      destination: 'Quilletmoor Lane',
      seenAt: '2026-12-03T23:30',
      childPresent: 'no',
      children: [{ childName: FICTIONAL_CHILD.firstName, childAge: '14', childDescription: 'Small, grey hoodie' }],
      adults: [{ adultDescription: 'Man in his forties, beard' }],
      vehicles: [],
      paymentMethods: ['cash'],
      seenOrHeard: FICTIONAL_NOTES.makesafe,
      signsSeenTaxi: ['taxi-taken-to-hotels'],
      policeCalled: 'called101',
      policeReference: 'CAD 1234',
      reporterName: 'Fictional Driver D',
      reporterPhone: '07700900982',
    };
    const document = documentTables(form, answers, { reference: 'CSE-7K2M-9QXD', submittedAt: new Date('2026-12-04T00:10:00Z') }, t);
    const notAnswered = 'Not answered';
    expect(document).toEqual({
      exportVersion: 1,
      formId: 'form.makesafeReport',
      formVersion: 1,
      title: 'Operation Makesafe report',
      reference: 'CSE-7K2M-9QXD',
      submittedAt: '4 December 2026, 00:10',
      sections: [
        ['The business', 1, [['Type of business', 'Taxi or private hire'], ['Name of the business', 'Fictional Cars Ltd'], ['Area', 'Lower Wobbleton'], ['Address', notAnswered], ['Postcode', notAnswered]]],
        [
          'Where and when',
          1,
          [['Destination asked for', 'Quilletmoor Lane'], ['Date and time you saw it', '3 December 2026, 23:30'], ['Is the child still there, or in danger now?', 'No'], ['Other times', notAnswered]],
        ],
        ['The child or children', 1, [], [['Child 1', [['Name used', FICTIONAL_CHILD.firstName], ['Age', '14'], ['Description', 'Small, grey hoodie']]]]],
        ['The adults with them', 1, [], [['Adult 1', [['Name used', notAnswered], ['Description', 'Man in his forties, beard']]]]],
        ['Vehicles', 1, [], []],
        ['Booking and payment', 1, [['Name the booking was made in', notAnswered], ['Booking details', notAnswered], ['How it was paid for', 'Cash'], ['Payment details', notAnswered]]],
        [
          'What you saw or heard',
          1,
          [
            ['What you saw or heard', FICTIONAL_NOTES.makesafe],
            ['Signs you saw or heard', 'Young people picked up and taken to hotels, especially at odd times of the day or night'],
            ['Signs you are not sure about', notAnswered],
          ],
        ],
        ['Call the police', 1, [['Have you called the police?', 'Yes, I called 101'], ['Date and time you called', notAnswered], ['Police reference', 'CAD 1234'], ['What you have done', notAnswered]]],
        ['Your details', 1, [['Your full name', 'Fictional Driver D'], ['Your job', notAnswered], ['Phone number', '07700 900982'], ['Email address', notAnswered]]],
      ],
      notes: [
        'Keep this reference with your incident log. If you have not called the police yet, call 101 and say “Operation Makesafe”, or 999 if a child is in danger now. If the police ask for what you saw, give them this report.',
      ],
      source: 'Source: London Child Sexual Exploitation Operating Protocol (2017), Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe',
    });
  });
});
