import { allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { CHECK, fillPages, inputValue, walk, type FormPages } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { toPoliceClosingReport } from '../support/policeClosingReport';

/**
 * Issue 8 (forms), an exploratory test: boxes that record a risk or a past event brought a full "Call 999 now" card. The
 * police closing report's graded current risk ("Medium, still in contact with older males online") is an assessment; the
 * concern record's "What you saw or heard" after "Immediate danger: Yes" ("Saw her get into a silver car … on 3 days") is
 * a record of past days, under the 999 alert already at the top of the page. Words that say the danger is now still bring
 * the card in both. Every name is fictional.
 */

jest.setTimeout(120_000);

const CALL_999_NOW = 'Call 999 now';
const NOT_FILLED_IN = 'is not filled in from an answer given before then';
const CALL_REMINDER = 'but “Called 999” is not ticked. If they may still be in danger, call 999 now';
const SILVER_CAR = 'Saw her get into a silver car with a man about 19 after school on 3 days.';

async function toClosingReport(c: Chat): Promise<Card[]> {
  return c.press(await toPoliceClosingReport(c), 'Continue', { crisReportKind: 'nonCrime587' });
}

const victimPage = (currentRisk: string) => ({ residentialStatus: 'atHome', currentRisk, victimEngaged: 'yes', vriGiven: 'no', familyEngaged: 'yes', positiveIntervention: 'no', safeguardingPlan: 'A fictional plan' });

describe('the police closing report: the current risk for the victim', () => {
  const assistant = assistantForEachTest('embedded');

  it('a graded risk of ongoing contact brings no 999 card; one that says the danger is now does', async () => {
    const c = chat(assistant.url);
    const victim = await fillPages(c, await toClosingReport(c), [
      ['Family', { familyMakeUp: 'A fictional mother and a younger sister', siblingRisk: 'no' }],
      ['Summary of the investigation', { investigationSummary: 'A fictional summary with the school' }],
    ]);
    const graded = await c.press(victim, 'Continue', victimPage('Medium, still in contact with older males online'));
    expect(headings(graded)).toEqual(['Organised crime, perpetrators and venues']);
    const back = await c.press(graded, 'Back');
    const now = await c.press(back, 'Continue', victimPage('High, still in contact with him and he is at her house now'));
    expect(headings(now)[0]).toBe(CALL_999_NOW);
  });

  it('the family page: "at the house right now … as we speak" still brings the card', async () => {
    const c = chat(assistant.url);
    const told = await c.press(await toClosingReport(c), 'Continue', { familyMakeUp: 'Her mother’s boyfriend is at the house right now and is hurting the 12 year old sister as we speak', siblingRisk: 'no' });
    expect(headings(told)).toEqual([CALL_999_NOW, 'Summary of the investigation']);
  });
});

/** The school journey, then "Complete a concern record". */
async function toConcernRecord(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('school');
  for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know"]) cards = await c.press(cards, press);
  return c.press(cards, 'Complete a concern record');
}

const BEFORE_ACCOUNT: FormPages = [
  ['About you', { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Class teacher', organisation: 'Quirkfield Academy (fictional)', reporterEmail: 'teacher@example.com' }],
  ['The child', { childName: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`, dateOfBirth: '27/3/2012', setting: 'school', knownToCsc: 'no' }],
];

/** To "What you saw or were told", with "Immediate danger" answered as given. */
async function toAccount(c: Chat, danger: string): Promise<Card[]> {
  const signs = await fillPages(c, await toConcernRecord(c), BEFORE_ACCOUNT);
  expect(headings(signs)).toContain('Warning signs and danger');
  const account = await c.press(signs, 'Continue', { danger });
  expect(headings(account)).toContain('What you saw or were told');
  return account;
}

/** Presses the Change beside one answer on check-your-answers. */
async function changeAnswer(c: Chat, cards: Card[], questionId: string): Promise<Card[]> {
  const data = [...walk(cards)].find((e) => e.type === 'Action.Submit' && JSON.stringify((e.data as { answer?: unknown } | undefined)?.answer) === JSON.stringify({ type: 'form.change', value: questionId }))?.data;
  if (data === undefined) throw new Error(`no Change for ${questionId}`);
  return c.send({ value: data });
}

describe('the concern record after "Immediate danger: Yes"', () => {
  const assistant = assistantForEachTest('embedded');

  it.each(['yes', 'notSure'])('danger %s: what was seen on past days brings no 999 card', async (danger) => {
    const c = chat(assistant.url);
    const next = await c.press(await toAccount(c, danger), 'Continue', { whatHappened: SILVER_CAR, disclosure: 'no' });
    expect(headings(next)).not.toContain(CALL_999_NOW);
    expect(headings(next)).toContain('When and where');
  });

  it.each(['she is in his car outside now', 'he is waiting at the gates now', 'saw her get into his car 10 mins ago and she is not answering her phone'])(
    'words that say now still bring the card: %s',
    async (whatHappened) => {
      const c = chat(assistant.url);
      const next = await c.press(await toAccount(c, 'yes'), 'Continue', { whatHappened, disclosure: 'no' });
      expect(headings(next)[0]).toBe(CALL_999_NOW);
    },
  );

  it('Check your answers reminds the user to call 999 while "Called 999" is not ticked, and submits all the same', async () => {
    const c = chat(assistant.url);
    const when = await c.press(await toAccount(c, 'yes'), 'Continue', { whatHappened: SILVER_CAR, disclosure: 'no' });
    const action = await c.press(when, 'Continue', { seenOn: '2/2/2024', seenAt: '3.30pm' });
    const decision = await c.press(action, 'Continue', { actions: 'toldSafeguardingLead', routeShown: 'mash' });
    const check = await c.press(decision, 'Continue', { decision: 'referredToMash', reason: 'Referred the same day.' });
    expect(headings(check)).toContain(CHECK);
    expect(allText(check)).toContain(CALL_REMINDER);
    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual(['Concern record submitted']);
  });

  it('after a card, Change on "Immediate danger" shows the Yes kept, with no line saying it is not filled in', async () => {
    const c = chat(assistant.url);
    const told = await c.press(await toAccount(c, 'yes'), 'Continue', { whatHappened: 'he is waiting at the gates now', disclosure: 'no' });
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    const check = await fillPages(c, await c.press(told, 'Carry on where I was'), [
      ['When and where', { seenOn: '2/2/2024', seenAt: '3.30pm' }],
      ['What you have done so far', { actions: 'called999,toldSafeguardingLead', routeShown: 'mash' }],
      ['The decision and why', { decision: 'referredToMash', reason: 'Referred the same day.' }],
    ]);
    expect(headings(check)).toContain(CHECK);
    const danger = await changeAnswer(c, check, 'danger');
    expect(headings(danger)).toContain('Warning signs and danger');
    expect({ selected: inputValue(danger, 'danger'), line: allText(danger).includes(NOT_FILLED_IN) }).toEqual({ selected: 'yes', line: false });
  });
});
