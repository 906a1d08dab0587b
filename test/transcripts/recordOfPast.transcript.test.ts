import { actionTitles, allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { CHECK, checkAsOne, fillPages, inputValue, referenceIn, REFERENCE, walk, type FormPages } from '../support/formTranscript';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * Issue 8 (the sixth exploratory test): a form whose danger-now question the user answered No is a record of the past.
 * Its descriptions and "what you saw" in the past tense brought 999 cards that dropped that answer, so Check your
 * answers showed it "Not answered" with no Submit, and the confirmation then said "You said the child may be in
 * immediate danger". Now only words told as now or about to bring the card there (dialogs/danger/presentTense.ts).
 * Every name and number is fictional.
 */

jest.setTimeout(120_000);

const CALL_999_NOW = 'Call 999 now';
const SAID_IN_DANGER = 'You said the child may be in immediate danger';
const TOLD_EARLIER = 'Earlier in this journey you told us something that may mean the child is in immediate danger';
const ADULT_1 = "man, 40s, bald, grey coat, held the boy's arm";
const SEEN =
  'Picked up a boy about 13 with a man outside the station at 11pm, man asked for a hotel, boy said he wanted to go home, man told him to be quiet.';

/** A taxi driver, new to the assistant: the Makesafe journey answered No to the child being there or in danger, then the report. */
async function toTaxiReport(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('taxi');
  for (const press of ['No', 'Taxi or private hire', 'Next: who to call']) cards = await c.press(cards, press);
  const first = await c.press(cards, 'Write what to tell the police');
  expect(headings(first)).toEqual(['The business']);
  return first;
}

const TAXI_PAGES: FormPages = [
  ['The business', { premisesType: 'taxi', premisesName: 'Fictional Cars Ltd', area: 'Lower Wobbleton' }],
  ['Where and when', { destination: 'The Fictional Lodge', seenAt: '3/12/2026', 'seenAt.time': '11.05pm', childPresent: 'no' }],
  ['The child or children', { childAge: '13', childDescription: 'Boy, small, blue school jumper' }],
];

/** From the adults page on, as the tester wrote it: two adults, a vehicle, no booking, what was seen, 101 called, who they are. */
async function adultsToCheck(c: Chat, adults: Card[], adult1: string): Promise<Card[]> {
  const second = await c.press(adults, 'Add another adult', { adultName: FICTIONAL_ADULT.name, adultDescription: adult1 });
  expect(headings(second)).toEqual(['The adults with them']);
  const vehicles = await c.press(second, 'Continue', { adultDescription: 'Woman, 30s, waited in the car park' });
  const seen = await fillPages(c, vehicles, [
    ['Vehicles', { vehicleDescription: 'A silver estate car, FX99 ABC' }],
    ['Booking and payment', {}],
  ]);
  expect(headings(seen)).toEqual(['What you saw or heard']);
  const police = await c.press(seen, 'Continue', { seenOrHeard: SEEN });
  expect(headings(police)).toEqual(['Call the police']);
  return fillPages(c, police, [
    ['Call the police', { policeCalled: 'called101', calledAt: '4/12/2026', 'calledAt.time': '08:10', policeReference: 'CAD 4321' }],
    ['Your details', { reporterName: 'Fictional Driver D', reporterPhone: '020 7946 0000' }],
  ]);
}

describe('a form answered "not in danger now" reads its boxes as a record of the past', () => {
  const assistant = assistantForEachTest('embedded');

  it('the Makesafe taxi report: past-tense descriptions bring no 999 card, the No is kept, and it is submitted without the danger line', async () => {
    const c = chat(assistant.url);
    const adults = await fillPages(c, await toTaxiReport(c), TAXI_PAGES);
    expect(headings(adults)).toEqual(['The adults with them']);
    const check = await adultsToCheck(c, adults, ADULT_1);
    expect(checkAsOne(headings(check))).toEqual([CHECK]);
    expect(actionTitles(check)).toContain('Submit');
    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual(['Operation Makesafe report submitted']);
    expect(referenceIn(done)).toMatch(REFERENCE);
    expect([allText(done).includes(SAID_IN_DANGER), allText(done).includes(TOLD_EARLIER)]).toEqual([false, false]);
  });

  it('the Makesafe taxi report: a description that says now still brings the 999 card; answered No again, the confirmation says what that No means, not that the user said there was danger', async () => {
    const c = chat(assistant.url);
    const adults = await fillPages(c, await toTaxiReport(c), TAXI_PAGES);
    const told = await c.press(adults, 'Add another adult', { adultDescription: "man, 40s, bald, grey coat, he is holding the boy's arm now" });
    expect(headings(told)).toEqual([CALL_999_NOW, 'The adults with them']);
    const resumed = await c.press(told, 'Carry on where I was');
    const vehicles = await c.press(resumed, 'Continue', { adultDescription: 'Woman, 30s, long dark hair' });
    const check = await fillPages(c, vehicles, [
      ['Vehicles', { vehicleDescription: 'A silver estate car, FX99 ABC' }],
      ['Booking and payment', {}],
      // With no answer to danger now, the form is not a record of the past: words that may tell of now still bring the card.
      ['What you saw or heard', { seenOrHeard: 'He gave the name of the Fictional Lodge as the destination.' }],
      ['Call the police', { policeCalled: 'called101' }],
      ['Your details', { reporterName: 'Fictional Driver D', reporterPhone: '020 7946 0000' }],
    ]);
    // The No was dropped when danger was told: no Submit until the user answers it again.
    expect(checkAsOne(headings(check))).toEqual([CHECK]);
    expect(actionTitles(check)).not.toContain('Submit');
    const asked = await changeAnswer(c, check, 'childPresent');
    expect(headings(asked)).toEqual(['Where and when']);
    const again = await c.press(asked, 'Save and go back', { destination: 'The Fictional Lodge', seenAt: '3/12/2026', 'seenAt.time': '11.05pm', childPresent: 'no' });
    expect(actionTitles(again)).toContain('Submit');
    const done = await c.press(again, 'Submit');
    expect(headings(done)).toEqual(['Operation Makesafe report submitted']);
    // Issue 8: the No was given after danger was told, with the 999 card shown: the line says what that answer means.
    expect([allText(done).includes(SAID_IN_DANGER), allText(done).includes(TOLD_EARLIER)]).toEqual([false, false]);
    expect(allText(done)).toContain('You answered that the child is not in immediate danger, after telling us something that may have meant they were');
  });
});

/** Presses the Change beside one answer on check-your-answers. */
async function changeAnswer(c: Chat, cards: Card[], questionId: string): Promise<Card[]> {
  const data = [...walk(cards)].find((e) => e.type === 'Action.Submit' && JSON.stringify((e.data as { answer?: unknown } | undefined)?.answer) === JSON.stringify({ type: 'form.change', value: questionId }))?.data;
  if (data === undefined) throw new Error(`no Change for ${questionId}`);
  return c.send({ value: data });
}

const CONCERN_PAGES = (whatHappened: string): FormPages => [
  ['About you', { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Class teacher', organisation: 'Quirkfield Academy (fictional)', reporterEmail: 'teacher@example.com' }],
  ['The child', { childName: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`, dateOfBirth: '27/3/2012', setting: 'school', knownToCsc: 'no' }],
  // Asked before the narrative (issue 8): filled in with the journey's No.
  ['Warning signs and danger', { danger: 'no' }],
  ['What you saw or were told', { whatHappened, disclosure: 'no' }],
];

/** The school journey answered No to danger, then "Complete a concern record": its danger answer comes from that No. */
async function toConcernRecord(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('school');
  for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know"]) cards = await c.press(cards, press);
  return c.press(cards, 'Complete a concern record');
}

describe('the concern record, answered "not in danger now" in the school journey', () => {
  const assistant = assistantForEachTest('embedded');
  const signs = `Over the last month ${FICTIONAL_CHILD.firstName} has had new trainers and an iPhone. She has missed period 5 on 6 occasions. Twice I saw older young men in a grey car waiting for her at the gate after school.`;

  it('signs seen on past days bring no 999 card; the danger answer is kept and the record is submitted', async () => {
    const c = chat(assistant.url);
    const when = await fillPages(c, await toConcernRecord(c), CONCERN_PAGES(signs));
    expect(headings(when)).toEqual(['When and where']);
    const check = await fillPages(c, await c.press(when, 'Continue', { seenOn: '2/2/2024', seenAt: '3.30pm' }), [
      ['What you have done so far', { actions: 'toldSafeguardingLead', routeShown: 'mash' }],
      ['The decision and why', { decision: 'referredToMash', reason: 'Gifts, missed lessons and older men at the gate: referred the same day.' }],
    ]);
    expect(checkAsOne(headings(check))).toEqual([CHECK]);
    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual(['Concern record submitted']);
    expect(allText(done).includes(SAID_IN_DANGER)).toBe(false);
  });

  it('words that say the men are there now still bring the 999 card, and the danger answer is left for the user', async () => {
    const c = chat(assistant.url);
    const told = await fillPages(c, await toConcernRecord(c), CONCERN_PAGES(`${signs} The men are waiting at the gate now.`));
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    const resumed = await c.press(told, 'Carry on where I was');
    const check = await fillPages(c, resumed, [
      ['When and where', { seenOn: '2/2/2024', seenAt: '3.30pm' }],
      ['What you have done so far', { actions: 'toldSafeguardingLead', routeShown: 'mash' }],
      ['The decision and why', { decision: 'referredToMash', reason: 'Referred the same day.' }],
    ]);
    expect(actionTitles(check)).not.toContain('Submit');
    const danger = await changeAnswer(c, check, 'danger');
    expect(headings(danger)).toEqual(['Warning signs and danger']);
    expect(inputValue(danger, 'danger') ?? '').toBe('');
  });
});
