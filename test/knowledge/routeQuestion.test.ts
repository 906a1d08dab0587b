import { allEntries } from '../../knowledge/entries';
import { ASKS_WHO_TO_TELL, asksForRoute, asksWhetherToReport, asksWhoToTell, ROLE_START, routeAfterTheEvent, SITUATION_START } from '../../knowledge/routeQuestion';
import type { Role } from '../../knowledge/roleWords';

/** Where a role's or a situation's "what do I do" starts names an entry the knowledge has, and one a search can show. */

const searchable = new Set(allEntries.filter((entry) => entry.searchable !== false).map((entry) => entry.id));

it.each(Object.entries(ROLE_START))("the %s route starts at a searchable entry", (_role, entryId) => {
  expect(searchable.has(entryId)).toBe(true);
});

it.each(Object.entries(SITUATION_START))('the %s situation starts at a searchable entry, for the roles whose work it is', (_situation, start) => {
  expect(searchable.has(start.entryId)).toBe(true);
  expect(start.roles.length).toBeGreaterThan(0);
});

// The sixth exploratory test: whether to report, and doubt about one's own worry, ask for the route too.
it.each(['should i report it?', 'do i report this', 'should i report it to the police', 'not sure if im overreacting', 'am I overreacting?', 'who do i refer to?'])(
  '"%s" asks who to tell',
  (text) => {
    expect(asksForRoute(text)).toBe(true);
    expect(ASKS_WHO_TO_TELL.test(text)).toBe(true);
  },
);

// Where to refer among named places asks which; what to do in general asks for more than who to tell.
it.each(['do i refer her to the MASH or get her on the MASE list', 'should i report it on CRIS as well'])('"%s" is not a route question', (text) => {
  expect(asksForRoute(text)).toBe(false);
  expect(ASKS_WHO_TO_TELL.test(text)).toBe(false);
});

it('reads "what can we do as a school" as asking what to do, not only who to tell', () => {
  expect(asksForRoute('what can we do as a school')).toBe(true);
  expect(ASKS_WHO_TO_TELL.test('what can we do as a school')).toBe(false);
});

// The seventh exploratory test: business staff asking of something already past are told it is not too late, by their route.
it.each([
  'last week a man booked a room with cash and brought a young girl up, should i report it?',
  'a girl about 15 stayed last wk with an older man, shld i report it',
  'two weeks ago a lad took a girl of about 14 to room 12, is it too late?',
])('"%s", asked by business staff, is answered by their route', (text) => {
  expect(routeAfterTheEvent(text, 'business')).toBe(ROLE_START.business);
});

// The eighth exploratory test: every role asking of something already past is told it is not too late, by its own route.
it.each<[string, Role | undefined, string]>([
  ["had a 16 yr old at clinic last month, came w a much older 'friend'. shld i report it or is it too late", 'health', 'route.referral-pathway'],
  ['a yr 9 told me last week her bf is 19, should i report it?', 'school', 'route.referral-pathway'],
  ['YP told me yday she was made to have sex at a party last month, is it too late to report?', 'social-care', 'route.social-care'],
  ['saw a 14yo get into a car with two older men last week, should i report it', 'police', 'section.6.police-reporting-pathway'],
  ['i dealt with a 15yo missing episode last month, she came back after 2 days. what should i have recorded, is it too late', 'police', 'section.9.missing-returned-police-record'],
  ['last week a man booked a room with cash and brought a young girl up, should i report it?', undefined, 'makesafe.how-to-report'],
  ['a girl told me last week an older man gives her money, should i report it?', undefined, 'route.referral-pathway'],
])('"%s" (%s), already past, is answered by %s', (text, role, id) => {
  expect(routeAfterTheEvent(text, role)).toBe(id);
});

it.each<[string, Role | undefined]>([
  ['a man has booked a room with cash and brought a young girl up, should i report it?', 'business'],
  ['she was raped last week, is it too late for a forensic medical?', 'police'],
  ['care order app, she turns 17 next month - too late?', 'social-care'],
  ['last week a man booked a room with cash and brought a young girl up', 'business'],
])('"%s" (%s) is left to the search', (text, role) => {
  expect(routeAfterTheEvent(text, role)).toBeUndefined();
});

it('reads text-speak before asking whether a message asks who to tell', () => {
  expect(asksForRoute('shld i report it')).toBe(true);
  expect(asksWhoToTell('shld i report it')).toBe(true);
});

// One reading of whether to report, or whether it is too late, for the search and for the follow-up to the 999 card (dialogs/whoFirst.ts).
it.each(['shld i report it or is it too late', 'is it worth reporting', 'shud we still report this', 'shuld i report it', 'do i report him', 'can i even report it', 'too late now?'])(
  '"%s" asks whether to report',
  (text) => {
    expect(asksWhetherToReport(text)).toBe(true);
  },
);

it.each(['who should i tell', 'shld i call her mum first or police', 'what do i do'])('"%s" does not ask whether to report', (text) => {
  expect(asksWhetherToReport(text)).toBe(false);
});
