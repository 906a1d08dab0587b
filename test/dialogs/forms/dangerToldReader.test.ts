import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { DANGER_TOLD_IN_FORM, DANGER_TOLD_IN_JOURNEY } from '../../../dialogs/forms/dangerTold';
import { defineForm } from '../../../dialogs/forms/defineForm';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import type { FormDefinition } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';

/**
 * Issue 8, the eighth exploratory test: after danger told in a form, its confirmation told a police officer to "call 999 now
 * and ask for the police". The confirmation's line ends in the 999 card's own call for its reader (urgent.json): an
 * officer's radio, anyone else's 999.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

function confirmationAlert(definition: FormDefinition, answers: Record<string, string>, prefill: Record<string, string>, reader?: 'police' | 'anyone'): string {
  const flow = defineForm(definition);
  const journey = flow.restore({ value: 'submitted', context: { page: definition.pages[0]?.id ?? '', answers, prefill, returnToCheck: false, submitFailed: false, reference: 'CSE-7K2M-9QXD' } });
  if (journey === undefined) throw new Error('not restored');
  const alert = flow.view(journey, { contacts: {} }, reader).alert;
  return alert === undefined ? '' : say(t, alert);
}

describe("a form's confirmation after danger was told speaks to its reader", () => {
  it.each([
    ['told in the police closing report', policeClosingReportForm, {}, { [DANGER_TOLD_IN_FORM]: 'yes' }],
    ['told in the journey before it', policeClosingReportForm, {}, { [DANGER_TOLD_IN_JOURNEY]: 'yes' }],
    ['told in a concern record, then answered No', concernRecordForm, { danger: 'no' }, { [DANGER_TOLD_IN_FORM]: 'yes' }],
    ['a concern record answered Yes', concernRecordForm, { danger: 'yes' }, {}],
  ] as const)('%s: an officer is told to use the radio, not to ask for the police', (_case, definition, answers, prefill) => {
    const line = confirmationAlert(definition, answers, prefill, 'police');
    expect(line).toContain(t('urgent:police.call'));
    expect(line).not.toContain('ask for the police');
  });

  it('anyone else is told to call 999 and ask for the police, in the 999 card\'s words', () => {
    expect(confirmationAlert(policeClosingReportForm, {}, { [DANGER_TOLD_IN_FORM]: 'yes' })).toContain(t('urgent:call999'));
    expect(confirmationAlert(concernRecordForm, { danger: 'notSure' }, {}, 'anyone')).toContain(t('urgent:call999'));
  });

  // The ninth exploratory test: "The record says what you answered. If that changes: If a child is in immediate danger…".
  it.each(['police', 'anyone'] as const)('reads as sentences after a No, each line once (%s)', (reader) => {
    const line = confirmationAlert(concernRecordForm, { danger: 'no' }, { [DANGER_TOLD_IN_FORM]: 'yes' }, reader);
    expect(line).toMatch(/The record says what you answered\. If a child is in immediate danger/);
    expect(line).not.toMatch(/:\s*If\b/);
  });
});
