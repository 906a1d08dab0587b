import type { Storage } from '../../bot/storage/types';
import { actionTitles, allText, announceSkippedStores, chat, headings, inputValues, STORES, type Card, type StoreKind } from '../support/assistant';
import { type FormPages, CONCERN_RECORD_PAGES, submitSchoolConcernRecord } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { deploymentOnOneStore } from '../support/deployment';

/**
 * Issue 11, the lead's side, over HTTP with one assistant per development identity on one store:
 * a teacher at Quirkfield Academy submits a concern record; the school's safeguarding lead finds it
 * in Records for me, opens it, acknowledges it, adds an action, records the decision and closes it
 * (errors next to their fields, a double press adding once); the teacher sees the status and never
 * the lead's notes; a teaching assistant (no receiving role) and another setting's lead are refused
 * as if it did not exist, each refusal audited. All names are fictional.
 */

announceSkippedStores();
jest.setTimeout(180_000);

const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;
const NOT_FOUND = 'That submission cannot be found';
const REVIEW = 'Your work on this record';
const ACTION_TEXT = 'Fictional action: speak to the form tutor';
const REASON_TEXT = 'Fictional reason: gifts from an older adult';
const PAGES = CONCERN_RECORD_PAGES;


/** The text of the TextBlocks of the cards, so a check is about what a person reads. */
const textOf = (cards: Card[]): string => allText(cards);

