import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { keepAsked, pagesAsked, pagesMayBeAsked } from '../../../dialogs/forms/conditions';
import { deadlineLines } from '../../../dialogs/forms/deadlines';
import { documentOf } from '../../../dialogs/forms/documentOf';
import { qualityPrompts } from '../../../dialogs/forms/quality';
import { formExporter } from '../../../dialogs/forms/exporters';
import { storedPayloadSchema } from '../../../dialogs/forms/storedSchema';
import type { PersistedJourney } from '../../../dialogs/flow';
import { FORM_FLOWS } from '../../../dialogs/forms';
import { returnHomeInterviewForm as form } from '../../../dialogs/forms/returnHomeInterview.form';
import { postPage } from '../../support/formPage';
import { formPageTables, type AcceptedRow, type RefusedRow } from '../../support/formTables';
import { strictT } from '../../support/i18n';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../../support/personalTestValues';

/** The independent return home interview record: every question's boundaries and refusals with their exact messages, and the 72-hour deadline. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const HELD = { interviewOutcome: 'held' };
const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;
const INTERVIEW = { interviewedAt: '4/12/2026', 'interviewedAt.time': '10:00', interviewerName: 'Fictional Youth Worker H', interviewerRole: 'youthWorker', independent: 'yes' };
const HARM = { harm: 'no', medicalAttention: 'no', cseRisk: 'notSure' };

const ACCEPTED: AcceptedRow[] = [

  ['child', { childName: CHILD_NAME, livingSituation: 'atHome' }, {}, { childName: CHILD_NAME, livingSituation: 'atHome' }],
  ['child', { childName: CHILD_NAME, dateOfBirth: '27/3/12', livingSituation: 'lookedAfter', placingAuthority: 'Fictional Borough Council' }, {}, { childName: CHILD_NAME, dateOfBirth: '2012-03-27', livingSituation: 'lookedAfter', placingAuthority: 'Fictional Borough Council' }],
  ['episode', { missingFrom: '30/11/2026', 'missingFrom.time': '18:00', locatedAt: '2/12/26', 'locatedAt.time': '7am', howBack: 'located', preventionInterview: 'done' }, {}, { missingFrom: '2026-11-30T18:00', locatedAt: '2026-12-02T07:00', howBack: 'located', preventionInterview: 'done' }],
  ['episode', { locatedAt: '2/12/2026', 'locatedAt.time': '07:00' }, { interviewedAt: '2026-12-02T07:00' }, { locatedAt: '2026-12-02T07:00' }],
  ['interview', HELD, {}, HELD],
  ['interviewer', INTERVIEW, HELD, { interviewedAt: '2026-12-04T10:00', interviewerName: 'Fictional Youth Worker H', interviewerRole: 'youthWorker', independent: 'yes' }],
  // Exactly 72 hours is in time: no reason asked (one given is queried: see below).
  ['interviewer', INTERVIEW, { ...HELD, locatedAt: '2026-12-01T10:00' }, { interviewedAt: '2026-12-04T10:00', interviewerName: 'Fictional Youth Worker H', interviewerRole: 'youthWorker', independent: 'yes' }],
  ['interviewer', { ...INTERVIEW, lateReason: 'The child was in hospital until the 3rd' }, { ...HELD, locatedAt: '2026-12-01T09:59' }, { interviewedAt: '2026-12-04T10:00', lateReason: 'The child was in hospital until the 3rd', interviewerName: 'Fictional Youth Worker H', interviewerRole: 'youthWorker', independent: 'yes' }],
  ['interview', { interviewOutcome: 'declined', notHeldReason: 'The child said no, twice; offered again for Friday' }, {}, { interviewOutcome: 'declined', notHeldReason: 'The child said no, twice; offered again for Friday' }],
  ['whereabouts', { whereWas: 'A flat near a fictional station', withWhom: FICTIONAL_ADULT.name }, HELD, { whereWas: 'A flat near a fictional station', withWhom: FICTIONAL_ADULT.name }],
  ['harm', { harm: 'yes', harmDetails: 'Bruised wrist', medicalAttention: 'notSure', cseRisk: 'yes' }, HELD, { harm: 'yes', harmDetails: 'Bruised wrist', medicalAttention: 'notSure', cseRisk: 'yes' }],
  // After "Not sure" the harm may not be known: what is known or suspected is asked, and may be left empty (the fourth exploratory test).
  ['harm', { ...HARM, harm: 'notSure' }, HELD, { ...HARM, harm: 'notSure' }],
  ['harm', { ...HARM, harm: 'notSure', harmDetails: 'Suspected: came back with a new phone and will not say who gave it' }, HELD, { ...HARM, harm: 'notSure', harmDetails: 'Suspected: came back with a new phone and will not say who gave it' }],
  ['actions', { actions: 'Safety plan; GP appointment booked' }, {}, { actions: 'Safety plan; GP appointment booked' }],
  ['sharing', { sharedWith: 'police,mash', sharedAt: '4/12/2026', 'sharedAt.time': '11:30' }, {}, { sharedWith: ['police', 'mash'], sharedAt: '2026-12-04T11:30' }],
  ['sharing', { sharedWith: 'notYet' }, {}, { sharedWith: ['notYet'] }],
  ['recorder', { recorderName: 'Fictional Youth Worker H', recorderEmail: 'worker@example.org' }, {}, { recorderName: 'Fictional Youth Worker H', recorderEmail: 'worker@example.org' }],
];

const REFUSED: RefusedRow[] = [

  ['child', {}, {}, { childName: "Enter the child's full name", livingSituation: 'Select where the child lives' }],
  ['child', { childName: CHILD_NAME, livingSituation: 'atHome', dateOfBirth: '5/12/2026' }, {}, { dateOfBirth: "Child's date of birth must be in the past" }],
  ['child', { childName: CHILD_NAME, livingSituation: 'atHome', dateOfBirth: '1/12/2008' }, {}, { dateOfBirth: "Child's date of birth must be for a child aged 0 to 17" }],
  ['child', { childName: CHILD_NAME, livingSituation: 'atHome', dateOfBirth: FICTIONAL_CHILD.dateOfBirth }, {}, { dateOfBirth: "Child's date of birth must be a real date" }],
  ['child', { childName: CHILD_NAME, livingSituation: 'inCare' }, {}, { livingSituation: 'Where the child lives must be one of the choices given' }],
  ['episode', {}, {}, { locatedAt: 'Enter when the child was found or came back' }],
  ['episode', { locatedAt: '4/12/2026', 'locatedAt.time': '12:05' }, {}, { locatedAt: 'Date and time the child was found or came back: the time is later than now. Check the time' }],
  ['episode', { locatedAt: '4/12/2026' }, {}, { locatedAt: 'Date and time the child was found or came back must include a time' }],
  ['episode', { locatedAt: '2/12/2026', 'locatedAt.time': '07:00', missingFrom: '30/11/2026', 'missingFrom.time': '24:30' }, {}, { missingFrom: 'Date and time the child went missing must be a real time, like 14:30 or 2.30pm' }],
  // Found before going missing, or interviewed before being found, is a slip to check (the second exploratory test).
  ['episode', { missingFrom: '3/12/2026', 'missingFrom.time': '08:00', locatedAt: '2/12/2026', 'locatedAt.time': '07:00' }, {}, { locatedAt: 'Date and time the child was found or came back must not be before when the child went missing: check both' }],
  // A return changed from check-your-answers to after the interview already recorded: refused where it is changed.
  ['episode', { locatedAt: '2/12/2026', 'locatedAt.time': '07:00' }, { interviewedAt: '2026-12-02T06:59' }, { locatedAt: 'Date and time the child was found or came back must not be after when the interview took place: check both' }],
  ['episode', { missingFrom: '1/12/2026', 'missingFrom.time': '08:00', locatedAt: '2/12/2026', 'locatedAt.time': '07:00' }, { interviewedAt: '2026-12-01T10:00' }, { locatedAt: 'Date and time the child was found or came back must not be after when the interview took place: check both' }],
  ['interview', {}, {}, { interviewOutcome: 'Select whether the interview took place' }],
  ['interview', { interviewOutcome: 'declined' }, {}, { notHeldReason: 'Enter why the interview did not take place' }],
  ['interviewer', {}, HELD, { interviewedAt: 'Enter when the interview took place', interviewerName: "Enter the interviewer's full name", interviewerRole: "Select the interviewer's role", independent: 'Select whether the interviewer was independent' }],
  ['interviewer', { ...INTERVIEW, interviewedAt: '5/12/2026' }, HELD, { interviewedAt: 'Date and time of the interview must be today or in the past' }],
  ['interviewer', { ...INTERVIEW, interviewedAt: '1/12/2026' }, { ...HELD, locatedAt: '2026-12-02T07:00' }, { interviewedAt: 'Date and time of the interview must not be before when the child was found or came back: check both' }],
  ['interviewer', { ...INTERVIEW, interviewerRole: 'other' }, HELD, { interviewerRoleOther: "Enter the name of the interviewer's role" }],
  // An interview after the 72 hours asks why (Section 9; the third exploratory test found lateness never flagged).
  ['interviewer', INTERVIEW, { ...HELD, locatedAt: '2026-12-01T09:59' }, { lateReason: 'Enter why the interview was more than 72 hours after the child was found or came back' }],
  ['interviewer', { ...INTERVIEW, interviewerRole: 'parent' }, HELD, { interviewerRole: "Interviewer's role must be one of the choices given" }],
  ['interviewer', { ...INTERVIEW, childAskedWho: 'perhaps' }, HELD, { childAskedWho: 'Select whether the child was asked who they wanted to speak to' }],
  ['harm', {}, HELD, { harm: 'Select whether the child came to harm', medicalAttention: 'Select whether the child needs medical attention', cseRisk: 'Select whether anything suggests a risk of CSE' }],
  ['harm', { ...HARM, harm: 'yes' }, HELD, { harmDetails: 'Enter what harm the child came to' }],
  ['actions', {}, {}, { actions: 'Enter the actions agreed' }],
  ['sharing', {}, {}, { sharedWith: 'Select who it has been shared with' }],
  ['sharing', { sharedWith: 'police,newspaper' }, {}, { sharedWith: 'Who it has been shared with must be one of the choices given' }],
  ['sharing', { sharedWith: 'police,other' }, {}, { sharedWithOther: 'Enter who else it has been shared with' }],
  // "Not shared yet" beside a sharing says two things at once (the fifth exploratory test: check-your-answers showed both).
  ['sharing', { sharedWith: 'police,notYet' }, {}, { sharedWith: 'Who it has been shared with: “Not shared yet” cannot be ticked with another answer. Untick one' }],
  ['sharing', { sharedWith: 'police', sharedAt: '4/12/2026', 'sharedAt.time': '23:00' }, {}, { sharedAt: 'Date and time it was shared: the time is later than now. Check the time' }],
  ['recorder', {}, {}, { recorderName: 'Enter your full name' }],
  ['recorder', { recorderName: 'Fictional Youth Worker H', recorderPhone: '0163296', recorderEmail: '@example.org' }, {}, { recorderPhone: 'Enter a phone number, like 01632 960 001', recorderEmail: 'Enter an email address in the correct format, like name@example.com' }],
];

formPageTables(form, { accepted: ACCEPTED, refused: REFUSED });

describe('what is asked follows the answers', () => {
  it('a declined interview is recorded with its reason; where the child was and harm are not asked', () => {
    expect(pagesAsked(form, { interviewOutcome: 'declined' }).map((p) => p.id)).toEqual(['child', 'episode', 'interview', 'actions', 'sharing', 'recorder']);
    expect(postPage(form, 'interview', { interviewOutcome: 'declined', notHeldReason: 'The child said no', interviewerName: 'Fictional Youth Worker H' }, t)).toEqual({
      answers: { interviewOutcome: 'declined', notHeldReason: 'The child said no' },
    });
  });

  it('counts the interview\'s pages until it is said not to have taken place, so "Page n of m" shrinks rather than jumps up', () => {
    const ids = (answers: Record<string, string>, from: string) => pagesMayBeAsked(form, answers, from).map((p) => p.id);
    expect(ids({}, 'child')).toHaveLength(9);
    expect(ids({ interviewOutcome: 'declined' }, 'actions')).toEqual(['child', 'episode', 'interview', 'actions', 'sharing', 'recorder']);
    // A question on a page already passed is decided, answered or not.
    expect(ids({}, 'actions')).toEqual(['child', 'episode', 'interview', 'actions', 'sharing', 'recorder']);
  });

  it('the placing authority is asked only for a looked-after child', () => {
    expect(postPage(form, 'child', { childName: CHILD_NAME, livingSituation: 'atHome', placingAuthority: 'Fictional Borough Council' }, t)).toEqual({
      errors: { placingAuthority: 'You answered “At home” to “Where the child lives” but also filled in “Placing authority”, which is only for “Looked after (in care)”: change that answer, or clear this box.' },
    });
    expect(postPage(form, 'child', { childName: CHILD_NAME, livingSituation: 'atHome' }, t)).toEqual({ answers: { childName: CHILD_NAME, livingSituation: 'atHome' } });
  });

  it('offers the placing authority among who it was shared with unless the child lives at home, and drops it once the child is recorded as at home', () => {
    const shared = { sharedWith: 'police,placingAuthority' };
    for (const livingSituation of ['lookedAfter', 'notKnown']) expect(postPage(form, 'sharing', shared, t, { livingSituation })).toEqual({ answers: { sharedWith: ['police', 'placingAuthority'] } });
    expect(postPage(form, 'sharing', shared, t, { livingSituation: 'atHome' })).toEqual({ errors: { sharedWith: 'Who it has been shared with must be one of the choices given' } });
    const answers = { childName: CHILD_NAME, livingSituation: 'lookedAfter', interviewOutcome: 'declined', notHeldReason: 'The child said no', actions: 'Safety plan' };
    expect(keepAsked(form, { ...answers, livingSituation: 'atHome', sharedWith: ['police', 'placingAuthority'] }, true)).toMatchObject({ sharedWith: ['police'] });
    // A submission's document shows what was submitted, as it was.
    expect(keepAsked(form, { ...answers, livingSituation: 'atHome', sharedWith: ['police', 'placingAuthority'] })).toMatchObject({ sharedWith: ['police', 'placingAuthority'] });
    expect(keepAsked(form, { ...answers, livingSituation: 'atHome', sharedWith: ['placingAuthority'] }, true)).not.toHaveProperty('sharedWith');
    expect(keepAsked(form, { ...answers, sharedWith: ['police', 'placingAuthority'] })).toMatchObject({ sharedWith: ['police', 'placingAuthority'] });
  });

  it('queries a reason for lateness given for an interview in time, naming when it took place', () => {
    expect(postPage(form, 'interviewer', { ...INTERVIEW, lateReason: 'left from before' }, t, { ...HELD, locatedAt: '2026-12-01T10:00' })).toEqual({
      errors: { lateReason: expect.stringContaining('You answered “4 December 2026') },
    });
  });

  it('no harm details are taken when there was no harm: given, they are queried', () => {
    expect(postPage(form, 'harm', { ...HARM, harmDetails: 'left over' }, t, HELD)).toEqual({ errors: { harmDetails: expect.any(String) } });
    expect(postPage(form, 'harm', HARM, t, HELD)).toEqual({ answers: HARM });
  });

  it('changing a held interview to declined drops what the interview recorded', () => {
    const answers = { childName: CHILD_NAME, livingSituation: 'atHome', locatedAt: '2026-12-02T07:00', interviewOutcome: 'held', interviewerName: 'Fictional Youth Worker H', whereWas: 'A flat', harm: 'no', actions: 'Safety plan' };
    expect(keepAsked(form, { ...answers, interviewOutcome: 'declined', notHeldReason: 'The child said no' })).toEqual({
      childName: CHILD_NAME,
      livingSituation: 'atHome',
      locatedAt: '2026-12-02T07:00',
      interviewOutcome: 'declined',
      notHeldReason: 'The child said no',
      actions: 'Safety plan',
    });
  });
});

describe('a date changed from check-your-answers', () => {
  const flow = FORM_FLOWS.find((f) => f.id === form.id);
  if (flow === undefined) throw new Error('no return home interview flow');
  const effects = { now: new Date('2026-12-04T12:00:00Z') };
  const answers = {
    childName: CHILD_NAME, livingSituation: 'atHome', missingFrom: '2026-11-30T18:00', locatedAt: '2026-12-02T07:00', howBack: 'located',
    interviewOutcome: 'held', interviewedAt: '2026-12-03T10:00', interviewerName: 'Fictional Youth Worker H', interviewerRole: 'youthWorker', independent: 'yes',
  };
  const atCheck: PersistedJourney = { value: 'checkingAnswers', context: { page: 'recorder', answers, returnToCheck: false, submitFailed: false } };

  it('cannot move the return after the interview already recorded: the problem is beside the date changed, and the answers stay', async () => {
    const opened = await flow.step(atCheck, { type: 'form.change', value: 'locatedAt' }, effects);
    expect(opened).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { page: 'episode' } } });
    if (!opened.ok) return;
    const page = { missingFrom: '30/11/2026', 'missingFrom.time': '18:00', locatedAt: '3/12/2026', 'locatedAt.time': '11:00', howBack: 'located' };
    const refused = await flow.step(opened.journey, { type: 'form.page', value: 'continue', inputs: page }, effects);
    expect(refused).toMatchObject({ ok: false, reason: 'invalidInput', errors: { locatedAt: 'invalid' } });
    if (refused.ok || refused.reason !== 'invalidInput') return;
    expect(Object.keys(refused.messages ?? {})).toEqual(['locatedAt']);
    expect(say(t, refused.messages?.locatedAt ?? { key: '' })).toBe('Date and time the child was found or came back must not be after when the interview took place: check both');
    const changed = await flow.step(opened.journey, { type: 'form.page', value: 'continue', inputs: { ...page, 'locatedAt.time': '09:30' } }, effects);
    expect(changed).toMatchObject({ ok: true, journey: { context: { answers: { locatedAt: '2026-12-03T09:30', interviewedAt: '2026-12-03T10:00' } } } });
  });

  it('asks why the interview was late when the return is moved earlier than 72 hours before it', async () => {
    const opened = await flow.step(atCheck, { type: 'form.change', value: 'locatedAt' }, effects);
    if (!opened.ok) throw new Error('not opened');
    const page = { missingFrom: '29/11/2026', 'missingFrom.time': '18:00', locatedAt: '30/11/2026', 'locatedAt.time': '09:59', howBack: 'located' };
    const changed = await flow.step(opened.journey, { type: 'form.page', value: 'continue', inputs: page }, effects);
    expect(changed).toMatchObject({ ok: true, journey: { value: 'editingPage', context: { page: 'interviewer' } } });
  });
});

describe('the 72-hour deadline', () => {
  const lines = (answers: Record<string, string>) => deadlineLines(form, keepAsked(form, answers)).map((line) => say(t, line));

  it('runs from when the child was found or came back', () => {
    expect(lines({ locatedAt: '2026-12-02T07:00' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 07:00 on 5 December 2026']);
  });

  it('says whether the interview met it, in time or late', () => {
    const held = { ...HELD, locatedAt: '2026-12-01T10:00' };
    expect(lines({ ...held, interviewedAt: '2026-12-04T10:00' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 10:00 on 4 December 2026; met in time, at 10:00 on 4 December 2026']);
    expect(lines({ ...held, interviewedAt: '2026-12-06T09:00' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 10:00 on 4 December 2026; met late, at 09:00 on 6 December 2026']);
  });

  it('is never overdue in Records for me once the interview met it, even late; until then it is due', () => {
    const deadlines = formExporter(form).deadlines;
    const held = { ...HELD, locatedAt: '2026-12-01T10:00' };
    expect(deadlines?.({ ...held, interviewedAt: '2026-12-06T09:00' }).map((d) => d.due)).toEqual([undefined]);
    expect(deadlines?.({ locatedAt: '2026-12-01T10:00', interviewOutcome: 'declined' }).map((d) => d.due?.toISOString())).toEqual(['2026-12-04T10:00:00.000Z']);
  });

  it('crosses a month end', () => {
    expect(lines({ locatedAt: '2026-11-29T22:15' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 22:15 on 2 December 2026']);
  });
});

describe('the document every export is drawn from', () => {
  it('a declined interview, in words, with its deadline and what happens next', () => {
    const answers = {
      childName: CHILD_NAME,
      livingSituation: 'lookedAfter',
      placingAuthority: 'Fictional Borough Council',
      locatedAt: '2026-12-02T07:00',
      howBack: 'returned',
      preventionInterview: 'notKnown',
      interviewOutcome: 'declined',
      notHeldReason: 'The child said no, twice; offered again for Friday',
      actions: 'Offer again on Friday with a worker the child chose',
      sharedWith: ['mash', 'placingAuthority'],
      recorderName: 'Fictional Residential Manager J',
    };
    const document = documentOf(form, answers, { reference: 'CSE-9PQR-3XYZ', submittedAt: new Date('2026-12-04T11:00:00Z') }, t);
    expect(storedPayloadSchema(form).safeParse({ formId: form.id, formVersion: form.version, schemaVersion: form.schemaVersion, answers }).success).toBe(true);
    const n = 'Not answered';
    expect(document).toEqual({
      exportVersion: 1,
      formId: 'form.returnHomeInterview',
      formVersion: 2,
      title: 'Independent return home interview record',
      reference: 'CSE-9PQR-3XYZ',
      submittedAt: '4 December 2026, 11:00',
      sections: [
        {
          heading: 'The child',
          columns: 1,
          rows: [
            { label: "Child's full name", value: CHILD_NAME },
            { label: "Child's date of birth", value: n },
            { label: 'Where the child lives', value: 'Looked after (in care)' },
            { label: 'Placing authority', value: 'Fictional Borough Council' },
          ],
        },
        {
          heading: 'The missing episode',
          columns: 1,
          rows: [
            { label: 'Date and time the child went missing', value: n },
            { label: 'Date and time the child was found or came back', value: '2 December 2026, 07:00' },
            { label: 'Was the child found, or did they come back?', value: 'Came back' },
            { label: 'Have the police done their prevention interview?', value: "I don't know" },
          ],
        },
        {
          heading: 'The interview',
          columns: 1,
          rows: [
            { label: 'Did the interview take place?', value: 'No, the child declined' },
            { label: 'Reason it did not take place', value: 'The child said no, twice; offered again for Friday' },
          ],
        },
        { heading: 'Actions', columns: 1, rows: [{ label: 'Actions agreed', value: 'Offer again on Friday with a worker the child chose' }] },
        {
          heading: 'Sharing what was found',
          columns: 1,
          rows: [
            { label: 'Who it has been shared with', value: 'MASH, Placing authority' },
            { label: 'Date and time it was shared', value: n },
            { label: 'What was shared', value: n },
          ],
        },
        {
          heading: 'Your details',
          columns: 1,
          rows: [
            { label: 'Your full name', value: 'Fictional Residential Manager J' },
            { label: 'Your role', value: n },
            { label: 'Your phone number', value: n },
            { label: 'Your email address', value: n },
          ],
        },
      ],
      notes: [
        'Independent return home interview due (72 hours from when the child was found or came back): by 07:00 on 5 December 2026',
        'Send what the interview found to the police and other relevant partners as your local practice says, normally through the MASH. If anything suggests a risk of CSE, make sure the police know, so that it is recorded on a non-crime CSE report (587/00 CRIS).',
      ],
      source: 'Source: London Child Sexual Exploitation Operating Protocol (2017), Section 9: Independent Return Home Interview',
    });
  });
});

// The fifth exploratory test: "Not sure" to harm gave no prompt at all. Section 9 (Independent Return Home
// Interview): deal with any harm, the child's medical condition discussed at once; what the interview finds goes to the
// police and partners, normally through the MASH.
describe('what to do about a harm known or suspected', () => {
  const ASKED = { childName: CHILD_NAME, livingSituation: 'atHome', locatedAt: '2026-12-02T07:00', interviewOutcome: 'held', medicalAttention: 'no', cseRisk: 'no' };
  const WHAT_TO_DO = "Make sure the child's medical condition is discussed straight away and that they get medical attention if they need it. Tell the police and children's social care what is known or suspected, normally through the MASH. If the child is in danger now, call 999.";
  const actionsLines = (answers: Record<string, string>) => (form.pageLines?.actions?.(answers, form) ?? []).map((line) => say(t, line));
  const checkPrompts = (answers: Record<string, string>) => qualityPrompts(form, answers).map((line) => say(t, line));

  it.each([
    ['yes', 'You said the child came to harm while missing.'],
    ['notSure', 'You are not sure whether the child came to harm while missing.'],
  ])('after %s, the page where the actions are agreed says what to do, and so does check-your-answers', (harm, said) => {
    expect(actionsLines({ ...ASKED, harm })).toEqual([said, WHAT_TO_DO]);
    expect(checkPrompts({ ...ASKED, harm })).toContain(`${said} ${WHAT_TO_DO}`);
  });

  it('says nothing of it after No, or when the interview did not take place', () => {
    expect(actionsLines({ ...ASKED, harm: 'no' })).toEqual([]);
    expect(checkPrompts({ ...ASKED, harm: 'no' }).filter((line) => line.includes('medical'))).toEqual([]);
    expect(actionsLines({ ...ASKED, interviewOutcome: 'declined' })).toEqual([]);
  });
});
