import { MAKESAFE_SECTORS } from '../../knowledge/makesafeSigns';
import {
  makesafeActionsTaken,
  makesafeChildPresent,
  makesafePaymentMethods,
  makesafePoliceCalls,
  makesafePremisesTypes,
  makesafeSignLists,
  signOptionValue,
} from './options/makesafeReport.options';
import { makesafeReadOut } from './makesafeReadOut';
import type { FormDefinition, Question } from './vocabulary';

/**
 * The Operation Makesafe report: what a hotel, taxi, takeaway, pub or care-home worker saw, and
 * what they told the police. The protocol asks businesses to ring 101 (999 in an emergency) and
 * quote Operation Makesafe (section 11); what a call handler asks for comes from Appendix I and
 * the published Makesafe guidance. The signs are prompts recorded as ticked, never a score.
 */

const SECTION_11 = 'Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe';
// Collected in ../shared/protocol/operation-makesafe.md; shown to users by name, never by a file path.
const GUIDANCE = 'Operation Makesafe guidance';
const WHAT_TO_SAY = `${GUIDANCE}: what to say or do when reporting`;
const HOTELS = 'Appendix I: Positive action in relation to locations of CSE, Hotels ("regular briefings with staff re: victims, perpetrators and vehicles used"; "CCTV and booking details, including payment methods")';
const WHAT_TO_GIVE = 'Appendix I: Positive action in relation to locations of CSE, Operation Makesafe ("what information to give when they call the police")';

/** Sectors with a booking to speak of: a room, a fare, or another business's own kind. */
const BOOKING_SECTORS = ['hotel', 'taxi', 'other'] as const;
const NOT_TAXI = MAKESAFE_SECTORS.filter((sector) => sector !== 'taxi');
const NOT_CARE_HOME = MAKESAFE_SECTORS.filter((sector) => sector !== 'careHome');
const POLICE_CALLED = ['called999', 'called101'] as const;

const capitalised = (sector: string) => `${sector.charAt(0).toUpperCase()}${sector.slice(1)}`;

// The adults' page lists "each adult who was with the child or children": one listed contradicts this sign (issue 8: it was
// read out to the call handler as a sign beside the adult).
const TRAVELLING_ALONE = signOptionValue('makesafe-sign.taxi.travelling-alone');
const AN_ADULT_LISTED = { question: 'adults', answered: true } as const;

/** The sector's signs, twice: those seen or heard, and those the worker is not sure about (as the journey records them). */
const signQuestions: Question[] = MAKESAFE_SECTORS.flatMap((sector) =>
  (['Seen', 'NotSure'] as const).map(
    (answer): Question => ({
      id: `signs${answer}${capitalised(sector)}`,
      kind: 'severalOf',
      options: makesafeSignLists[sector],
      required: false,
      condition: { question: 'premisesType', equals: sector },
      // A sign is seen or not sure, never both: the read-out to the police would say both.
      ...(answer === 'NotSure' ? { notAlsoIn: `signsSeen${capitalised(sector)}` } : {}),
      ...(makesafeSignLists[sector].values.includes(TRAVELLING_ALONE) ? { refusedWhen: [{ when: AN_ADULT_LISTED, options: [TRAVELLING_ALONE] }] } : {}),
      source: `${GUIDANCE}: warning signs by sector`,
    }),
  ),
);

