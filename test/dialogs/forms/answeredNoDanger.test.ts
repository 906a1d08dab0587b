import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { answeredNoDanger, DANGER_TOLD_IN_FORM, DANGER_TOLD_IN_JOURNEY, readsAsRecordOfPast } from '../../../dialogs/forms/dangerTold';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { maseInformationForm } from '../../../dialogs/forms/maseInformation.form';
import { isDangerUrgentInRecordOfPast } from '../../../dialogs/danger';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';

/**
 * Whether a form is a record of the past (issue 8): its danger-now question answered No, as stored or as sent on the page,
 * and nothing of it saying danger. Only then do its boxes need words that tell of now to bring the 999 card.
 */
describe('answeredNoDanger', () => {
  it.each([
    ['No, stored', makesafeReportForm, { childPresent: 'no' }, {}, true],
    ['No, sent on this page', makesafeReportForm, {}, { childPresent: 'no' }, true],
    ['Yes, stored', makesafeReportForm, { childPresent: 'yes' }, {}, false],
    ['Not sure, stored', makesafeReportForm, { childPresent: 'notSure' }, {}, false],
    ['No stored, Not sure sent on this page', makesafeReportForm, { childPresent: 'no' }, { childPresent: 'notSure' }, false],
    ['not answered', makesafeReportForm, {}, {}, false],
    ['not answered, the page sent empty', makesafeReportForm, {}, { childPresent: '' }, false],
    ["the concern record's No, carried from the journey", concernRecordForm, { danger: 'no' }, {}, true],
    ["the concern record's Not sure", concernRecordForm, { danger: 'notSure' }, {}, false],
  ] as const)('%s', (_case, definition, answers, inputs, expected) => {
    expect(answeredNoDanger(definition, answers, inputs)).toBe(expected);
  });
});

/**
 * The eighth exploratory test (issue 8): a form is read as a record of the past also when it is one by nature (the police
 * closing report, the return home interview record), and once it has shown the 999 card (its No dropped then, every later
 * box was read as a chat message and brought the card again, page after page).
 */
describe('readsAsRecordOfPast', () => {
  it.each([
    ['the concern record answered No', concernRecordForm, { danger: 'no' }, {}, true],
    ['the concern record not answered', concernRecordForm, {}, {}, false],
    // Issue 8 (forms): after a Yes or Not sure every later card carries the 999 alert at its top; a record of what was seen on
    // past days ("Saw her get into a silver car with a man about 19 after school on 3 days") brought a full card on top of it.
    ['the concern record answered Not sure', concernRecordForm, { danger: 'notSure' }, {}, true],
    ['the concern record answered Yes', concernRecordForm, { danger: 'yes' }, {}, true],
    ['the Makesafe report answered Yes', makesafeReportForm, { childPresent: 'yes' }, {}, true],
    ['the concern record after a card (its No dropped)', concernRecordForm, {}, { [DANGER_TOLD_IN_FORM]: 'yes' }, true],
    ['the Makesafe report after a card', makesafeReportForm, {}, { [DANGER_TOLD_IN_FORM]: 'yes' }, true],
    ['the Makesafe report from a journey that told of danger, no card in the form', makesafeReportForm, {}, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }, false],
    ['the police closing report, by nature', policeClosingReportForm, {}, {}, true],
    ['the return home interview record, by nature', returnHomeInterviewForm, {}, {}, true],
    // The eleventh exploratory test: a history in the MASE form's offending history brought a full card mid-form.
    ['the MASE information form, by nature', maseInformationForm, {}, {}, true],
  ] as const)('%s', (_case, definition, answers, prefill, expected) => {
    expect(readsAsRecordOfPast(definition, { answers, prefill }, {})).toBe(expected);
  });

  it.each([
    ['Yes sent on the page', { danger: 'yes' }, true],
    ['Not sure sent on the page', { danger: 'notSure' }, true],
    ['the page sent with no answer', { danger: '' }, false],
  ] as const)('the concern record, %s', (_case, inputs, expected) => {
    expect(readsAsRecordOfPast(concernRecordForm, { answers: {} }, inputs)).toBe(expected);
  });
});

/** The MASE form's boxes, read as a record: the history told there is not this minute's danger; a child told as there now still is. */
it.each([
  ['she said she could not leave because her phone had been taken', false],
  ['offender held victim 1 at a flat in a fictional town for two days in october', false],
  ['victim 1 is at his flat right now and he will not let her leave', true],
] as const)('the MASE form box "%s": urgent %s', (text, urgent) => {
  expect(readsAsRecordOfPast(maseInformationForm, { answers: {} }, {}) ? isDangerUrgentInRecordOfPast(text) : true).toBe(urgent);
});
