import { outOfBoroughNotificationForm } from '../../dialogs/forms/outOfBoroughNotification.form';
import { openStored } from '../../dialogs/forms/storedSchema';
import { allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { CHECK, fillPages, inputValue, referenceIn, REFERENCE, storedInFile, type FormPages } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { typedDateYearsAgo } from '../support/typedDates';

/**
 * The out-of-borough notification, as a placing authority's social worker completes it: started
 * from a card (the social care summary's offer is in formOffers.transcript.test.ts), saved for later and carried on after a restart, Back with
 * the answers kept, an answer
 * changed from check-your-answers, submitted once with the 24-hour deadline that applies, and found
 * by its reference.
 */

jest.setTimeout(120_000);

const SUBMITTED = 'Notification of a looked-after child at risk of CSE placed out of borough submitted';
const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;

async function start(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  return c.send({ value: { event: 'flow.startRequested', flowId: outOfBoroughNotificationForm.id } });
}

const PAGES: FormPages = [
  ['Why you are sending this notification', { trigger: 'atRiskAfterPlacement' }],
  ['The child', { childName: CHILD_NAME, dateOfBirth: '27/3/2012' }],
  ['The authorities', { placingAuthority: 'Fictional Borough Council', hostBorough: 'another', hostAuthority: 'Imaginary County Council', responsibleMase: 'notYetAgreed' }],
  ['The placement', { placementDate: '1/9/2026', strategyMeetingAt: '4/12/2026', 'strategyMeetingAt.time': '9.30am', placementType: 'childrensHome' }],
  ['The MASE representative', { maseContacted: 'yes' }],
  ['The MASE representative you contacted', { maseName: 'Fictional Coordinator K', maseRole: 'cseCoordinator', maseEmail: 'mase@example.org' }],
  ['The risks to the child', { risks: 'Associates with adults of concern; three absences from the placement this term', localForceInformed: 'notKnown' }],
  ['Your details', { notifierName: 'Fictional Social Worker G', notifierPhone: '020 7946 0999' }],
];

describe('the out-of-borough notification (embedded store)', () => {
  const assistant = assistantForEachTest('embedded');

  it('is saved for later, carried on after a restart, changed from check-your-answers, submitted with its deadline and found by its reference', async () => {
    let c = chat(assistant.url);
    const first = await start(c);
    expect(headings(first)).toEqual([PAGES[0]?.[0]]);
    expect(allText(first)).toContain('within 24 hours of the child being placed');
    const placement = await fillPages(c, first, PAGES.slice(0, 3));
    expect(headings(placement)).toEqual(['The placement']);
    // Only the dates that apply: the placement date and the strategy meeting, not when the child was placed.
    expect(allText(placement)).toContain('Date and time of the strategy meeting');
    expect(allText(placement)).not.toContain('Date and time the child was placed');

    const mase = await c.press(placement, 'Continue', PAGES[3]?.[1]);
    await c.press(mase, 'Save for later', {});
    await assistant.restart();
    c = chat(assistant.url, c.conversationId);
    const drafts = await c.press(await c.say('menu'), 'Your saved drafts (1)');
    expect(allText(drafts)).toContain('Notification of a looked-after child');
    // The draft is told apart by the form's describing answer (the host authority), not by anything personal.
    expect(allText(drafts)).toContain('Host authority: Imaginary County Council');
    const resumed = await c.press(drafts, 'Resume');
    expect(headings(resumed)).toEqual(['The MASE representative']);
    const placementAgain = await c.press(resumed, 'Back');
    expect(inputValue(placementAgain, 'strategyMeetingAt')).toBe('2026-12-04');

    const check = await fillPages(c, placementAgain, PAGES.slice(3));
    expect(headings(check)).toEqual([CHECK]);
    for (const shown of ['The child became at risk after being placed', '1 September 2026', '4 December 2026, 09:30', 'CSE Coordinator', 'Not agreed yet', 'Before you submit']) expect(allText(check)).toContain(shown);

    const authorities = await c.press(check, /Change/, {});
    expect(headings(authorities)).toEqual(['Why you are sending this notification']);
    const back = await c.press(authorities, 'Save and go back', { trigger: 'atRiskAfterPlacement' });
    expect(headings(back)).toEqual([CHECK]);

    const done = await c.press(back, 'Submit');
    expect(headings(done)).toEqual([SUBMITTED]);
    const reference = referenceIn(done);
    expect(reference).toMatch(REFERENCE);
    expect(allText(done)).toContain('Notification due (24 hours from the strategy meeting): by 09:30 on 5 December 2026');
    expect(allText(done)).not.toContain('24 hours from the placement)');
    // A host the settings file does not name was not sent the notification: the social worker is told to send it.
    expect(allText(done)).toContain('The host authority is not one this assistant sends notifications to, so this notification has not reached it.');

    const { record, audit } = await storedInFile(assistant.dataFile, reference ?? '');
    expect(record?.kind).toBe('form.outOfBoroughNotification');
    expect(audit).toEqual(['form.submitted']);
    expect(openStored(outOfBoroughNotificationForm, record?.payload)?.answers).toMatchObject({
      trigger: 'atRiskAfterPlacement',
      childName: CHILD_NAME,
      hostBorough: 'another',
      hostAuthority: 'Imaginary County Council',
      placementDate: '2026-09-01',
      strategyMeetingAt: '2026-12-04T09:30',
      maseContacted: 'yes',
      maseRole: 'cseCoordinator',
      notifierPhone: '02079460999',
    });
  });

  it('refuses a child who is 18 today, keeps what was typed, and takes one who is 18 tomorrow', async () => {
    const c = chat(assistant.url);
    const child = await fillPages(c, await start(c), PAGES.slice(0, 1));
    const wrong = await c.press(child, 'Continue', { childName: CHILD_NAME, dateOfBirth: typedDateYearsAgo(18) });
    expect(headings(wrong)).toEqual(['The child']);
    expect(allText(wrong)).toContain("Child's date of birth must be for a child aged 0 to 17");
    expect(inputValue(wrong, 'childName')).toBe(CHILD_NAME);
    const fixed = await c.press(wrong, 'Continue', { childName: CHILD_NAME, dateOfBirth: typedDateYearsAgo(18, 1) });
    expect(headings(fixed)).toEqual(['The authorities']);
  });
});
