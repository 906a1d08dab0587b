import { allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { messageBeside, shownValues } from '../support/formConversation';
import { CONCERN_RECORD_PAGES, fillPages } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { toPoliceClosingReport } from '../support/policeClosingReport';

/**
 * Issue 8, the ninth exploratory test, through the real handler: every error on a page at once (the closing report's MI
 * and FO, refused one after the other), the return home interview's "Name of their role" named by its label beside a
 * role chosen, and "Not shared yet" with the date it was shared refused beside the date. Each time the answers are kept.
 */

jest.setTimeout(120_000);


async function toReturnInterview(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  let cards = await c.say('hello');
  for (const press of ['A missing child has come back', 'No', 'Living at home', 'No, not yet', 'Record return home interview']) cards = await c.press(cards, press);
  expect(headings(cards)).toEqual(['The child']);
  return cards;
}

describe('form errors (issue 8, the ninth exploratory test)', () => {
  const assistant = assistantForEachTest('embedded');

  it('refuses MI and FO at once beside the flags, keeping the ticks', async () => {
    const c = chat(assistant.url);
    const outcome = await fillPages(c, await toPoliceClosingReport(c), [
      ['The report being closed', { crisReportKind: 'nonCrime587' }],
      ['Family', { familyMakeUp: 'A fictional mother and two brothers', siblingRisk: 'no' }],
      ['Summary of the investigation', { investigationSummary: 'A fictional summary with the school' }],
      ['The victim', { residentialStatus: 'atHome', currentRisk: 'Reduced', victimEngaged: 'yes', vriGiven: 'no', familyEngaged: 'yes', positiveIntervention: 'no', safeguardingPlan: 'A fictional plan' }],
      ['Organised crime, perpetrators and venues', { organisedCrimeLinks: 'no', perpetratorIdentified: 'no', positiveDisruption: 'no', venueIdentified: 'no' }],
      ['Options considered', {}],
      ['PNC markers', { victimPncMarker: 'yes', victimPncReviewMonths: '6' }],
    ]);
    expect(headings(outcome)).toEqual(['Outcome code']);
    const refused = await c.press(outcome, 'Continue', { outcomeCodes: 'mi,fo', outcomeNotes: 'Fictional notes' });
    expect(headings(refused)).toEqual(['Outcome code']);
    const beside = messageBeside(refused, 'outcomeCodes') ?? '';
    expect(beside).toContain('you answered No to whether there was a positive intervention for the victim');
    expect(beside).toContain('you answered No to whether a perpetrator was identified');
    expect(shownValues(refused)).toMatchObject({ outcomeCodes: 'mi,fo', outcomeNotes: 'Fictional notes' });
  });

  // The ninth exploratory test: "Nothing yet" ticked with others hid the allocated social worker's refusal until mended.
  it('concern record: refuses "Nothing yet" beside others and the allocated social worker after "Known to CSC: No" at once, keeping the ticks', async () => {
    const c = chat(assistant.url);
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    let cards = await c.say('school');
    for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know", 'Complete a concern record']) cards = await c.press(cards, press);
    const actions = await fillPages(c, cards, CONCERN_RECORD_PAGES.slice(0, 5));
    expect(headings(actions)).toEqual(['What you have done so far']);
    const refused = await c.press(actions, 'Continue', { actions: 'none,toldSocialWorker', routeShown: 'mash' });
    expect(headings(refused)).toEqual(['What you have done so far']);
    const beside = messageBeside(refused, 'actions') ?? '';
    expect(beside).toContain('“Nothing yet” cannot be ticked with another answer');
    expect(beside).toContain('You chose “Told the allocated social worker”, but you answered No');
    expect(shownValues(refused)).toMatchObject({ actions: 'none,toldSocialWorker', routeShown: 'mash' });
  });

  it('names "Name of their role" by its label beside a role chosen, and refuses a sharing date beside "Not shared yet"', async () => {
    const c = chat(assistant.url);
    const interviewer = await fillPages(c, await toReturnInterview(c), [
      ['The child', { childName: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`, livingSituation: 'atHome' }],
      ['The missing episode', { missingFrom: '30/11/2026', 'missingFrom.time': '18:00', locatedAt: '2/12/2026', 'locatedAt.time': '7am' }],
      ['The interview', { interviewOutcome: 'held' }],
    ]);
    expect(headings(interviewer)).toEqual(['The interviewer']);
    const page4 = { interviewedAt: '4/12/2026', 'interviewedAt.time': '10:00', interviewerName: 'Fictional Teacher T', interviewerRole: 'teacher', interviewerRoleOther: 'Head of year', independent: 'yes' };
    const roleRefused = await c.press(interviewer, 'Continue', page4);
    expect(messageBeside(roleRefused, 'interviewerRoleOther')).toBe(
      "You answered “Teacher” to “Interviewer's role” but also filled in “Name of their role”, which is only for “Someone else”: change that answer, or clear this box.",
    );
    expect(allText(roleRefused)).not.toContain('but also gave');
    expect(shownValues(roleRefused)).toMatchObject({ interviewerRole: 'teacher', interviewerRoleOther: 'Head of year', interviewerName: 'Fictional Teacher T' });
    const sharing = await fillPages(c, await c.press(roleRefused, 'Continue', { ...page4, interviewerRoleOther: '' }), [
      ['Where the child was', {}],
      ['Harm, reasons and risk', { harm: 'no', medicalAttention: 'no', cseRisk: 'no' }],
      ['Actions', { actions: 'A fictional safety plan' }],
    ]);
    expect(headings(sharing)).toEqual(['Sharing what was found']);
    const dates: Array<Record<string, string>> = [{ sharedAt: '4/12/2026' }, { sharedAt: '4/12/2026', 'sharedAt.time': '11:30' }];
    for (const date of dates) {
      const refused = await c.press(sharing, 'Continue', { sharedWith: 'notYet', ...date, whatShared: 'A fictional summary' });
      expect(headings(refused)).toEqual(['Sharing what was found']);
      expect(messageBeside(refused, 'sharedAt')).toBe(
        'You answered “Not shared yet” to “Who it has been shared with” but also filled in “Date and time it was shared”, which does not go with that answer: change that answer, or clear this box.',
      );
      expect(messageBeside(refused, 'whatShared')).toBe(
        'You answered “Not shared yet” to “Who it has been shared with” but also filled in “What was shared”, which does not go with that answer: change that answer, or clear this box.',
      );
      expect(shownValues(refused)).toMatchObject({ sharedWith: 'notYet', sharedAt: '4/12/2026', whatShared: 'A fictional summary' });
    }
  });
});
