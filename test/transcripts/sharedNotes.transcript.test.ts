import type { Storage } from '../../bot/storage/types';
import { allText, announceSkippedStores, chat, headings, STORES, type StoreKind } from '../support/assistant';
import { submitSchoolConcernRecord } from '../support/formTranscript';
import { deploymentOnOneStore } from '../support/deployment';

/**
 * Issue 11, "never the lead's notes unless shared", over HTTP with one assistant per development
 * identity on one store: the school's safeguarding lead adds two actions to a teacher's concern record,
 * ticking "show … to the person who submitted this record" on one only, and records the decision
 * without sharing it. The teacher's record then shows the shared action under its status, and nothing
 * else the lead wrote; the lead's review marks which note the teacher sees; the sharing is audited.
 * All names and notes are fictional.
 */

announceSkippedStores();
jest.setTimeout(180_000);

const SHARED_TEXT = 'Fictional shared note: a meeting with the family is booked';
const PRIVATE_TEXT = 'Fictional private note: check with the form tutor';
const PRIVATE_REASON = 'Fictional private reason: an older adult giving gifts';
const REVIEW = 'Your work on this record';


describe.each(STORES)('a lead shares one note with the reporter and not another (%s store)', (store: StoreKind) => {
  const deployment = deploymentOnOneStore(store, 'shared');
  const start = deployment.start;
  let side: Storage;
  beforeAll(() => {
    side = deployment.side();
  });

  it('the teacher sees the shared note under the status, and nothing else the lead wrote', async () => {
    const teacher = chat((await start('quirkfield-teacher')).url, undefined, 'user-fictional-teacher');
    const reference = await submitSchoolConcernRecord(teacher);

    const lead = chat((await start('quirkfield-dsl')).url, undefined, 'user-fictional-dsl');
    const opened = await lead.send({ value: { event: 'submission.opened', reference } });
    expect(headings(opened)).toContain(REVIEW);
    const actionForm = await lead.press(opened, 'Add an action');
    expect(allText(actionForm)).toContain('unless you tick the box below to show it to the person who submitted the record');
    const sharedAdded = await lead.press(actionForm, 'Add the action', { what: SHARED_TEXT, who: 'Head of year', byWhen: '7/3/2031', share: 'shared' });
    expect(allText(sharedAdded)).toContain(`Action: ${SHARED_TEXT}. Who: Head of year. By 7 March 2031.`);
    const privateForm = await lead.press(sharedAdded, 'Add an action');
    const privateAdded = await lead.press(privateForm, 'Add the action', { what: PRIVATE_TEXT, who: 'Deputy head', byWhen: '8/3/2031' });
    const decisionForm = await lead.press(privateAdded, 'Record the decision');
    const decided = await lead.press(decisionForm, 'Record the decision', { decision: 'passedToAllocatedSocialWorker', reason: PRIVATE_REASON });
    // The lead's review says which note the teacher sees: one.
    expect(allText(decided).match(/shared with the person who submitted the record/g)).toHaveLength(1);

    const mine = await teacher.send({ value: { event: 'submission.opened', reference } });
    const text = allText(mine);
    expect(text).toContain('In progress with your safeguarding lead');
    expect(text).toContain('Shared with you by your safeguarding lead:');
    expect(text).toContain(`Action: ${SHARED_TEXT}. Who: Head of year. By 7 March 2031.`);
    for (const unshared of [PRIVATE_TEXT, 'Deputy head', PRIVATE_REASON, 'Passed to the allocated social worker']) expect(text).not.toContain(unshared);
    expect(headings(mine)).not.toContain(REVIEW);
    // My submissions shows the status only.
    const list = allText(await teacher.say('my submissions'));
    expect(list).toContain('In progress with your safeguarding lead');
    expect(list).not.toContain(SHARED_TEXT);

    // Stored encrypted, marked shared on the one note; the sharing audited once, by reference only.
    const events = await side.recordEvents.listFor([reference]);
    expect(events.map((e) => [e.kind, e.details['shared'] ?? false])).toEqual([
      ['actionAdded', true],
      ['actionAdded', false],
      ['decided', false],
    ]);
    const audit = await side.audit.listBySubject(reference);
    expect(audit.filter((e) => e.action === 'record.noteShared')).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('Fictional');
  });
});