describe.each(STORES)('a concern record reaches its safeguarding lead, who works on it (%s store)', (store: StoreKind) => {
  const deployment = deploymentOnOneStore(store, 'lead');
  const start = deployment.start;
  let side: Storage;
  beforeAll(() => {
    side = deployment.side();
  });

  it('goes from the teacher to the lead and back, and reaches no one else', async () => {
    const teacher = chat((await start('quirkfield-teacher')).url, undefined, 'user-fictional-teacher');
    const reference = await submitSchoolConcernRecord(teacher);
    expect((await side.submissions.get(reference))?.routedTo).toEqual([{ settingId: 'quirkfield-academy', role: 'lead' }]);
    expect(textOf(await teacher.say('my submissions'))).toContain('Sent to your safeguarding lead: not yet acknowledged');
    // Records for me is offered to those records are sent to, only.
    expect(actionTitles(await teacher.say('menu'))).not.toContain('Records for me');

    const lead = chat((await start('quirkfield-dsl')).url, undefined, 'user-fictional-dsl');
    const menu = await lead.say('menu');
    expect(actionTitles(menu)).toContain('Records for me');
    const forMe = await lead.press(menu, 'Records for me');
    expect(headings(forMe)).toEqual(['Records for me']);
    expect(textOf(forMe)).toContain(reference);
    expect(textOf(forMe)).toContain('New (1)');
    expect(textOf(forMe)).not.toContain(FICTIONAL_CHILD.firstName);
    expect(textOf(await lead.say('records for me'))).toContain(reference);

    const opened = await lead.press(forMe, 'Open');
    expect(headings(opened)).toContain(REVIEW);
    expect(textOf(opened)).toContain(CHILD_NAME);
    expect(textOf(opened)).toContain('New: not yet acknowledged');
    // A lead the record was routed to is offered a download link, signed for them (test/integration/leadDownloads.test.ts fetches one).
    expect(JSON.stringify(opened)).toContain('"title":"Download (Word)"');

    const acknowledged = await lead.press(opened, 'Acknowledge');
    expect(headings(acknowledged)).toEqual([REVIEW]);
    expect(textOf(acknowledged)).toContain('"Acknowledged"');
    // The same button pressed again (a double press, or Teams retrying): acknowledged once.
    await lead.press(opened, 'Acknowledge');
    expect(actionTitles(acknowledged)).not.toContain('Acknowledge');

    const actionForm = await lead.press(acknowledged, 'Add an action');
    expect(headings(actionForm)).toEqual(['Add an action']);
    const wrong = await lead.press(actionForm, 'Add the action', { what: '  ', who: 'Head of year', byWhen: '31/2/2031' });
    expect(headings(wrong)).toEqual(['Add an action']);
    expect(textOf(wrong)).toContain('Enter what needs to be done');
    expect(textOf(wrong)).toContain('Enter the date it must be done by as a real date, for example 27/3/2031');
    expect(inputValues(wrong)).toMatchObject({ who: 'Head of year', byWhen: '31/2/2031' });
    const added = await lead.press(wrong, 'Add the action', { what: ACTION_TEXT, who: 'Head of year', byWhen: '7/3/2031' });
    expect(headings(added)).toEqual([REVIEW]);
    expect(textOf(added)).toContain(`Action: ${ACTION_TEXT}. Who: Head of year. By 7 March 2031.`);
    expect(textOf(added)).toContain('"In progress"');
    await lead.press(wrong, 'Add the action', { what: ACTION_TEXT, who: 'Head of year', byWhen: '7/3/2031' });

    const decisionForm = await lead.press(added, 'Record the decision');
    const noReason = await lead.press(decisionForm, 'Record the decision', { decision: 'noFurtherAction', reason: '' });
    expect(textOf(noReason)).toContain('Enter why there is no further action');
    expect(inputValues(noReason)).toMatchObject({ decision: 'noFurtherAction' });
    const decided = await lead.press(noReason, 'Record the decision', { decision: 'referredToMash', reason: REASON_TEXT });
    expect(textOf(decided)).toContain(`Decision: Referred to the MASH. Why: ${REASON_TEXT}`);

    const closed = await lead.press(decided, 'Close the record');
    expect(textOf(closed)).toContain('"Closed"');
    expect(actionTitles(closed)).not.toEqual(expect.arrayContaining(['Add an action']));
    expect(textOf(await lead.say('records for me'))).toContain('Closed (1)');

    // The teacher sees where it stands, never what the lead wrote.
    for (const cards of [await teacher.say('my submissions'), await teacher.send({ value: { event: 'submission.opened', reference } })]) {
      expect(textOf(cards)).toContain('Closed by your safeguarding lead');
      expect(textOf(cards)).not.toContain(ACTION_TEXT);
      expect(textOf(cards)).not.toContain(REASON_TEXT);
      expect(textOf(cards)).not.toContain('Head of year');
      expect(headings(cards)).not.toContain(REVIEW);
    }
    // The teacher cannot act on it either: as if it were not there.
    expect(headings(await teacher.send({ value: { event: 'record.closed', reference } }))).toEqual([NOT_FOUND]);

    // Someone in the school holding no receiving role, and another setting's lead: refused, audited.
    const assistant = chat((await start('quirkfield-teaching-assistant')).url, undefined, 'user-fictional-teaching-assistant');
    expect(headings(await assistant.say('records for me'))).toEqual(['Records for me is for the people records are sent to']);
    const elsewhere = chat((await start('wobblebury-safeguarding-lead')).url, undefined, 'user-fictional-other-lead');
    expect(textOf(await elsewhere.say('records for me'))).not.toContain(reference);
    for (const other of [assistant, elsewhere]) {
      for (const value of [{ event: 'submission.opened', reference }, { event: 'record.acknowledged', reference }, { event: 'record.decided', reference, key: 'k-forged', inputs: { decision: 'noFurtherAction', reason: 'x' } }]) {
        const refused = await other.send({ value });
        expect(headings(refused)).toEqual([NOT_FOUND]);
        expect(textOf(refused)).not.toContain(FICTIONAL_CHILD.firstName);
      }
    }

    // Two more records: one about the same child (same name and date of birth), one about another.
    const sameChild = await submitSchoolConcernRecord(teacher);
    const otherChild = await submitSchoolConcernRecord(
      teacher,
      PAGES.map(([title, inputs]): FormPages[number] => [title, title === 'The child' ? { ...inputs, dateOfBirth: '28/3/2012' } : inputs]),
    );
    const reopened = await lead.send({ value: { event: 'submission.opened', reference } });
    expect(textOf(reopened)).toContain('Other records about this child');
    expect(textOf(reopened)).toContain(sameChild);
    expect(textOf(reopened)).not.toContain(otherChild);
    expect(textOf(await teacher.send({ value: { event: 'submission.opened', reference } }))).not.toContain(sameChild);
    expect((await side.audit.listBySubject(sameChild)).map((e) => e.action)).toContain('submission.listed');

    const events = await side.recordEvents.listFor([reference]);
    expect(events.map((e) => e.kind)).toEqual(['acknowledged', 'actionAdded', 'decided', 'closed']);
    const audit = (await side.audit.listBySubject(reference)).map((e) => e.action);
    for (const action of ['record.acknowledged', 'record.actionAdded', 'record.decided', 'record.closed']) expect(audit.filter((a) => a === action)).toHaveLength(1);
    expect(audit).toEqual(expect.arrayContaining(['form.submitted', 'submission.listed', 'submission.viewed']));
    expect(audit.filter((a) => a === 'submission.refused.read')).toHaveLength(2);
    expect(audit.filter((a) => a === 'submission.refused.acknowledge')).toHaveLength(2);
    expect(audit.filter((a) => a === 'submission.refused.decide')).toHaveLength(2);
    expect(audit.filter((a) => a === 'submission.refused.close')).toHaveLength(1);
  });
});