export const makesafeReportForm: FormDefinition = {
  id: 'form.makesafeReport',
  version: 1,
  schemaVersion: 1,
  ns: 'makesafeReport',
  source: SECTION_11,
  describedBy: ['seenAt', 'premisesType'],
  pages: [
    {
      id: 'premises',
      intro: true,
      questions: [
        { id: 'premisesType', kind: 'oneOf', options: makesafePremisesTypes, required: true, source: SECTION_11 },
        { id: 'premisesTypeOther', kind: 'shortText', maxLength: 100, required: true, condition: { question: 'premisesType', equals: 'other' }, source: `${SECTION_11} ("this is not an exhaustive list")` },
        { id: 'premisesName', kind: 'shortText', maxLength: 200, required: true, hint: true, source: `${WHAT_TO_SAY} (the business's name and address)` },
        { id: 'area', kind: 'shortText', maxLength: 100, required: true, hint: true, source: `${SECTION_11} ("LAs and borough police are encouraged to promote this initiative within their boroughs")` },
        { id: 'address', kind: 'shortText', maxLength: 300, required: false, hint: true, personal: true, source: `${WHAT_TO_SAY} (the time and location of the request)` },
        { id: 'postcode', kind: 'postcode', required: false, personal: true, source: `${WHAT_TO_SAY} (the time and location of the request)` },
      ],
    },
    {
      id: 'whereAndWhen',
      questions: [
        { id: 'whereOnPremises', kind: 'shortText', maxLength: 300, required: false, hint: true, condition: { question: 'premisesType', oneOf: NOT_TAXI }, source: `${GUIDANCE}: the call checklist (where: the room or vehicle)` },
        { id: 'destination', kind: 'shortText', maxLength: 300, required: false, personal: true, condition: { question: 'premisesType', equals: 'taxi' }, source: `${WHAT_TO_SAY}, taxis (the requested destination)` },
        { id: 'seenAt', kind: 'dateTime', required: true, notFuture: true, hint: true, source: `${WHAT_TO_SAY}, taxis (the time and location of the request)` },
        { id: 'childPresent', kind: 'oneOf', options: makesafeChildPresent, required: true, dangerWhen: ['yes', 'notSure'], source: `${GUIDANCE}: the call checklist (whether the child is still present)` },
        { id: 'otherTimes', kind: 'longText', maxLength: 500, required: false, hint: true, source: `${GUIDANCE}: the call checklist (when: the times)` },
      ],
    },
    {
      id: 'children',
      intro: true,
      group: {
        id: 'children',
        min: 1,
        max: 10,
        questions: [
          { id: 'childName', kind: 'shortText', maxLength: 100, required: false, hint: true, personal: true, isName: true, source: `${GUIDANCE}: the call checklist (who: names used)` },
          // A guess: up to 20, so a driver who guesses 18 for a girl in school uniform is not pushed to write 17 or give up
          // (issue 8). Section 2: CSE is of "a child or young person under the age of 18"; the hint says anyone who may be counts.
          { id: 'childAge', kind: 'number', min: 0, max: 20, required: false, hint: true, personal: true, source: `${SECTION_11} (potential victims of CSE: children under 18); Section 2: Definitions ("a child or young person under the age of 18")` },
          { id: 'childDescription', kind: 'longText', maxLength: 1000, required: true, hint: true, personal: true, source: `${WHAT_TO_SAY}, taxis (a description of the child); hospitality (descriptions of young people)` },
        ],
      },
    },
    {
      id: 'adults',
      intro: true,
      group: {
        id: 'adults',
        min: 0,
        max: 10,
        questions: [
          { id: 'adultName', kind: 'shortText', maxLength: 100, required: false, hint: true, personal: true, isName: true, source: `${GUIDANCE}: the call checklist (who: names used)` },
          // Not required (issue 8): a name heard is useful alone. An item needs one of the two: a page sent with both empty adds no adult.
          { id: 'adultDescription', kind: 'longText', maxLength: 1000, required: false, hint: true, personal: true, source: `${HOTELS}; ${WHAT_TO_SAY}, hospitality (descriptions of suspects)` },
        ],
      },
    },
    {
      id: 'vehicles',
      intro: true,
      group: {
        id: 'vehicles',
        min: 0,
        max: 10,
        questions: [
          // Not required (issue 8): a plate is often all a receptionist or driver saw. An item needs one of the two: a page
          // sent with both empty adds no vehicle.
          { id: 'vehicleDescription', kind: 'shortText', maxLength: 200, required: false, hint: true, source: `${HOTELS}; ${GUIDANCE}: the call checklist (how: number plates)` },
          { id: 'vehicleRegistration', kind: 'shortText', maxLength: 20, required: false, hint: true, personal: true, source: `${HOTELS}; ${WHAT_TO_SAY}, hospitality (vehicle number plates)` },
        ],
      },
    },
    {
      id: 'booking',
      condition: { question: 'premisesType', oneOf: NOT_CARE_HOME },
      questions: [
        { id: 'bookingName', kind: 'shortText', maxLength: 100, required: false, hint: true, personal: true, isName: true, condition: { question: 'premisesType', oneOf: BOOKING_SECTORS }, source: `${HOTELS}; ${GUIDANCE}: warning signs, hotels (a booking in a different name from the people checking in)` },
        { id: 'bookingDetails', kind: 'longText', maxLength: 500, required: false, hint: true, personal: true, condition: { question: 'premisesType', oneOf: BOOKING_SECTORS }, source: HOTELS },
        { id: 'paymentMethods', kind: 'severalOf', options: makesafePaymentMethods, required: false, source: `${HOTELS}; ${WHAT_TO_SAY}, hospitality (payment methods)` },
        { id: 'paymentDetails', kind: 'shortText', maxLength: 300, required: false, hint: true, personal: true, source: `${GUIDANCE}: warning signs, hotels (paying cash and refusing a card imprint)` },
      ],
    },
    {
      id: 'seen',
      questions: [
        { id: 'seenOrHeard', kind: 'longText', maxLength: 4000, required: true, hint: true, personal: true, source: `${SECTION_11} ("concerned about a child's safety or concerned about suspicious behaviour or activity on their premises")` },
        ...signQuestions,
      ],
    },
    {
      id: 'police',
      intro: true,
      questions: [
        { id: 'policeCalled', kind: 'oneOf', options: makesafePoliceCalls, required: true, source: `${SECTION_11} ("ring 101 and quote Operation Makesafe"); ${GUIDANCE}: how to report (999 in an emergency)` },
        { id: 'calledAt', kind: 'dateTime', required: false, notFuture: true, condition: { question: 'policeCalled', oneOf: POLICE_CALLED }, source: `${GUIDANCE}: what to do when reporting (keep incident logs)` },
        { id: 'policeReference', kind: 'shortText', maxLength: 50, reference: true, required: false, hint: true, condition: { question: 'policeCalled', oneOf: POLICE_CALLED }, source: `${SECTION_11} ("they will receive an appropriate police response")` },
        {
          id: 'actionsTaken',
          kind: 'severalOf',
          options: makesafeActionsTaken,
          required: false,
          // A taxi has no room to keep as it was (the sixth exploratory test: it was offered to a driver).
          optionsWhen: { keptRoom: { question: 'premisesType', oneOf: NOT_TAXI } },
          source: `${WHAT_TO_SAY}`,
        },
      ],
    },
    {
      id: 'reporter',
      intro: true,
      questions: [
        { id: 'reporterName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${WHAT_TO_GIVE}; ${GUIDANCE}: the call checklist (your contact details)` },
        { id: 'reporterRole', kind: 'shortText', maxLength: 100, required: false, hint: true, source: `${WHAT_TO_GIVE}` },
        { id: 'reporterPhone', kind: 'phone', required: true, hint: true, personal: true, source: `${GUIDANCE}: the call checklist (your contact details)` },
        { id: 'reporterEmail', kind: 'email', required: false, personal: true, source: `${GUIDANCE}: the call checklist (your contact details)` },
      ],
    },
  ],
  quality: [
    { kind: 'initialsOnly' },
    { kind: 'reminder', messageKey: 'makesafeReport:quality.factsNotOpinion' },
    // The other order: an adult added (from check-your-answers) after "A child travelling alone" was ticked.
    {
      kind: 'reminder',
      when: { all: [AN_ADULT_LISTED, { any: [{ question: 'signsSeenTaxi', includes: TRAVELLING_ALONE }, { question: 'signsNotSureTaxi', includes: TRAVELLING_ALONE }] }] },
      messageKey: 'makesafeReport:quality.aloneWithAdult',
    },
    // Operation Makesafe guidance: 101, or 999 in an emergency; a child there or in danger now is one (issue 8, forms).
    { kind: 'reminder', when: { all: [{ question: 'childPresent', oneOf: ['yes', 'notSure'] }, { question: 'policeCalled', equals: 'notYet' }] }, messageKey: 'makesafeReport:quality.childThereNotCalled' },
    { kind: 'missingWhen', question: 'policeReference', when: { question: 'policeCalled', oneOf: POLICE_CALLED }, messageKey: 'makesafeReport:quality.noPoliceReference' },
    { kind: 'missingWhen', question: 'calledAt', when: { question: 'policeCalled', oneOf: POLICE_CALLED }, messageKey: 'makesafeReport:quality.noCallTime' },
  ],
  // The read-out for the call, from what the pages before it hold: each detail is written once.
  pageLines: { police: makesafeReadOut },
  // The protocol sets no deadline for a Makesafe report: the call is made at once, 999 in an emergency.
  deadlines: [],
};
