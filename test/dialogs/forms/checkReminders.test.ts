import { concernRecordForm } from '../../../dialogs/forms/concernRecord.form';
import { makesafeReportForm } from '../../../dialogs/forms/makesafeReport.form';
import { qualityPrompts } from '../../../dialogs/forms/quality';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import type { FormAnswers, FormDefinition } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';

/**
 * Issue 8 (forms): reminders on Check your answers that a careful reviewer would give. They ask and never refuse: danger
 * told with no 999 call recorded, and a sexual assault recorded with no medical attention.
 */
const keys = (definition: FormDefinition, answers: FormAnswers) => qualityPrompts(definition, answers).map((ref) => ref.key);

describe('the concern record: immediate danger with no 999 call', () => {
  const CALL = 'concernRecord:quality.dangerNo999';
  it.each<[string, FormAnswers, boolean]>([
    ['Yes, 999 not ticked', { danger: 'yes', actions: ['toldSafeguardingLead'] }, true],
    ['Not sure, 999 not ticked', { danger: 'notSure', actions: ['mashReferral'] }, true],
    ['Yes, 999 ticked', { danger: 'yes', actions: ['called999', 'toldSafeguardingLead'] }, false],
    ['No', { danger: 'no', actions: ['toldSafeguardingLead'] }, false],
  ])('%s', (_case, answers, reminded) => {
    expect(keys(concernRecordForm, answers).includes(CALL)).toBe(reminded);
  });
});

describe('the Makesafe report: the child there now and the police not called', () => {
  const CALL = 'makesafeReport:quality.childThereNotCalled';
  it.each([
    ['here now, not yet', { childPresent: 'yes', policeCalled: 'notYet' }, true],
    ['not sure, not yet', { childPresent: 'notSure', policeCalled: 'notYet' }, true],
    ['here now, 999 called', { childPresent: 'yes', policeCalled: 'called999' }, false],
    ['not here, not yet', { childPresent: 'no', policeCalled: 'notYet' }, false],
  ] as const)('%s', (_case, answers, reminded) => {
    expect(keys(makesafeReportForm, answers).includes(CALL)).toBe(reminded);
  });
});

describe('the return home interview: a sexual assault recorded with no medical attention', () => {
  const CHECK = 'returnHomeInterview:quality.sexualAssaultNoMedical';
  const held = { interviewOutcome: 'held', harm: 'yes' };
  it.each([
    ['sexually assaulted, No', { ...held, harmDetails: 'She said she was sexually assaulted by two older men at a flat', medicalAttention: 'no' }, true],
    ['raped, No', { ...held, harmDetails: 'Told us she was raped on the second night', medicalAttention: 'no' }, true],
    ['made to have sex, Not sure harm, No', { ...held, harm: 'notSure', harmDetails: 'Thinks she was made to have sex with a man she did not know', medicalAttention: 'no' }, true],
    ['sexually assaulted, Yes', { ...held, harmDetails: 'Sexually assaulted', medicalAttention: 'yes' }, false],
    ['another harm, No', { ...held, harmDetails: 'A cut to her hand, now healed', medicalAttention: 'no' }, false],
    ['denies a sexual assault, No', { ...held, harmDetails: 'Was pushed over. She denies any sexual assault.', medicalAttention: 'no' }, false],
  ] as const)('%s', (_case, answers, reminded) => {
    expect(keys(returnHomeInterviewForm, answers).includes(CHECK)).toBe(reminded);
  });

  it('cites the protocol and names no contact details', async () => {
    const t = await strictT();
    const text = t(CHECK);
    expect(text).toContain('Section 9');
    expect(text).toContain('Haven');
    expect(text).not.toMatch(/\d{3}/);
  });
});

/**
 * Issue 8 (forms, RHI): a sexual assault told, alcohol given and the child made to stay, with "risk of CSE: No", brought
 * the Haven point and nothing on CSE. A prompt to think again about the risk answer, never a refusal.
 */
describe('the return home interview: signs of CSE recorded with no risk of CSE', () => {
  const CHECK = 'returnHomeInterview:quality.cseSignsRiskNo';
  const held = { interviewOutcome: 'held', harm: 'yes', medicalAttention: 'no' };
  const tester = { ...held, harmDetails: 'sexually assaulted by several men at the flat', childsWords: 'they gave me vodka and i had to stay', cseRisk: 'no' };
  it.each<[string, FormAnswers, boolean]>([
    ["the tester's record: sexual assault, vodka given, had to stay, risk No", tester, true],
    ['sexual assault alone, risk No', { ...held, harmDetails: 'She told us she was raped', cseRisk: 'no' }, true],
    ['alcohol given alone, in the child’s words, risk No', { ...held, harm: 'no', childsWords: 'an older man gave me vodka all night', cseRisk: 'no' }, true],
    ['made to stay alone, where they were, risk No', { ...held, harm: 'no', whereWas: 'A flat in Croydon. They would not let her leave for two days.', cseRisk: 'no' }, true],
    ['drugs given, with whom, risk No', { ...held, harm: 'no', withWhom: 'Men she met online who gave her weed', cseRisk: 'no' }, true],
    ['the same record, risk Yes', { ...tester, cseRisk: 'yes' }, false],
    ['the same record, risk Not sure', { ...tester, cseRisk: 'notSure' }, false],
    ['none of the signs, risk No', { ...held, harm: 'yes', harmDetails: 'A cut to her hand from a fall', childsWords: 'I stayed at my friend’s house and we watched films', cseRisk: 'no' }, false],
    ['a sexual assault denied, risk No', { ...held, harmDetails: 'Was pushed over. She denies any sexual assault.', cseRisk: 'no' }, false],
    ['alcohol denied, risk No', { ...held, harm: 'no', childsWords: 'nobody gave me any drink', cseRisk: 'no' }, false],
  ])('%s', (_case, answers, reminded) => {
    expect(keys(returnHomeInterviewForm, answers).includes(CHECK)).toBe(reminded);
  });

  it('is shown beside the Haven point, not instead of it', () => {
    expect(keys(returnHomeInterviewForm, tester)).toEqual(expect.arrayContaining([CHECK, 'returnHomeInterview:quality.sexualAssaultNoMedical']));
  });

  it('cites the protocol sections that say so, tells the police, and names no contact details or old systems as current', async () => {
    const t = await strictT();
    const text = t(CHECK);
    for (const section of ['Section 2', 'Section 5', 'Section 9', 'Appendix A']) expect(text).toContain(section);
    expect(text).toMatch(/police/);
    expect(text).toMatch(/MASH/);
    expect(text).not.toMatch(/\d{3}/);
    expect(text).not.toMatch(/CRIS|Merlin/);
  });
});
