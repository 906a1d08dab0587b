import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { keepAsked } from '../../../dialogs/forms/conditions';
import { deadlineLines } from '../../../dialogs/forms/deadlines';
import { defineForm } from '../../../dialogs/forms/defineForm';
import { openStored } from '../../../dialogs/forms/storedSchema';
import { outOfBoroughNotificationForm as form } from '../../../dialogs/forms/outOfBoroughNotification.form';
import { postPage } from '../../support/formPage';
import { documentTables, formPageTables, type AcceptedRow, type RefusedRow } from '../../support/formTables';
import { strictT } from '../../support/i18n';
import { FICTIONAL_CHILD } from '../../support/personalTestValues';

/** The out-of-borough notification: every question's boundaries and refusals with their exact messages, and the 24-hour deadline that applies. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const WHEN_PLACED = { trigger: 'atRiskWhenPlaced' };
const AFTER = { trigger: 'atRiskAfterPlacement' };
const AUTHORITIES = { placingAuthority: 'Fictional Borough Council', hostBorough: 'another', hostAuthority: 'Imaginary County Council', responsibleMase: 'host' };
const CONTACTED = { maseContacted: 'yes' };
const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;

const ACCEPTED: AcceptedRow[] = [

  ['notification', { trigger: 'atRiskWhenPlaced' }, {}, { trigger: 'atRiskWhenPlaced' }],
  ['child', { childName: CHILD_NAME, dateOfBirth: '5/12/08' }, {}, { childName: CHILD_NAME, dateOfBirth: '2008-12-05' }],
  ['child', { childName: CHILD_NAME, dateOfBirth: '4/12/2026' }, {}, { childName: CHILD_NAME, dateOfBirth: '2026-12-04' }],
  ['authorities', AUTHORITIES, {}, AUTHORITIES],
  ['placement', { placedAt: '3/12/2026', 'placedAt.time': '16:00', discussedBeforePlacement: 'yes', placementPostcode: 'zz1a1zz' }, WHEN_PLACED, { placedAt: '2026-12-03T16:00', discussedBeforePlacement: 'yes', placementPostcode: 'ZZ1A 1ZZ' }],
  ['placement', { placementDate: '1/9/2026', strategyMeetingAt: '2026-12-04', 'strategyMeetingAt.time': '10:00', placementType: 'fosterCare' }, AFTER, { placementDate: '2026-09-01', strategyMeetingAt: '2026-12-04T10:00', placementType: 'fosterCare' }],
  ['mase', { maseContacted: 'yes' }, {}, { maseContacted: 'yes' }],
  ['mase', { maseContacted: 'no', maseNotContactedReason: 'Not yet identified' }, {}, { maseContacted: 'no', maseNotContactedReason: 'Not yet identified' }],
  ['maseContact', { maseName: 'Fictional Chair E', maseRole: 'maseChair', maseEmail: 'mase@example.org', masePhone: '01632 960 001' }, CONTACTED, { maseName: 'Fictional Chair E', maseRole: 'maseChair', maseEmail: 'mase@example.org', masePhone: '01632960001' }],
  ['maseContact', { maseName: 'Fictional Officer F', maseRole: 'other', maseRoleOther: 'Exploitation lead' }, CONTACTED, { maseName: 'Fictional Officer F', maseRole: 'other', maseRoleOther: 'Exploitation lead' }],
  ['risks', { risks: 'Missing three times; seen with older men', localForceInformed: 'notKnown', triggerPlan: 'notYet' }, {}, { risks: 'Missing three times; seen with older men', localForceInformed: 'notKnown', triggerPlan: 'notYet' }],
  ['notifier', { notifierName: 'Fictional Social Worker G', notifierPhone: '020 7946 0999' }, {}, { notifierName: 'Fictional Social Worker G', notifierPhone: '02079460999' }],
];

const REFUSED: RefusedRow[] = [

  ['notification', {}, {}, { trigger: 'Select when the child became at risk of CSE' }],
  ['child', {}, {}, { childName: "Enter the child's full name", dateOfBirth: "Enter the child's date of birth" }],
  ['child', { childName: CHILD_NAME, dateOfBirth: '5/12/2026' }, {}, { dateOfBirth: "Child's date of birth must be in the past" }],
  ['child', { childName: CHILD_NAME, dateOfBirth: '4/12/2008' }, {}, { dateOfBirth: "Child's date of birth must be for a child aged 0 to 17" }],
  ['child', { childName: CHILD_NAME, dateOfBirth: FICTIONAL_CHILD.dateOfBirth }, {}, { dateOfBirth: "Child's date of birth must be a real date" }],
  ['authorities', {}, {}, { placingAuthority: 'Enter the placing authority', hostBorough: 'Select the host borough', responsibleMase: 'Select which MASE will discuss the risk to the child' }],
  ['authorities', { placingAuthority: 'Fictional Borough Council', hostBorough: 'another', responsibleMase: 'host' }, {}, { hostAuthority: 'Enter the host authority' }],
  // Placed before the child was born: a slip in one of the two dates.
  ['placement', { placedAt: '3/12/2026', 'placedAt.time': '16:00', discussedBeforePlacement: 'yes' }, { ...WHEN_PLACED, dateOfBirth: '2026-12-04' }, { placedAt: "Date and time the child was placed must not be before the child's date of birth: check both" }],
  ['placement', {}, WHEN_PLACED, { placedAt: 'Enter when the child was placed', discussedBeforePlacement: "Select whether the two authorities discussed the child's risks before the placement" }],
  ['placement', {}, AFTER, { placementDate: 'Enter the date the child was placed', strategyMeetingAt: 'Enter when the strategy meeting was held' }],
  ['placement', { placedAt: '4/12/2026', 'placedAt.time': '12:30', discussedBeforePlacement: 'yes' }, WHEN_PLACED, { placedAt: 'Date and time the child was placed: the time is later than now. Check the time' }],
  ['placement', { placedAt: '4/12/2026', discussedBeforePlacement: 'yes' }, WHEN_PLACED, { placedAt: 'Date and time the child was placed must include a time' }],
  ['placement', { placedAt: '4/12/2026', 'placedAt.time': '10:00', discussedBeforePlacement: 'maybe' }, WHEN_PLACED, { discussedBeforePlacement: "Select whether the two authorities discussed the child's risks before the placement" }],
  ['placement', { placementDate: '5/12/2026', strategyMeetingAt: '5/12/2026', 'strategyMeetingAt.time': '09:00' }, AFTER, { placementDate: 'Date the child was placed must be today or in the past', strategyMeetingAt: 'Date and time of the strategy meeting must be today or in the past' }],
  ['placement', { placementDate: '1/9/2026', strategyMeetingAt: '4/12/2026', 'strategyMeetingAt.time': '10:00', placementType: 'hotel', placementPostcode: 'SW1A' }, AFTER, { placementType: 'Type of placement must be one of the choices given', placementPostcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
  ['mase', {}, {}, { maseContacted: 'Select whether you have contacted the MASE representative' }],
  ['maseContact', {}, CONTACTED, { maseName: "Enter the MASE representative's full name", maseRole: "Select the MASE representative's role" }],
  ['maseContact', { maseName: 'Fictional Chair E', maseRole: 'other' }, CONTACTED, { maseRoleOther: "Enter the name of the MASE representative's role" }],
  ['maseContact', { maseName: 'Fictional Chair E', maseRole: 'maseChair', maseEmail: 'mase.example.org', masePhone: '+1 202 555 0100' }, CONTACTED, { maseEmail: 'Enter an email address in the correct format, like name@example.com', masePhone: 'Enter a phone number, like 01632 960 001' }],
  ['maseContact', { maseName: 'Fictional Chair E', maseRole: 'maseChair', maseContactedAt: '4/12/2026', 'maseContactedAt.time': '2pm' }, CONTACTED, { maseContactedAt: 'Date and time you contacted them: the time is later than now. Check the time' }],
  ['risks', {}, {}, { risks: "Enter the child's CSE risks" }],
  ['risks', { risks: 'Known risks', triggerPlan: 'maybe' }, {}, { triggerPlan: 'Trigger plan must be one of the choices given' }],
  ['notifier', {}, {}, { notifierName: 'Enter your full name', notifierPhone: 'Enter your phone number' }],
];

formPageTables(form, { accepted: ACCEPTED, refused: REFUSED });

describe('what is asked follows the answers', () => {
  it('a child at risk when placed is asked when they were placed and whether the risks were discussed first, not about a strategy meeting', () => {
    const posted = { placedAt: '3/12/2026', 'placedAt.time': '16:00', placementDate: '1/9/2026', strategyMeetingAt: '4/12/2026', 'strategyMeetingAt.time': '10:00', discussedBeforePlacement: 'no', notDiscussedReason: 'Emergency placement at night' };
    expect(postPage(form, 'placement', posted, t, WHEN_PLACED)).toEqual({ answers: { placedAt: '2026-12-03T16:00', discussedBeforePlacement: 'no', notDiscussedReason: 'Emergency placement at night' } });
    expect(postPage(form, 'placement', posted, t, AFTER)).toEqual({ answers: { placementDate: '2026-09-01', strategyMeetingAt: '2026-12-04T10:00' } });
  });

  it('the MASE representative’s details are dropped when they have not been contacted, and the reason kept', () => {
    const answers = { maseContacted: 'yes', maseName: 'Fictional Chair E', maseRole: 'maseChair', maseNotContactedReason: 'left over' };
    expect(keepAsked(form, answers)).toEqual({ maseContacted: 'yes', maseName: 'Fictional Chair E', maseRole: 'maseChair' });
    expect(keepAsked(form, { ...answers, maseContacted: 'no', maseNotContactedReason: 'Not yet identified' })).toEqual({ maseContacted: 'no', maseNotContactedReason: 'Not yet identified' });
  });

  it('changing why the notification is sent drops the dates that no longer apply', () => {
    const answers = { ...AFTER, placementDate: '2026-09-01', strategyMeetingAt: '2026-12-04T10:00' };
    expect(keepAsked(form, { ...answers, trigger: 'atRiskWhenPlaced' })).toEqual({ trigger: 'atRiskWhenPlaced' });
  });
});

describe('the 24-hour deadline', () => {
  const lines = (answers: Record<string, string>) => deadlineLines(form, keepAsked(form, answers)).map((line) => say(t, line));

  it('runs from the placement when the child was at risk when placed', () => {
    expect(lines({ ...WHEN_PLACED, placedAt: '2026-12-03T16:00' })).toEqual(['Notification due (24 hours from the placement): by 16:00 on 4 December 2026']);
  });

  it('runs from the strategy meeting when the child became at risk after being placed, whenever the placement was', () => {
    expect(lines({ ...AFTER, placementDate: '2026-09-01', strategyMeetingAt: '2026-12-04T10:00' })).toEqual(['Notification due (24 hours from the strategy meeting): by 10:00 on 5 December 2026']);
  });

  it('crosses a month and a year end', () => {
    expect(lines({ ...WHEN_PLACED, placedAt: '2026-12-31T23:30' })).toEqual(['Notification due (24 hours from the placement): by 23:30 on 1 January 2027']);
  });

  it('is named but not worked out while the date it runs from is missing (a draft)', () => {
    expect(lines({ ...AFTER })).toEqual(['Notification due (24 hours from the strategy meeting): cannot be worked out, because the date it runs from was not given']);
  });
});

describe('the document every export is drawn from', () => {
  it('a notification sent within 24 hours of a placement, in words, with its deadline', () => {
    const answers = {
      ...WHEN_PLACED,
      childName: CHILD_NAME,
      dateOfBirth: '2012-03-27',
      ...AUTHORITIES,
      placedAt: '2026-12-03T16:00',
      placementType: 'childrensHome',
      discussedBeforePlacement: 'yes',
      maseContacted: 'yes',
      maseName: 'Fictional Chair E',
      maseRole: 'cseCoordinator',
      risks: 'Missing three times since September; seen with older men near a fictional station',
      localForceInformed: 'yes',
      triggerPlan: 'completed',
      notifierName: 'Fictional Social Worker G',
      notifierPhone: '02079460999',
    };
    const document = documentTables(form, answers, { reference: 'CSE-4HNR-8TWE', submittedAt: new Date('2026-12-04T09:15:00Z') }, t);
    const n = 'Not answered';
    expect(document).toEqual({
      exportVersion: 1,
      formId: 'form.outOfBoroughNotification',
      formVersion: 1,
      title: 'Notification of a looked-after child at risk of CSE placed out of borough',
      reference: 'CSE-4HNR-8TWE',
      submittedAt: '4 December 2026, 09:15',
      sections: [
        ['Why you are sending this notification', 1, [['When did the child become at risk of CSE?', 'The child was known to be at risk when placed']]],
        ['The child', 1, [["Child's full name", CHILD_NAME], ["Child's date of birth", '27 March 2012']]],
        [
          'The authorities',
          1,
          [
            ['Placing authority', 'Fictional Borough Council'],
            ['Host borough', 'Another local authority'],
            ['Host authority', 'Imaginary County Council'],
            ['Which MASE will discuss the risk to the child?', "The host authority's MASE"],
          ],
        ],
        [
          'The placement',
          1,
          [
            ['Date and time the child was placed', '3 December 2026, 16:00'],
            ['Type of placement', "Children's home"],
            ['Placement address', n],
            ['Placement postcode', n],
            ["Did the two authorities discuss the child's risks before the placement?", 'Yes'],
          ],
        ],
        ['The MASE representative', 1, [["Have you contacted the host authority's MASE representative?", 'Yes']]],
        [
          'The MASE representative you contacted',
          1,
          [
            ['Their full name', 'Fictional Chair E'],
            ['Their role', 'CSE Coordinator'],
            ['Date and time you contacted them', n],
            ['Their email address', n],
            ['Their phone number', n],
          ],
        ],
        [
          'The risks to the child',
          1,
          [
            ["The child's CSE risks", 'Missing three times since September; seen with older men near a fictional station'],
            ['Local intelligence from the host authority', n],
            ['Have the police told the local force about the child?', 'Yes'],
            ['Trigger plan', 'Completed'],
          ],
        ],
        [
          'Your details',
          1,
          [
            ['Your full name', 'Fictional Social Worker G'],
            ['Your role', n],
            ['Your phone number', '020 7946 0999'],
            ['Your email address', n],
          ],
        ],
      ],
      notes: [
        'Notification due (24 hours from the placement): by 16:00 on 4 December 2026',
        'Send this notification to the host authority and the MASE representative now if you have not already: it must reach them within 24 hours. The placing authority keeps the lead for the child and for MASE referrals, and agrees shared activity with the host authority’s MASE.',
      ],
      source: 'Source: London Child Sexual Exploitation Operating Protocol (2017), Section 7: Notification of LACs at risk of CSE placed out of borough',
    });
  });
});

describe('the host borough is chosen from the boroughs the settings file names', () => {
  const LISTS = { boroughs: ['Fizzlewick', 'Wobblebury'] };
  const WITH = { placingAuthority: 'Fictional Borough Council', responsibleMase: 'host' };
  const input = (id: string) => (view: ReturnType<typeof formView>) => view.inputs?.find((i) => i.kind === 'field' && i.id === id);
  const formView = (answers: Record<string, string>, lists?: typeof LISTS) =>
    defineForm(form).view({ value: 'editingPage', context: { page: 'authorities', answers, returnToCheck: false, submitFailed: false } }, { contacts: {}, ...(lists === undefined ? {} : { lists }) });

  it('offers the listed boroughs by name, then "Another local authority", with the box for its name beside', () => {
    const view = formView({}, LISTS);
    const host = input('hostBorough')(view);
    expect(host?.kind === 'field' && host.control.type === 'choice' ? host.control.choices.map((c) => say(t, c.label)) : undefined).toEqual(['Fizzlewick', 'Wobblebury', 'Another local authority']);
    expect(input('hostAuthority')(view)).toBeDefined();
  });

  it('offers only "Another local authority" when the deployment names no borough', () => {
    const host = input('hostBorough')(formView({}));
    expect(host?.kind === 'field' && host.control.type === 'choice' ? host.control.choices.map((c) => c.value) : undefined).toEqual(['another']);
  });

  it.each([
    [{ hostBorough: 'Wobblebury' }, { hostBorough: 'Wobblebury' }],
    // The name box is not asked when a listed borough is chosen: the borough's name is the answer.
    [{ hostBorough: 'Fizzlewick' }, { hostBorough: 'Fizzlewick' }],
    [{ hostBorough: 'another', hostAuthority: 'Imaginary County Council' }, { hostBorough: 'another', hostAuthority: 'Imaginary County Council' }],
  ])('takes %j', (posted, stored) => {
    expect(postPage(form, 'authorities', { ...WITH, ...posted }, t, {}, LISTS)).toEqual({ answers: { ...WITH, ...stored } });
  });

  it('queries a name typed beside a listed borough, naming the borough', () => {
    expect(postPage(form, 'authorities', { ...WITH, hostBorough: 'Fizzlewick', hostAuthority: 'left over' }, t, {}, LISTS)).toEqual({ errors: { hostAuthority: expect.stringContaining('You answered “Fizzlewick”') } });
  });

  it.each([
    [{ hostBorough: 'Quirkfield' }, { hostBorough: 'Host borough must be one of the choices given' }],
    [{ hostBorough: 'fizzlewick' }, { hostBorough: 'Host borough must be one of the choices given' }],
    [{ hostBorough: 'another' }, { hostAuthority: 'Enter the host authority' }],
    [{}, { hostBorough: 'Select the host borough' }],
  ])('refuses %j with the message beside the question', (posted, errors) => {
    expect(postPage(form, 'authorities', { ...WITH, ...posted }, t, {}, LISTS)).toEqual({ errors });
  });

  it('shows a borough by its name and another authority in words, in check-your-answers and the document', () => {
    const answers = { trigger: 'atRiskWhenPlaced', hostBorough: 'Wobblebury' };
    const document = documentTables(form, answers, { reference: 'CSE-4HNR-8TWE', submittedAt: new Date('2026-12-04T09:15:00Z') }, t);
    expect(JSON.stringify(document)).toContain('["Host borough","Wobblebury"]');
  });

  it('a record stored before the borough was asked opens with its typed host authority, as another local authority', () => {
    const old = { formId: form.id, formVersion: 1, schemaVersion: 1, answers: { trigger: 'atRiskWhenPlaced', hostAuthority: 'Imaginary County Council' } };
    expect(openStored(form, old)?.answers).toEqual({ trigger: 'atRiskWhenPlaced', hostBorough: 'another', hostAuthority: 'Imaginary County Council' });
  });

  it('a form in progress before the borough was asked keeps its typed host authority in the name box, and asks the borough before it can be submitted', async () => {
    const flow = defineForm(form);
    const journey = { value: 'editingPage', context: { page: 'authorities', answers: { trigger: 'atRiskWhenPlaced', placingAuthority: 'Fictional Borough Council', hostAuthority: 'Imaginary County Council' }, returnToCheck: false, submitFailed: false } };
    expect(flow.restore(journey)).toBeDefined();
    const view = flow.view(journey, { contacts: {}, lists: LISTS });
    const box = input('hostAuthority')(view);
    expect(box?.kind === 'field' ? box.value : undefined).toBe('Imaginary County Council');
    const posted = { placingAuthority: 'Fictional Borough Council', hostBorough: '', hostAuthority: 'Imaginary County Council', responsibleMase: 'host' };
    const refused = await flow.step(journey, { type: 'form.page', value: 'continue', inputs: posted }, { now: new Date('2026-12-04T10:00:00Z'), facts: { contacts: {}, lists: LISTS } });
    expect(refused).toMatchObject({ ok: false, reason: 'invalidInput', errors: { hostBorough: 'invalid' } });
    const taken = await flow.step(journey, { type: 'form.page', value: 'continue', inputs: { ...posted, hostBorough: 'another' } }, { now: new Date('2026-12-04T10:00:00Z'), facts: { contacts: {}, lists: LISTS } });
    expect(taken.ok && taken.journey.context.answers).toMatchObject({ hostBorough: 'another', hostAuthority: 'Imaginary County Council' });
  });

  it('the confirmation tells the social worker to send it themselves when the host is not a listed borough, and not otherwise', () => {
    const lines = (answers: Record<string, string>) =>
      (defineForm(form).view({ value: 'submitted', context: { page: 'notifier', answers, returnToCheck: false, submitFailed: false, reference: 'CSE-4HNR-8TWE' } }, { contacts: {}, lists: LISTS }).steps ?? []).map((ref) => say(t, ref));
    const notReached = 'The host authority is not one this assistant sends notifications to, so this notification has not reached it. Section 7 still requires you to send the notification to the host authority and its MASE representative yourself, within 24 hours.';
    expect(lines({ hostBorough: 'another', hostAuthority: 'Imaginary County Council' })).toContain(notReached);
    expect(lines({ hostBorough: 'Wobblebury' })).not.toContain(notReached);
  });
});
