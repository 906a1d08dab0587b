import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * Operation Makesafe through the real handler: 999 first, the business, its signs, the details,
 * and the read-out for the call, checked against what was typed. Every name, room and number
 * plate here is fictional.
 */

const CHILD_THERE = 'Is the child with you now, or in danger now?';
const SECTOR = 'Where do you work?';
const HOTEL_SIGNS = 'What did you notice? Signs for hotel staff';
const TAXI_SIGNS = 'What did you notice? Signs for taxi and private-hire drivers';
const DETAILS = 'What to tell the police';
const CALL_101 = 'Call 101 and say “Operation Makesafe”';
const CALL_999_NOW = 'Call 999 now and say “Operation Makesafe”';
const CALL_999_READ_OUT = 'Call 999 and say “Operation Makesafe”: what to tell them';
const READ_OUT = 'Show my read-out';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a hotel receptionist: the signs, the details and the 101 read-out',
    [
      { press: 'Business (Operation Makesafe)', see: [CHILD_THERE] },
      { press: 'No', see: [SECTOR] },
      { press: 'Hotel, hostel or B&B', see: [HOTEL_SIGNS], read: ['Young people with adults who do not appear to be family', 'Paying cash and refusing a card imprint', 'not a score'] },
      {
        press: 'Next: what to tell the police',
        inputs: { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen', 'makesafe-sign.hotel.no-luggage-or-id': 'notSure' },
        see: [DETAILS],
        read: ['Booking name: the name the room was booked in', 'Where: the room number, and the hotel', 'does not contact the police for you'],
      },
      {
        press: READ_OUT,
        inputs: { who: `A girl of about 14 called ${FICTIONAL_CHILD.firstName}, born ${FICTIONAL_CHILD.dateOfBirth}, in a *red* coat, and ${FICTIONAL_ADULT.name}`, where: 'Room 12, Fictional Hotel, Quilletmoor Lane', when: 'Checked in at 22:10', bookingName: 'J_Fictional', payment: 'Cash' },
        see: [CALL_101],
        read: [
          'Read this out to the call handler:',
          'This is an Operation Makesafe call.',
          'The child is not here now.',
          'Where: Room 12, Fictional Hotel, Quilletmoor Lane',
          'When: Checked in at 22:10',
          'Signs I noticed: Paying cash and refusing a card imprint.',
          'Signs I am not sure about: No luggage or ID.',
          `Who: A girl of about 14 called ${FICTIONAL_CHILD.firstName}, born ${FICTIONAL_CHILD.dateOfBirth}, in a \\\\*red\\\\* coat, and ${FICTIONAL_ADULT.name}`,
          'Payment: Cash',
          'Booking name: J\\\\_Fictional',
          'Then give your name',
          'Do not confront the adult or question the child at length',
          'after check-out, let no one in, not even to clean it, until the police arrive',
          'Save the CCTV and keep the booking, payment and key-card records',
          'Source: Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe, London CSE Operating Protocol (2017).',
          "General practice, not the protocol's own words",
        ],
      },
    ],
  ],
  [
    'a taxi driver with the child in the car, who carries on after a restart',
    [
      { say: 'taxi', see: [CHILD_THERE] },
      { press: 'Yes', see: [CALL_999_NOW], read: ['ask for the police and say “Operation Makesafe”'] },
      { press: 'Next: where you work', see: [SECTOR] },
      { press: 'Taxi or private hire', see: [TAXI_SIGNS], read: ['A child travelling alone', 'A child asking to go somewhere far away'] },
      { press: 'Next: what to tell the police', inputs: { 'makesafe-sign.taxi.taken-to-hotels': 'seen' }, see: [DETAILS], read: ['Where: the pick-up point, and the destination asked for', 'Booking name: the name or account the fare was booked in'] },
      { restart: true },
      {
        press: READ_OUT,
        inputs: { where: 'Picked up at Example Station, asked for the Fictional Hotel', vehicles: 'Their friend followed in a blue car, AB12 CDE', seenOrHeard: `- he said ${FICTIONAL_CHILD.firstName} was his niece` },
        see: [CALL_999_READ_OUT],
        read: [
          'The child is here now, or in danger now.',
          'Where: Picked up at Example Station, asked for the Fictional Hotel',
          `What I saw or heard: \\\\- he said ${FICTIONAL_CHILD.firstName} was his niece`,
          'Signs I noticed: Young people picked up and taken to hotels, especially at odd times of the day or night.',
          'Vehicles: Their friend followed in a blue car, AB12 CDE',
          'If you have not called 999 yet, call now',
          'stay on the line and do what the call handler tells you',
        ],
      },
    ],
  ],
  [
    'a bar worker who changes their mind about where they work, and types too much',
    [
      { say: 'business', see: [CHILD_THERE] },
      { press: 'No', see: [SECTOR] },
      { press: 'Pub, bar, club or off-licence', see: ['What did you notice? Signs for pubs, bars, clubs and off-licences'], read: ['An adult who is not a parent controlling a young person'] },
      { press: 'Back', see: [SECTOR] },
      { press: 'Takeaway or fast food', see: ['What did you notice? Signs for takeaway staff'], read: ['Customers befriending young people', 'Adults who come in with different young people'] },
      { press: 'Next: what to tell the police', see: [DETAILS] },
      {
        press: READ_OUT,
        inputs: { payment: 'x'.repeat(101) },
        see: [DETAILS],
        read: ['Something on this card needs changing', 'Keep this to 100 characters or fewer: you can say the rest on the call.'],
      },
      { press: READ_OUT, inputs: { payment: 'Card' }, see: [CALL_101], read: ['Payment: Card', 'Save any CCTV and keep your records'] },
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
      { press: 'Next: what to tell the police', see: [DETAILS] },
      { press: READ_OUT, see: [CALL_101], read: ['You did not enter any details', 'If the child comes back, or you think they are in danger, call 999 straight away.'] },
      { press: 'Start again', see: [CHILD_THERE] },
      { press: 'Not sure', see: [CALL_999_NOW], read: ['If you are not sure, call 999 now anyway'] },
    ],
  ],
];

playTranscripts(transcripts);
