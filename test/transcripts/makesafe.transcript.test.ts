import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * Operation Makesafe through the real handler: 999 first, the business, its signs, who to call,
 * then the details written once in the Makesafe report, read out for the call from its answers,
 * the police reference recorded and the report submitted with its reference. Every name, room and
 * number plate here is fictional.
 */

const CHILD_THERE = 'Is the child with you now, or in danger now?';
const SECTOR = 'Where do you work?';
const HOTEL_SIGNS = 'What did you notice? Signs for hotel staff';
const TAXI_SIGNS = 'What did you notice? Signs for taxi and private-hire drivers';
const CALL_101 = 'Call 101 and say “Operation Makesafe”';
const CALL_999_NOW = 'Call 999 now and say “Operation Makesafe”';
const CALL_999 = 'Call 999 and say “Operation Makesafe”';
const WHO_TO_CALL = 'Next: who to call';
const WRITE = 'Write what to tell the police';
const CALL_PAGE = 'Call the police';
const SEEN = 'What you saw or heard';
const CHECK = 'Check your answers before submitting';
/** Check-your-answers goes on as many cards as Teams needs (issue 8): the first has the title, the rest this. */
const CONTINUED = 'Check your answers (continued)';
const SUBMITTED = 'Operation Makesafe report submitted';
const ALERT_999 = 'this comes before anything below. If a child is in immediate danger, or a crime is happening now, call 999 and ask for the police';

