import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { DANGER_TOLD_IN_FORM, DANGER_TOLD_IN_JOURNEY, dangerToldAlert } from '../../../dialogs/forms/dangerTold';
import { defineForm } from '../../../dialogs/forms/defineForm';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { PersistedJourney } from '../../../dialogs/flow';

/**
 * Issue 8: the concern record asks about immediate danger before what was seen or heard, as the Makesafe report does, so
 * that once it is answered No the account is read as a record of the past. A draft saved with the old order is carried
 * over, not lost: it opens at the first page with every answer kept, and the danger page is on the way.
 */

const flow = defineForm(concernRecordForm);
const pageOfQuestion = (id: string) => concernRecordForm.pages.findIndex((p) => questionsOf(p).some((q) => q.id === id));

describe('the concern record asks about danger before the story', () => {
  it('puts the danger question before every narrative box', () => {
    for (const narrative of ['whatHappened', 'childsWords', 'seenOn', 'place']) expect(pageOfQuestion('danger')).toBeLessThan(pageOfQuestion(narrative));
    expect(questionsOf(concernRecordForm.pages[pageOfQuestion('danger')] ?? { id: '', questions: [] })[0]?.id).toBe('danger');
  });

  it('claims a journey above the signs only when the form was started from one', () => {
    const lines = (journey: PersistedJourney) => JSON.stringify(flow.view(journey, { contacts: {} }).lines);
    const atSigns = (prefill?: Record<string, string>) => flow.restore({ value: 'editingPage', context: { page: 'signs', answers: {}, returnToCheck: false, submitFailed: false, ...(prefill === undefined ? {} : { prefill }) } });
    const blank = atSigns();
    const told = atSigns({ [DANGER_TOLD_IN_FORM]: 'yes' });
    const fromJourney = atSigns({ danger: 'no', route: 'mash' });
    if (blank === undefined || told === undefined || fromJourney === undefined) throw new Error('not restored');
    expect(lines(blank)).not.toContain('introFromJourney');
    expect(lines(told)).not.toContain('introFromJourney');
    expect(lines(fromJourney)).toContain('concernRecord:pages.signs.introFromJourney');
  });
});

describe('a concern record draft saved before the danger page moved', () => {
  const answers = {
    reporterName: 'Fictional Teacher Ollerby',
    reporterRole: 'Head of year',
    organisation: 'Fictional Academy',
    childName: 'Fictional Pupil Q',
    setting: 'school',
    knownToCsc: 'no',
    whatHappened: 'New trainers and a phone; older men at the gate twice last month',
    disclosure: 'no',
  };
  const versionOne = { value: 'editingPage', context: { page: 'whenWhere', answers, prefill: { route: 'mash' }, returnToCheck: false, submitFailed: false } };

  it('is carried over to the new version: every answer kept, opened at the first page, with the danger page on the way', async () => {
    expect(flow.version).toBeGreaterThan(1);
    const carried = flow.carryOver?.(versionOne, { fromVersion: 1, history: [], openPage: { seenOn: '2026-12-02' } });
    if (carried === undefined) throw new Error('not carried over');
    expect(carried.context).toMatchObject({ page: 'reporter', answers: { ...answers, seenOn: '2026-12-02' }, prefill: { route: 'mash' } });
    let journey: PersistedJourney = carried;
    const inputsOf = (page: unknown) => Object.fromEntries(Object.entries(answers).filter(([id]) => questionsOf(concernRecordForm.pages.find((p) => p.id === page) ?? { id: '', questions: [] }).some((q) => q.id === id)));
    for (const page of ['reporter', 'child']) {
      expect(journey.context.page).toBe(page);
      const result = await flow.step(journey, { type: 'form.page', value: 'continue', inputs: inputsOf(page) });
      if (!result.ok) throw new Error(JSON.stringify(result));
      journey = result.journey;
    }
    // The question the old draft never reached is asked, before the story it already holds.
    expect(journey.context.page).toBe('signs');
    expect(await flow.step(journey, { type: 'form.page', value: 'continue', inputs: {} })).toMatchObject({ ok: false, errors: { danger: 'invalid' } });
  });
});

describe("the confirmation's line when danger was told (issue 8)", () => {
  const submitted = (answers: Record<string, string>, prefill?: Record<string, string>) => ({ answers, ...(prefill === undefined ? {} : { prefill }) });

  it.each([
    ['no danger told', concernRecordForm, submitted({ danger: 'no' }), undefined],
    ['told in the form, then answered No', concernRecordForm, submitted({ danger: 'no' }, { [DANGER_TOLD_IN_FORM]: 'yes' }), 'forms:confirmation.dangerToldAnsweredNo'],
    ['told in the journey, then answered No', concernRecordForm, submitted({ danger: 'no' }, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }), 'forms:confirmation.dangerToldAnsweredNo'],
    ['told in a form that asks no danger question', returnHomeInterviewForm, submitted({}, { [DANGER_TOLD_IN_FORM]: 'yes' }), 'forms:confirmation.dangerToldInForm'],
    ['told in the journey before a form that asks none', returnHomeInterviewForm, submitted({}, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }), 'forms:confirmation.dangerToldInJourney'],
  ] as const)('%s', (_case, definition, context, key) => {
    expect(dangerToldAlert(definition, context)?.key).toBe(key);
  });
});
