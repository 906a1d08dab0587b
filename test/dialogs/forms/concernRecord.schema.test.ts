import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { parsePage } from '../../../dialogs/forms/pageSchema';
import { postPage } from '../../support/formPage';
import { strictT } from '../../support/i18n';

/** Every question of the concern record: what it takes, what it refuses, and the exact words of the refusal. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const clock = { today: '2026-12-04', nowLocal: '2026-12-04T12:00' };
const VALID: Record<string, Record<string, string>> = {
  reporter: { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'DSL', organisation: 'Fictional Academy' },
  child: { childName: 'Fictional Child', setting: 'school', knownToCsc: 'no' },
  concern: { whatHappened: 'A fictional account.', disclosure: 'no' },
  whenWhere: { seenOn: '1/12/2026' },
  signs: { danger: 'no' },
  action: { actions: 'none' },
  decision: { decision: 'notReferred', reason: 'A fictional reason.' },
};

function run(pageId: string, change: Record<string, unknown>) {
  const page = concernRecordForm.pages.find((p) => p.id === pageId);
  if (page === undefined) throw new Error(pageId);
  const result = parsePage(concernRecordForm, questionsOf(page), { ...VALID[pageId], ...change }, { clock, earlier: {} });
  return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
}

it('takes every page as the VALID table gives it', () => {
  for (const page of concernRecordForm.pages) expect(run(page.id, {})).toHaveProperty('answers');
});

it('has a row below for every question', () => {
  const tested = new Set([...ACCEPTED.map((r) => r[1]), ...REFUSED.map((r) => r[1])]);
  expect(concernRecordForm.pages.flatMap(questionsOf).map((q) => q.id).filter((id) => !tested.has(id))).toEqual([]);
});

const ACCEPTED: Array<[string, string, unknown, unknown]> = [
  ['reporter', 'reporterName', 'x'.repeat(200), 'x'.repeat(200)],
  ['reporter', 'reporterRole', 'Class teacher', 'Class teacher'],
  ['reporter', 'organisation', 'Fictional Academy', 'Fictional Academy'],
  ['reporter', 'reporterPhone', '020 7946 0000', '02079460000'],
  ['reporter', 'reporterEmail', 'dsl@example.com', 'dsl@example.com'],
  ['child', 'childName', 'Fictional Child', 'Fictional Child'],
  ['child', 'dateOfBirth', '5/12/08', '2008-12-05'],
  ['child', 'dateOfBirth', '4/12/2026', '2026-12-04'],
  ['child', 'age', '0', '0'],
  ['child', 'age', '17', '17'],
  ['child', 'setting', 'gpPractice', 'gpPractice'],
  ['child', 'knownToCsc', 'notKnown', 'notKnown'],
  ['concern', 'whatHappened', 'x'.repeat(4000), 'x'.repeat(4000)],
  ['concern', 'disclosure', 'yes', 'yes'],
  ['whenWhere', 'seenOn', '4/12/26', '2026-12-04'],
  ['whenWhere', 'seenAt', '9.05am', '09:05'],
  ['whenWhere', 'place', 'The school gate', 'The school gate'],
  ['signs', 'signs', 'S: Sexual health (seen or told)', 'S: Sexual health (seen or told)'],
  ['signs', 'danger', 'notSure', 'notSure'],
  ['action', 'actions', 'called999,toldSafeguardingLead', ['called999', 'toldSafeguardingLead']],
  ['action', 'routeShown', 'mash', 'mash'],
  ['decision', 'decision', 'earlyHelp', 'earlyHelp'],
  ['decision', 'reason', 'x'.repeat(4000), 'x'.repeat(4000)],
  ['decision', 'decidedBy', 'Fictional Head', 'Fictional Head'],
];

it.each(ACCEPTED)('%s.%s takes %j', (pageId, id, given, stored) => {
  expect(run(pageId, { [id]: given })).toEqual({ answers: expect.objectContaining({ [id]: stored }) });
});

it('asks for the social worker and the child’s words only when they apply, and refuses them given against the answer above', () => {
  expect(run('child', { knownToCsc: 'yes', socialWorker: 'Fictional Worker' })).toEqual({ answers: expect.objectContaining({ socialWorker: 'Fictional Worker' }) });
  expect(run('child', { knownToCsc: 'no', socialWorker: 'Fictional Worker' })).toEqual({ errors: { socialWorker: 'You answered “No” to “Known to children\'s social care” but also filled in “Allocated social worker”, which is only for “Yes”: change that answer, or clear this box.' } });
  expect(run('child', { knownToCsc: 'no' })).toEqual({ answers: expect.not.objectContaining({ socialWorker: expect.anything() }) });
  expect(run('concern', { disclosure: 'yes', childsWords: 'Fictional words' })).toEqual({ answers: expect.objectContaining({ childsWords: 'Fictional words' }) });
  expect(Object.keys(run('concern', { disclosure: 'no', childsWords: 'Fictional words' }))).toEqual(['errors']);
});

const REFUSED: Array<[string, string, unknown, string]> = [
  ['reporter', 'reporterName', '', 'Enter your name'],
  ['reporter', 'reporterName', 'x'.repeat(201), 'Your name must be 200 characters or fewer'],
  ['reporter', 'reporterRole', ' ', 'Enter your role'],
  ['reporter', 'organisation', '', 'Enter where you work'],
  ['reporter', 'reporterPhone', '12345', 'Enter a phone number, like 01632 960 001'],
  ['reporter', 'reporterEmail', 'dsl at school', 'Enter an email address in the correct format, like name@example.com'],
  ['child', 'childName', '', "Enter the child's name"],
  ['child', 'dateOfBirth', '30/02/2012', 'Date of birth must be a real date'],
  ['child', 'dateOfBirth', '5/12/2026', 'Date of birth must be in the past'],
  ['child', 'dateOfBirth', '4/12/2008', 'Date of birth must be for a child aged 0 to 17'],
  ['child', 'age', '18', 'Age must be a number between 0 and 17'],
  ['child', 'age', '-1', 'Age must be a number between 0 and 17'],
  ['child', 'setting', '', 'Select where you know the child from'],
  ['child', 'setting', 'prison', 'Where you know the child from must be one of the choices given'],
  ['child', 'knownToCsc', '', "Select whether the child is known to children's social care"],
  ['child', 'socialWorker', 'x'.repeat(201), 'Allocated social worker must be 200 characters or fewer'],
  ['concern', 'whatHappened', '', 'Enter what you saw or heard'],
  ['concern', 'disclosure', '', 'Select whether the child told you something themselves'],
  ['concern', 'childsWords', 'x'.repeat(4001), "The child's own words must be 4000 characters or fewer"],
  ['whenWhere', 'seenOn', '', 'Enter the date you saw or were told this'],
  ['whenWhere', 'seenOn', '5/12/2026', 'Date must be today or in the past'],
  ['whenWhere', 'seenAt', '25.00', 'Time must be a real time, like 14:30 or 2.30pm'],
  ['whenWhere', 'place', 'x'.repeat(201), 'Where it happened or where you were told must be 200 characters or fewer'],
  ['signs', 'signs', 'x'.repeat(4001), 'Warning signs must be 4000 characters or fewer'],
  ['signs', 'danger', '', 'Select whether you thought the child was in immediate danger'],
  ['action', 'actions', '', 'Select the action you have taken'],
  // "Nothing yet" with an action taken says two things at once (the fourth exploratory test).
  ['action', 'actions', 'called999,none', 'Action taken: “Nothing yet” cannot be ticked with another answer. Untick one'],
  ['action', 'routeShown', 'police', 'Route the assistant showed must be one of the choices given'],
  ['decision', 'decision', '', 'Select the decision'],
  ['decision', 'reason', '', 'Enter the reason for the decision'],
  ['decision', 'decidedBy', 'x'.repeat(201), 'Who made the decision must be 200 characters or fewer'],
];

it.each(REFUSED)('%s.%s refuses %j: "%s"', (pageId, id, given, message) => {
  const conditions: Record<string, Record<string, string>> = { socialWorker: { knownToCsc: 'yes' }, childsWords: { disclosure: 'yes' } };
  expect(run(pageId, { ...conditions[id], [id]: given })).toEqual({ errors: { [id]: message } });
});

it("refuses a day seen before the child's date of birth, and a date of birth moved after it from check-your-answers", () => {
  expect(postPage(concernRecordForm, 'whenWhere', { seenOn: '1/12/2026' }, t, { dateOfBirth: '2026-12-02' })).toEqual({ errors: { seenOn: "Date must not be before the child's date of birth: check both" } });
  expect(postPage(concernRecordForm, 'child', { ...VALID.child, dateOfBirth: '2/12/2026' }, t, { seenOn: '2026-12-01' })).toEqual({ errors: { dateOfBirth: 'Date of birth must not be after the date you saw or were told this: check both' } });
  expect(postPage(concernRecordForm, 'whenWhere', { seenOn: '2/12/2026' }, t, { dateOfBirth: '2026-12-02' })).toEqual({ answers: { seenOn: '2026-12-02' } });
});

// A child who may be in immediate danger is referred (Appendix C, C2 to C4): a decision not to refer beside a Yes to danger
// is refused, both ways (the fourth exploratory test). "Not sure" is not refused.
it('refuses each decision not to refer beside a Yes to immediate danger, and a Yes given later beside such a decision, naming the other answer', () => {
  const refusedDecision = (option: string) =>
    `“${option}” cannot be the decision when you answered Yes to whether the child may be in immediate danger: choose a referral, or change that answer. A child in immediate danger is referred to children's social care the same day, after 999.`;
  expect(postPage(concernRecordForm, 'decision', { ...VALID.decision, decision: 'notReferred' }, t, { danger: 'yes' })).toEqual({ errors: { decision: refusedDecision('Not referred: kept under review') } });
  expect(postPage(concernRecordForm, 'decision', { ...VALID.decision, decision: 'earlyHelp' }, t, { danger: 'yes' })).toEqual({ errors: { decision: refusedDecision('Early help') } });
  for (const decision of ['referredToMash', 'passedToSocialWorker', 'passedToSafeguardingLead']) expect(postPage(concernRecordForm, 'decision', { ...VALID.decision, decision }, t, { danger: 'yes' })).toHaveProperty('answers');
  for (const danger of ['notSure', 'no']) expect(postPage(concernRecordForm, 'decision', VALID.decision, t, { danger })).toHaveProperty('answers');
  expect(postPage(concernRecordForm, 'signs', { danger: 'yes' }, t, { decision: 'earlyHelp' })).toEqual({
    errors: { danger: 'You answered Yes to whether the child may be in immediate danger, but the decision is “Early help”: change the decision to a referral, or check this answer. If the child is in immediate danger now, call 999.' },
  });
  expect(postPage(concernRecordForm, 'signs', { danger: 'notSure' }, t, { decision: 'earlyHelp' })).toHaveProperty('answers');
});

// The sixth exploratory test: the form started blank (no journey) said "What you recorded in the journey is filled in below".
// The line is now shown only when the form was started from a journey (test/dialogs/forms/concernRecordDangerFirst.test.ts).
describe('the warning signs page, started with or without a journey', () => {
  it('claims a journey only when one was used, and in its hint only as a condition', () => {
    expect(t('concernRecord:pages.signs.introFromJourney')).toMatch(/^What you recorded in the journey is filled in below/);
    expect(t('concernRecord:questions.signs.hint')).toMatch(/if you came from one/);
  });
});
