import type { Translate } from '../../../cards/view';
import { FORM_FLOWS } from '../../../dialogs/forms';
import type { PersistedJourney } from '../../../dialogs/flow';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { londonClock } from '../../../dialogs/forms/dates';
import { plain } from '../../../dialogs/forms/display';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { parsePage } from '../../../dialogs/forms/pageSchema';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import { pageVariants, withoutNotAsked } from '../../support/formWalk';
import { strictT } from '../../support/i18n';

/**
 * A question asked only for one answer to another on the same card, answered although that answer was not given ("No"
 * to the child telling you something, and their words typed below): the page is refused beside the box, the answers
 * kept, rather than the words dropped without a word (issue 8).
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const clock = londonClock(new Date('2026-12-04T12:00:00Z'));

function refused(definition: FormDefinition, pageId: string, posted: Record<string, string>, earlier: Record<string, string | string[]> = {}) {
  const page = definition.pages.find((p) => p.id === pageId);
  if (page === undefined) throw new Error(`no page ${pageId}`);
  const result = parsePage(definition, questionsOf(page), posted, { clock, earlier, form: definition.pages.flatMap(questionsOf) });
  return result.ok ? {} : Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, plain(t, ref)]));
}

it('refuses the child\'s words after "No" to the child telling you something, beside the words, naming the answer', () => {
  expect(refused(concernRecordForm, 'concern', { whatHappened: 'Seen at the gate', disclosure: 'no', childsWords: "they're just my cousins miss" })).toEqual({
    childsWords: 'You answered “No” to “The child told you something themselves” but also filled in “The child\'s own words”, which is only for “Yes”: change that answer, or clear this box.',
  });
});

// Issue 8, the ninth exploratory test: "…but also gave the interviewer's role" read as self-contradictory after a role was
// chosen. The box is named by its label, with the answer it is for.
it('names the box by its label and the answer it is only for, not by words that repeat the question above', () => {
  const INTERVIEWER = { interviewedAt: '1/12/2026', 'interviewedAt.time': '10:00', interviewerName: 'Fictional Teacher T', interviewerRole: 'teacher', interviewerRoleOther: 'Head of year', independent: 'yes' };
  expect(refused(returnHomeInterviewForm, 'interviewer', INTERVIEWER, { interviewOutcome: 'held', locatedAt: '2026-11-29T07:00' })).toEqual({
    interviewerRoleOther: 'You answered “Teacher” to “Interviewer\'s role” but also filled in “Name of their role”, which is only for “Someone else”: change that answer, or clear this box.',
  });
});

it('names every answer a box is for, and the box by its label when the answer above is not given', () => {
  expect(refused(returnHomeInterviewForm, 'harm', { harm: 'no', harmDetails: 'bruises on arms', medicalAttention: 'no', cseRisk: 'no' })).toEqual({
    harmDetails: expect.stringContaining('but also filled in “The harm, or what is known or suspected”, which is only for “Yes” or “Not sure”'),
  });
  expect(refused(concernRecordForm, 'concern', { whatHappened: 'Seen at the gate', childsWords: 'words' })).toEqual({
    childsWords: expect.stringMatching(/^You filled in “The child's own words” but did not answer “The child told you something themselves”/),
    disclosure: expect.any(String),
  });
});

it('takes the words after "Yes", and nothing typed after "No"', () => {
  expect(refused(concernRecordForm, 'concern', { whatHappened: 'Seen at the gate', disclosure: 'yes', childsWords: 'words' })).toEqual({});
  expect(refused(concernRecordForm, 'concern', { whatHappened: 'Seen at the gate', disclosure: 'no', childsWords: '   ' })).toEqual({});
});

it('refuses each contradiction the tester found, beside the box typed in', () => {
  expect(Object.keys(refused(concernRecordForm, 'child', { childName: 'Fictional Child', setting: 'school', knownToCsc: 'no', socialWorker: 'Fictional Worker' }))).toContain('socialWorker');
  expect(Object.keys(refused(returnHomeInterviewForm, 'harm', { harm: 'no', harmDetails: 'bruises on arms', medicalAttention: 'no', cseRisk: 'no' }))).toEqual(['harmDetails']);
  expect(Object.keys(refused(returnHomeInterviewForm, 'interview', { interviewOutcome: 'held', notHeldReason: 'typed anyway' }))).toEqual(['notHeldReason']);
  expect(Object.keys(refused(returnHomeInterviewForm, 'child', { childName: 'Fictional Child', livingSituation: 'atHome', placingAuthority: 'Fictional Council' }))).toEqual(['placingAuthority']);
  const victim = { residentialStatus: 'atHome', currentRisk: 'r', victimEngaged: 'yes', vriGiven: 'yes', familyEngaged: 'yes', positiveIntervention: 'no', positiveInterventionDetail: 'an intervention', safeguardingPlan: 'p' };
  expect(Object.keys(refused(policeClosingReportForm, 'victim', victim))).toEqual(['positiveInterventionDetail']);
  expect(Object.keys(refused(makesafeReportForm, 'police', { policeCalled: 'notYet', calledAt: '2026-12-03', 'calledAt.time': '22:40', policeReference: 'CAD 4321' }, { premisesType: 'hotel' }))).toEqual(['calledAt', 'policeReference']);
});

// Issue 8, the last review: words stored before, left in the box after the answer above changed Yes to No, were dropped
// from check-your-answers without a word. They are refused beside the box like words typed now.
it('refuses words left in the box from before as it refuses words typed now', () => {
  expect(Object.keys(refused(concernRecordForm, 'concern', { whatHappened: 'Seen at the gate', disclosure: 'no', childsWords: 'words written before' }))).toEqual(['childsWords']);
});

describe('through the flow', () => {
  const flow = FORM_FLOWS.find((f) => f.id === concernRecordForm.id);
  if (flow === undefined) throw new Error('no concern record flow');
  const effects = { now: new Date('2026-12-04T12:00:00Z') };
  const onConcern = (answers: Record<string, string>): PersistedJourney => ({ value: 'editingPage', context: { page: 'concern', answers, returnToCheck: false, submitFailed: false } });
  const posted = { whatHappened: 'Seen at the gate', disclosure: 'no', childsWords: "they're just my cousins miss" };

  it('sends the page back with the message beside the words, nothing recorded', async () => {
    const result = await flow.step(onConcern({}), { type: 'form.page', value: 'continue', inputs: posted }, effects);
    expect(result).toMatchObject({ ok: false, reason: 'invalidInput', errors: { childsWords: 'invalid' } });
  });

  it('refuses the page when the words are what the card showed from the answers stored, and the answer above is changed to No', async () => {
    const stored = onConcern({ whatHappened: 'Seen at the gate', disclosure: 'yes', childsWords: posted.childsWords });
    const result = await flow.step(stored, { type: 'form.page', value: 'continue', inputs: posted }, effects);
    expect(result).toMatchObject({ ok: false, reason: 'invalidInput', errors: { childsWords: 'invalid' } });
    const cleared = await flow.step(stored, { type: 'form.page', value: 'continue', inputs: { ...posted, childsWords: '' } }, effects);
    expect(cleared).toMatchObject({ ok: true, journey: { context: { answers: { disclosure: 'no' } } } });
    expect(JSON.stringify(cleared)).not.toContain('cousins');
  });
});

// Section 6 (referral desks): an allocated social worker is the social worker of a child known to children's social care.
it('refuses "Told the allocated social worker" for a child not known to children\'s social care, beside the actions', () => {
  expect(Object.keys(refused(concernRecordForm, 'action', { actions: 'toldSocialWorker' }, { knownToCsc: 'no' }))).toEqual(['actions']);
  expect(refused(concernRecordForm, 'action', { actions: 'toldSocialWorker' }, { knownToCsc: 'yes' })).toEqual({});
  expect(Object.keys(refused(concernRecordForm, 'child', { childName: 'Fictional Child', setting: 'school', knownToCsc: 'no' }, { actions: ['toldSocialWorker'] }))).toEqual(['knownToCsc']);
});

// The walk's helper asks the page's own rule (issue 8, the last review: it re-derived it): every form's valid variants, so
// emptied, are taken by the page, and only boxes the rule refuses are emptied.
describe("the test walk's withoutNotAsked", () => {
  it.each([concernRecordForm, returnHomeInterviewForm, policeClosingReportForm, makesafeReportForm])('empties only what $id refuses as not asked', (definition) => {
    for (const page of definition.pages) {
      for (const variant of pageVariants(definition, page)) {
        const page1 = questionsOf(page);
        const result = parsePage(definition, page1, variant, { clock, earlier: {}, form: definition.pages.flatMap(questionsOf) });
        const notAsked = result.ok ? [] : Object.entries(result.errors).filter(([, ref]) => ref.key.includes('notAsked')).map(([id]) => id);
        expect({ page: page.id, notAsked }).toEqual({ page: page.id, notAsked: [] });
      }
    }
  });

  it('empties the words after "No", and keeps them after "Yes"', () => {
    const concern = concernRecordForm.pages.find((p) => p.id === 'concern');
    if (concern === undefined) throw new Error('no concern page');
    expect(withoutNotAsked(questionsOf(concern), { disclosure: 'no', childsWords: 'words' }, {})).toEqual({ disclosure: 'no', childsWords: '' });
    expect(withoutNotAsked(questionsOf(concern), { disclosure: 'yes', childsWords: 'words' }, {})).toEqual({ disclosure: 'yes', childsWords: 'words' });
  });
});
