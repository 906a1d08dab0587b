import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { DANGER_TOLD_IN_FORM, DANGER_TOLD_IN_JOURNEY, dangerToldLines } from '../../../dialogs/forms/dangerTold';
import type { FormAnswers } from '../../../dialogs/forms/vocabulary';

/**
 * Issue 8 (forms): the line above a danger question after danger was told says the question "is not filled in from an
 * answer given before then". Only a No is dropped then (a Yes or Not sure already says danger, and is kept, as every
 * Change link shows the answer stored): so the line is shown only while the question is empty, and never beside a "Yes"
 * still selected, as the tester found it on the concern record's Change.
 */
const signsPage = concernRecordForm.pages.find((p) => p.id === 'signs');
if (signsPage === undefined) throw new Error('the concern record has no signs page');

const lines = (answers: FormAnswers, prefill: Record<string, string>) => dangerToldLines(signsPage, { answers, prefill }).map((line) => line.key);

describe('the danger-told line above the danger question', () => {
  it.each([
    ['told in the form, the No dropped (empty)', {}, { [DANGER_TOLD_IN_FORM]: 'yes' }, ['forms:page.dangerToldInForm']],
    ['told in the form, Yes kept', { danger: 'yes' }, { [DANGER_TOLD_IN_FORM]: 'yes' }, []],
    ['told in the form, Not sure kept', { danger: 'notSure' }, { [DANGER_TOLD_IN_FORM]: 'yes' }, []],
    ['told in the form, No given after it', { danger: 'no' }, { [DANGER_TOLD_IN_FORM]: 'yes' }, []],
    ['told in the journey, its No not filled in (empty)', {}, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }, ['forms:page.dangerTold']],
    ['told in the journey, its Yes filled in', { danger: 'yes' }, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }, []],
    ['no danger told', {}, {}, []],
  ] as const)('%s', (_case, answers, prefill, expected) => {
    expect(lines(answers, prefill)).toEqual(expected);
  });
});
