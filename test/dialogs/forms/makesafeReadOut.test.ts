import type { Translate } from '../../../cards/view';
import { plain } from '../../../dialogs/forms/display';
import { formViews } from '../../../dialogs/forms/formViews';
import { makesafeReadOut } from '../../../dialogs/forms/makesafeReadOut';
import { makesafeReportForm as form } from '../../../dialogs/forms/makesafeReport.form';
import type { FormAnswers } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../../support/personalTestValues';

/**
 * The read-out for the 101 or 999 call, drawn from the Makesafe report's answers: each detail is
 * written once, in the report, and read out word for word in the order a call handler asks.
 * Every name, room and number plate is fictional.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const readOut = (answers: FormAnswers) => makesafeReadOut(answers, form).map((ref) => plain(t, ref));

const HOTEL: FormAnswers = {
  premisesType: 'hotel',
  premisesName: 'The Fictional Lodge',
  area: 'Quirkfield',
  postcode: 'ZZ9 9ZZ',
  whereOnPremises: 'Room 12',
  seenAt: '2026-12-03T22:15',
  childPresent: 'no',
  otherTimes: 'Checked in at 22:10',
  children: [{ childName: FICTIONAL_CHILD.firstName, childAge: '14', childDescription: 'Small, red coat, school bag' }],
  adults: [{ adultName: FICTIONAL_ADULT.name, adultDescription: 'Man in his forties, grey beard' }, { adultDescription: 'Younger man, stayed in the car' }],
  vehicles: [{ vehicleDescription: 'A silver estate car', vehicleRegistration: 'FX99 ABC' }],
  bookingName: FICTIONAL_ADULT.name,
  paymentMethods: ['cash', 'appOrOnline'],
  seenOrHeard: 'He paid cash and would not give a card imprint.',
  signsSeenHotel: ['hotel-cash-no-card-imprint', 'hotel-alcohol-on-show'],
  signsNotSureHotel: ['hotel-no-luggage-or-id'],
};

describe('the read-out for the call', () => {
  it('reads every answer given, in the order a call handler asks: Makesafe, where, when, what, who, vehicles, booking', () => {
    expect(readOut(HOTEL)).toEqual([
      'Read this out to the call handler:',
      'This is an Operation Makesafe call.',
      'The child is not here now.',
      'Name of the business: The Fictional Lodge',
      'Type of business: Hotel, hostel or B&B',
      'Area: Quirkfield',
      'Postcode: ZZ9 9ZZ',
      'Where on the premises: Room 12',
      'Date and time you saw it: 3 December 2026, 22:15',
      'Other times: Checked in at 22:10',
      'What you saw or heard: He paid cash and would not give a card imprint.',
      'Signs I noticed: Paying cash and refusing a card imprint; Alcohol on show.',
      'Signs I am not sure about: No luggage or ID.',
      'Child 1:',
      `Name used: ${FICTIONAL_CHILD.firstName}`,
      'Age: looks about 14',
      'Description: Small, red coat, school bag',
      'Adult 1:',
      `Name used: ${FICTIONAL_ADULT.name}`,
      'Description: Man in his forties, grey beard',
      'Adult 2:',
      'Description: Younger man, stayed in the car',
      'Vehicle 1:',
      'Make, model or colour: A silver estate car',
      'Number plate: FX99 ABC',
      `Name the booking was made in: ${FICTIONAL_ADULT.name}`,
      'How it was paid for: Cash',
      'How it was paid for: An app or online',
      'Then give your name and a number they can call you back on.',
    ]);
  });

  it('reads a taxi driver’s destination, and says the child may still be there when they are not sure', () => {
    const lines = readOut({ premisesType: 'taxi', premisesName: 'Fictional Cars Ltd', area: 'Lower Wobbleton', destination: 'The Fictional Hotel', childPresent: 'notSure', signsSeenTaxi: ['taxi-travelling-alone'] });
    expect(lines).toEqual([
      'Read this out to the call handler:',
      'This is an Operation Makesafe call.',
      'The child may still be here, or in danger now.',
      'Name of the business: Fictional Cars Ltd',
      'Type of business: Taxi or private hire',
      'Area: Lower Wobbleton',
      'Destination asked for: The Fictional Hotel',
      'Signs I noticed: A child travelling alone.',
      'Then give your name and a number they can call you back on.',
    ]);
  });

  it('leaves out what was not answered, and signs of another business’s list', () => {
    const lines = readOut({ premisesType: 'careHome', premisesName: 'Fictional House', area: 'Mudford Vale', childPresent: 'yes', signsSeenHotel: ['hotel-alcohol-on-show'], adults: [] });
    expect(lines).toEqual([
      'Read this out to the call handler:',
      'This is an Operation Makesafe call.',
      'The child is here now, or in danger now.',
      'Name of the business: Fictional House',
      'Type of business: Care home',
      'Area: Mudford Vale',
      'Then give your name and a number they can call you back on.',
    ]);
  });

  it('is shown on the page that asks whether the police were called, above the question, and on no other page', () => {
    const views = formViews(form);
    const page = (id: string) => views.editingPage?.({ page: id, answers: HOTEL, returnToCheck: false, submitFailed: false });
    const police = page('police');
    const lines = police?.lines.map((ref) => plain(t, ref)) ?? [];
    expect(plain(t, police?.title ?? { key: 'missing' })).toBe('Call the police');
    expect(lines[0]).toContain('If you have not called yet, call now: 999 if the child is there or in danger now, otherwise 101.');
    expect(lines.slice(1)).toEqual(readOut(HOTEL));
    expect(police?.inputs?.[0]?.id).toBe('policeCalled');
    for (const other of ['premises', 'whereAndWhen', 'seen', 'reporter']) expect(page(other)?.lines.map((ref) => ref.key)).not.toContain('makesafeReport:readOut.intro');
  });
});