const HOTEL_SEEN = { seenOrHeard: 'He paid cash and would not give a card imprint.', signsSeenHotel: 'hotel-cash-no-card-imprint', signsNotSureHotel: 'hotel-no-luggage-or-id' };

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a hotel receptionist: the signs, 101, the details once, the read-out, the police reference and the report’s reference',
    [
      { press: 'Business (Operation Makesafe)', see: [CHILD_THERE] },
      { press: 'No', see: [SECTOR] },
      { press: 'Hotel, hostel or B&B', see: [HOTEL_SIGNS], read: ['Young people with adults who do not appear to be family', 'Paying cash and refusing a card imprint', 'not a score'] },
      {
        press: WHO_TO_CALL,
        inputs: { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen', 'makesafe-sign.hotel.no-luggage-or-id': 'notSure' },
        see: [CALL_101],
        read: [
          'Ring 101 and say “Operation Makesafe”',
          '“Write what to tell the police” asks where and when, who was there, any vehicles and what you saw, once',
          'This assistant does not contact the police for you',
          'Do not confront the adult or question the child at length',
          'after check-out, let no one in, not even to clean it, until the police arrive',
          'Source: Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe, London CSE Operating Protocol (2017).',
        ],
      },
      { press: WRITE, see: ['The business'], read: ['Page 1 of 9'], values: { premisesType: 'hotel' } },
      { press: 'Continue', inputs: { premisesType: 'hotel', premisesName: 'The Fictional Lodge', area: 'Quirkfield', postcode: 'zz9 9zz' }, see: ['Where and when'], values: { childPresent: 'no' } },
      { press: 'Continue', inputs: { whereOnPremises: 'Room 12', seenAt: '3/12/2026', 'seenAt.time': '10.15pm', childPresent: 'no', otherTimes: 'Checked in at 22:10' }, see: ['The child or children'] },
      { press: 'Continue', inputs: { childName: FICTIONAL_CHILD.firstName, childAge: '14', childDescription: 'Small, *red* coat, school bag' }, see: ['The adults with them'] },
      { press: 'Continue', inputs: { adultName: FICTIONAL_ADULT.name, adultDescription: 'Man in his forties, grey beard' }, see: ['Vehicles'] },
      { press: 'Continue', inputs: { vehicleDescription: 'A silver estate car', vehicleRegistration: 'FX99_ABC' }, see: ['Booking and payment'] },
      { press: 'Continue', inputs: { bookingName: FICTIONAL_ADULT.name, paymentMethods: 'cash' }, see: [SEEN], values: { signsSeenHotel: 'hotel-cash-no-card-imprint', signsNotSureHotel: 'hotel-no-luggage-or-id' } },
      {
        press: 'Continue',
        inputs: HOTEL_SEEN,
        see: [CALL_PAGE],
        read: [
          'If you have not called yet, call now: 999 if the child is there or in danger now, otherwise 101.',
          'Read this out to the call handler:',
          'This is an Operation Makesafe call.',
          'The child is not here now.',
          'Name of the business: The Fictional Lodge',
          'Area: Quirkfield',
          'Postcode: ZZ9 9ZZ',
          'Where on the premises: Room 12',
          'Date and time you saw it: 3 December 2026, 22:15',
          'Other times: Checked in at 22:10',
          'What you saw or heard: He paid cash and would not give a card imprint.',
          'Signs I noticed: Paying cash and refusing a card imprint.',
          'Signs I am not sure about: No luggage or ID.',
          `Name used: ${FICTIONAL_CHILD.firstName}`,
          'Description: Small, \\\\*red\\\\* coat, school bag',
          `Name used: ${FICTIONAL_ADULT.name}`,
          'Number plate: FX99\\\\_ABC',
          'How it was paid for: Cash',
          'Then give your name and a number they can call you back on.',
          'Have you called the police?',
        ],
      },
      // Back shows what was written; the read-out is drawn again from the same answers.
      { press: 'Back', see: [SEEN], values: HOTEL_SEEN },
      { press: 'Continue', inputs: HOTEL_SEEN, see: [CALL_PAGE], read: ['Where on the premises: Room 12'] },
      { press: 'Continue', inputs: { policeCalled: 'called101', calledAt: '3/12/2026', 'calledAt.time': '22:40', policeReference: 'CAD 4321' }, see: ['Your details'] },
      { press: 'Back', see: [CALL_PAGE], values: { policeCalled: 'called101', policeReference: 'CAD 4321' } },
      { press: 'Continue', inputs: { policeCalled: 'called101', calledAt: '3/12/2026', 'calledAt.time': '22:40', policeReference: 'CAD 4321' }, see: ['Your details'] },
      { press: 'Continue', inputs: { reporterName: 'Fictional Receptionist C', reporterPhone: '020 7946 0000' }, see: [CHECK, CONTINUED], read: ['Room 12', 'Yes, I called 101', 'CAD 4321'] },
      { press: 'Submit', see: [SUBMITTED], read: ['Your reference is', 'CSE-', 'Keep this reference with your incident log'] },
    ],
  ],
  [
    'a taxi driver with the child in the car: 999 before anything, carried on after a restart, 999 on every page of the report',
    [
      { say: 'taxi', see: [CHILD_THERE] },
      { press: 'Yes', see: [CALL_999_NOW], read: ['ask for the police and say “Operation Makesafe”'] },
      { press: 'Next: where you work', see: [SECTOR] },
      { press: 'Taxi or private hire', see: [TAXI_SIGNS], read: ['A child travelling alone', 'A child asking to go somewhere far away'] },
      { press: WHO_TO_CALL, inputs: { 'makesafe-sign.taxi.taken-to-hotels': 'seen' }, see: [CALL_999], read: ['If you have not called 999 yet, call now', 'stay on the line and do what the call handler tells you'] },
      { press: WRITE, see: ['The business'], read: [ALERT_999], values: { premisesType: 'taxi' } },
      { restart: true },
      { press: 'Continue', inputs: { premisesType: 'taxi', premisesName: 'Fictional Cars Ltd', area: 'Lower Wobbleton' }, see: ['Where and when'], read: [ALERT_999, 'Destination asked for'], values: { childPresent: 'yes' } },
      { press: 'Continue', inputs: { destination: 'The Fictional Hotel', seenAt: '3/12/2026', 'seenAt.time': '23:00', childPresent: 'yes' }, see: ['The child or children'], read: [ALERT_999] },
      { press: 'Continue', inputs: { childDescription: `- a girl of about 13 he called ${FICTIONAL_CHILD.firstName}` }, see: ['The adults with them'] },
      { press: 'Continue', see: ['Vehicles'] },
      { press: 'Continue', inputs: { vehicleDescription: 'A blue hatchback waiting outside', vehicleRegistration: 'AB12 CDE' }, see: ['Booking and payment'] },
      { press: 'Continue', see: [SEEN], values: { signsSeenTaxi: 'taxi-taken-to-hotels' } },
      {
        press: 'Continue',
        inputs: { seenOrHeard: 'He answered every question for her', signsSeenTaxi: 'taxi-taken-to-hotels' },
        see: [CALL_PAGE],
        read: [
          ALERT_999,
          'The child is here now, or in danger now.',
          'Type of business: Taxi or private hire',
          'Destination asked for: The Fictional Hotel',
          'Signs I noticed: Young people picked up and taken to hotels, especially at odd times of the day or night.',
          `Description: \\\\- a girl of about 13 he called ${FICTIONAL_CHILD.firstName}`,
          'Make, model or colour: A blue hatchback waiting outside',
          'Number plate: AB12 CDE',
        ],
      },
    ],
  ],
  [
    'a bar worker who changes their mind about where they work',
    [
      { say: 'business', see: [CHILD_THERE] },
      { press: 'No', see: [SECTOR] },
      { press: 'Pub, bar, club or off-licence', see: ['What did you notice? Signs for pubs, bars, clubs and off-licences'], read: ['An adult who is not a parent controlling a young person'] },
      { press: 'Back', see: [SECTOR] },
      { press: 'Takeaway or fast food', see: ['What did you notice? Signs for takeaway staff'], read: ['Customers befriending young people', 'Adults who come in with different young people'] },
      { press: WHO_TO_CALL, see: [CALL_101], read: ['Save any CCTV and keep your records', 'If the child comes back, or you think they are in danger, call 999 straight away.'] },
      { press: WRITE, see: ['The business'], values: { premisesType: 'fastFood' } },
    ],
  ],
  [
    'a care home worker interrupted by danger, who carries on and then starts again',
    [
      { say: 'care home', see: [CHILD_THERE] },
      { press: 'No', see: [SECTOR] },
      { press: 'Care home', see: ['What did you notice? Signs for care home staff'], read: ['No Makesafe list of signs for care homes was found', 'unknown adults collecting residents'] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: ['What did you notice? Signs for care home staff'] },
      { press: WHO_TO_CALL, see: [CALL_101], read: ['If the child comes back, or you think they are in danger, call 999 straight away.'] },
      { press: 'Start again', see: [CHILD_THERE] },
      { press: 'Not sure', see: [CALL_999_NOW], read: ['If you are not sure, call 999 now anyway'] },
    ],
  ],
];

playTranscripts(transcripts);
