import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { answeredNoDanger } from '../../../dialogs/forms/dangerTold';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';

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
