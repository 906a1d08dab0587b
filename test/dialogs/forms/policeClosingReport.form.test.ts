import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { allEntries } from '../../../knowledge/entries';
import { keepAsked, pagesAsked, questionsOf } from '../../../dialogs/forms/conditions';
import { documentOf } from '../../../dialogs/forms/documentOf';
import { outcomeCodeOptions } from '../../../dialogs/forms/options/policeClosingReport.options';
import { parsePage, type PageContext } from '../../../dialogs/forms/pageSchema';
import { policeClosingReportForm } from '../../../dialogs/forms/policeClosingReport.form';
import { storedPayloadSchema } from '../../../dialogs/forms/storedSchema';
import type { FormAnswers } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';

/** The police closing report (Appendix J): every question's boundaries and refusals with the exact message, its conditions, what is stored and its document. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const clock = { today: '2026-12-04', nowLocal: '2026-12-04T12:00' };
const form = policeClosingReportForm;
const page = (id: string) => {
  const found = form.pages.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return questionsOf(found);
};

function run(pageId: string, posted: Record<string, unknown>, earlier: PageContext['earlier'] = {}) {
  const result = parsePage(form, page(pageId), posted, { clock, earlier });
  return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
}

const VICTIM = {
  residentialStatus: 'localAuthorityCare',
  currentRisk: 'Still in contact with a fictional older man',
  victimEngaged: 'yes',
  vriGiven: 'no',
  familyEngaged: 'yes',
  positiveIntervention: 'no',
  safeguardingPlan: 'A fictional multi-agency plan',
};
const PERPETRATORS = { organisedCrimeLinks: 'no', perpetratorIdentified: 'no', positiveDisruption: 'no', venueIdentified: 'no' };

describe('refused, with the message beside the question', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['report', {}, { crisReportKind: 'Select which CRIS report is being closed' }],
    ['report', { crisReportKind: 'incident' }, { crisReportKind: 'CRIS report being closed must be one of the choices given' }],
    ['report', { crisReportKind: 'crime', crisNumber: 'x'.repeat(41) }, { crisNumber: 'CRIS reference (optional) must be 40 characters or fewer' }],
    // Not yet known is left empty, not stored as a reference (found by the exploratory test).
    ['report', { crisReportKind: 'crime', crisNumber: 'dunno yet!!' }, { crisNumber: 'Enter the CRIS reference as it was given, in numbers and letters (with / or - if it has them), or leave it empty if you do not have it yet' }],
    ['report', { crisReportKind: 'crime', crisNumber: 'to follow' }, { crisNumber: 'Enter the CRIS reference as it was given, in numbers and letters (with / or - if it has them), or leave it empty if you do not have it yet' }],
    ['family', {}, { familyMakeUp: 'Enter the family make-up, including siblings', siblingRisk: 'Select whether any risk to siblings was identified' }],
    ['family', { familyMakeUp: 'x'.repeat(4001), siblingRisk: 'no' }, { familyMakeUp: 'Family make-up, including siblings must be 4000 characters or fewer' }],
    ['family', { familyMakeUp: 'A mother and two brothers', siblingRisk: 'maybe' }, { siblingRisk: 'Select whether any risk to siblings was identified' }],
    ['family', { familyMakeUp: 'A mother and two brothers', siblingRisk: 'yes' }, { siblingRiskAction: 'Enter the risk to siblings and the action taken' }],
    ['investigation', {}, { investigationSummary: 'Enter a summary of the investigation' }],
    [
      'victim',
      {},
      {
        residentialStatus: 'Select where the victim lives now',
        currentRisk: 'Enter the current risk for the victim',
        victimEngaged: 'Select whether the victim engaged with police or another agency',
        vriGiven: 'Select whether the victim provided a visually recorded interview',
        familyEngaged: "Select whether the victim's family engaged with police or another agency",
        positiveIntervention: 'Select whether there was a positive intervention for the victim',
        safeguardingPlan: 'Enter the long-term safeguarding plan',
      },
    ],
    ['victim', { ...VICTIM, residentialStatus: 'hostel' }, { residentialStatus: 'Where the victim lives now must be one of the choices given' }],
    ['victim', { ...VICTIM, residentialStatus: 'other' }, { residentialStatusOther: 'Enter where the victim lives now, if somewhere else' }],
    ['victim', { ...VICTIM, positiveIntervention: 'yes' }, { positiveInterventionDetail: 'Enter the positive intervention' }],
    ['victim', { ...VICTIM, currentRisk: 'x'.repeat(4001) }, { currentRisk: 'The current risk for the victim must be 4000 characters or fewer' }],
    ['reapproach', {}, { reapproachReviewMonths: 'Enter the review period to re-approach the victim' }],
    ['reapproach', { reapproachReviewMonths: '0' }, { reapproachReviewMonths: 'Months until the victim is approached again must be a number between 1 and 24' }],
    ['reapproach', { reapproachReviewMonths: '25' }, { reapproachReviewMonths: 'Months until the victim is approached again must be a number between 1 and 24' }],
    ['reapproach', { reapproachReviewMonths: 'six' }, { reapproachReviewMonths: 'Months until the victim is approached again must be a number between 1 and 24' }],
    [
      'perpetrators',
      {},
      {
        organisedCrimeLinks: 'Select whether any links to an organised crime group were identified',
        perpetratorIdentified: 'Select whether a perpetrator was identified',
        positiveDisruption: 'Select whether a positive disruption has been recorded',
        venueIdentified: 'Select whether a venue or location was identified',
      },
    ],
    ['perpetrators', { ...PERPETRATORS, organisedCrimeLinks: 'yes' }, { organisedCrimeDetail: 'Enter the links to an organised crime group' }],
    [
      'perpetrators',
      { ...PERPETRATORS, perpetratorIdentified: 'yes', positiveDisruption: '' },
      { perpetratorAction: 'Enter the action taken against the perpetrator', positiveDisruption: 'Select whether a positive disruption has been recorded' },
    ],
    ['perpetrators', { ...PERPETRATORS, venueIdentified: 'yes' }, { venueAction: 'Enter the venue or location and the action taken' }],
    ['pncMarkers', {}, { victimPncMarker: 'Select whether there is a PNC marker on the victim' }],
    ['pncMarkers', { victimPncMarker: 'yes' }, { victimPncReviewMonths: "Enter the review period for the victim's PNC marker" }],
    ['pncMarkers', { victimPncMarker: 'yes', victimPncReviewMonths: '7' }, { victimPncReviewMonths: "Months until the victim's PNC marker is reviewed must be a number between 1 and 6" }],
    ['pncMarkers', { victimPncMarker: 'no' }, { victimPncNoMarkerReason: 'Enter why there is no PNC marker on the victim' }],
    ['pncMarkers', { victimPncMarker: 'no', victimPncNoMarkerReason: 'Reason' }, {}],
    ['outcome', { outcomeCodes: 'mi,xx' }, { outcomeCodes: 'Outcome code flags recorded on CRIS must be one of the choices given' }],
    ['outcome', { outcomeCodes: 'fq', outcomeNotes: 'x'.repeat(4001) }, { outcomeNotes: 'The nature of each intervention or disruption must be 4000 characters or fewer' }],
  ])('%s %j', (pageId, posted, errors) => {
    const expected = Object.keys(errors).length === 0 ? { answers: expect.any(Object) } : { errors };
    expect(run(pageId, posted)).toEqual(expected);
  });

  it("asks the suspect's marker only when a perpetrator was identified, and its period only when there is one", () => {
    const earlier = { perpetratorIdentified: 'yes' };
    expect(run('pncMarkers', { victimPncMarker: 'no', victimPncNoMarkerReason: 'Reason' }, earlier)).toEqual({ errors: { suspectPncMarker: 'Select whether there is a PNC marker on the suspect' } });
    expect(run('pncMarkers', { victimPncMarker: 'no', victimPncNoMarkerReason: 'Reason', suspectPncMarker: 'yes', suspectPncReviewMonths: '25' }, earlier)).toEqual({
      errors: { suspectPncReviewMonths: "Months until the suspect's PNC marker is reviewed must be a number between 1 and 24" },
    });
    expect(run('pncMarkers', { victimPncMarker: 'no', victimPncNoMarkerReason: 'Reason', suspectPncMarker: 'yes', suspectPncReviewMonths: '3' }, { perpetratorIdentified: 'no' })).toEqual({
      answers: { victimPncMarker: 'no', victimPncNoMarkerReason: 'Reason' },
    });
  });
});

describe('accepted, and stored normalised', () => {
  it.each<[string, Record<string, string>, Record<string, string | string[]>]>([
    ['report', { crisReportKind: 'nonCrime587', crisNumber: ' 1'.repeat(20) }, { crisReportKind: 'nonCrime587', crisNumber: ' 1'.repeat(20).trim() }],
    ['report', { crisReportKind: 'crime', crisNumber: ' 1234567/26 ' }, { crisReportKind: 'crime', crisNumber: '1234567/26' }],
    ['report', { crisReportKind: 'crime', crisNumber: 'CAD 1234-06DEC' }, { crisReportKind: 'crime', crisNumber: 'CAD 1234-06DEC' }],
    ['victim', { ...VICTIM, residentialStatus: 'other', residentialStatusOther: 'A fictional supported flat' }, { ...VICTIM, residentialStatus: 'other', residentialStatusOther: 'A fictional supported flat' }],
    ['reapproach', { reapproachReviewMonths: '1' }, { reapproachReviewMonths: '1' }],
    ['reapproach', { reapproachReviewMonths: '24' }, { reapproachReviewMonths: '24' }],
    ['pncMarkers', { victimPncMarker: 'yes', victimPncReviewMonths: '6' }, { victimPncMarker: 'yes', victimPncReviewMonths: '6' }],
    ['pncMarkers', { victimPncMarker: 'yes', victimPncReviewMonths: '1' }, { victimPncMarker: 'yes', victimPncReviewMonths: '1' }],
    ['outcome', { outcomeCodes: 'mi,fq', outcomeNotes: 'Fictional notes' }, { outcomeCodes: ['mi', 'fq'], outcomeNotes: 'Fictional notes' }],
    ['outcome', {}, {}],
  ])('%s %j', (pageId, posted, answers) => {
    expect(run(pageId, posted)).toEqual({ answers });
  });
});

describe('an outcome flag that records a Yes answered No (Appendix E: MI only when a positive intervention is achieved)', () => {
  const everyQuestion = form.pages.flatMap(questionsOf);
  const check = (pageId: string, posted: Record<string, unknown>, earlier: PageContext['earlier']) => {
    const result = parsePage(form, page(pageId), posted, { clock, earlier, form: everyQuestion });
    return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
  };
  const MI_AFTER_NO =
    '“MI: positive intervention for the victim” is ticked in the outcome code flags recorded on CRIS, but you answered No to whether there was a positive intervention for the victim: untick it, or change that answer';

  it('refuses MI ticked after "no positive intervention", and FQ after "no positive disruption"', () => {
    expect(check('outcome', { outcomeCodes: 'mi' }, { positiveIntervention: 'no' })).toEqual({ errors: { outcomeCodes: MI_AFTER_NO } });
    expect(check('outcome', { outcomeCodes: 'fp,fq' }, { positiveIntervention: 'yes', positiveDisruption: 'no' })).toEqual({
      errors: { outcomeCodes: '“FQ: positive disruption of the suspect” is ticked in the outcome code flags recorded on CRIS, but you answered No to whether a positive disruption has been recorded: untick it, or change that answer' },
    });
  });

  it('takes them after a Yes, or when the question was not asked', () => {
    expect(check('outcome', { outcomeCodes: 'mi,fq' }, { positiveIntervention: 'yes', positiveDisruption: 'yes' })).toEqual({ answers: { outcomeCodes: ['mi', 'fq'] } });
    expect(check('outcome', { outcomeCodes: 'fq' }, { positiveIntervention: 'no' })).toEqual({ answers: { outcomeCodes: ['fq'] } });
  });

  it('refuses a No changed from check-your-answers while the flag is ticked, beside the No', () => {
    expect(check('victim', VICTIM, { outcomeCodes: ['mi'] })).toEqual({
      errors: { positiveIntervention: 'You answered No to whether there was a positive intervention for the victim, but “MI: positive intervention for the victim” is ticked in the outcome code flags recorded on CRIS: check both' },
    });
    expect(check('victim', VICTIM, { outcomeCodes: ['fp'] })).toEqual({ answers: VICTIM });
  });
});

describe('conditions', () => {
  it('queries a follow-up given though its question was answered the other way, beside it', () => {
    expect(run('family', { familyMakeUp: 'A mother', siblingRisk: 'no', siblingRiskAction: 'left from before' })).toEqual({ errors: { siblingRiskAction: expect.any(String) } });
    expect(run('victim', { ...VICTIM, residentialStatusOther: 'left from before', positiveInterventionDetail: 'left from before' })).toEqual({ errors: { residentialStatusOther: expect.any(String), positiveInterventionDetail: expect.any(String) } });
    expect(run('outcome', { outcomeNotes: 'Notes without a code' })).toEqual({ errors: { outcomeNotes: expect.any(String) } });
    expect(run('family', { familyMakeUp: 'A mother', siblingRisk: 'no' })).toEqual({ answers: { familyMakeUp: 'A mother', siblingRisk: 'no' } });
  });

  it('asks about re-approaching the victim only when the victim did not engage', () => {
    const ids = (answers: FormAnswers) => pagesAsked(form, answers).map((p) => p.id);
    expect(ids({ victimEngaged: 'yes' })).not.toContain('reapproach');
    expect(ids({ victimEngaged: 'no' })).toEqual(['report', 'family', 'investigation', 'victim', 'reapproach', 'perpetrators', 'optionsConsidered', 'pncMarkers', 'outcome']);
  });

  it('drops the answers a changed answer no longer asks for', () => {
    const answers: FormAnswers = { victimEngaged: 'no', reapproachReviewMonths: '6', perpetratorIdentified: 'yes', perpetratorAction: 'Arrested', positiveDisruption: 'yes', suspectPncMarker: 'yes', suspectPncReviewMonths: '12' };
    expect(keepAsked(form, answers)).toEqual(answers);
    // A positive disruption is asked whatever the perpetrator answer (Section 7: "even at certain locations"; issue 8).
    expect(keepAsked(form, { ...answers, victimEngaged: 'yes', perpetratorIdentified: 'no' })).toEqual({ victimEngaged: 'yes', perpetratorIdentified: 'no', positiveDisruption: 'yes' });
  });
});

describe('the outcome codes', () => {
  it("are Appendix E's from knowledge, each labelled with its entry's title", () => {
    const codes = allEntries.filter((e) => e.kind === 'outcome-code');
    expect(outcomeCodeOptions.values).toEqual(codes.map((e) => e.id.replace('outcome.', '')));
    expect(outcomeCodeOptions.values).toEqual(['mi', 'fp', 'fo', 'fq']);
    for (const entry of codes) expect(t(`forms:options.outcomeCode.${entry.id.replace('outcome.', '')}`)).toBe(entry.title);
  });

  it('are recorded as the officer ticked them: none is required and none is worked out', () => {
    expect(form.pages.flatMap(questionsOf).find((q) => q.id === 'outcomeCodes')).toMatchObject({ kind: 'severalOf', required: false });
  });
});

const STORED: FormAnswers = {
  crisReportKind: 'nonCrime587',
  familyMakeUp: 'A fictional mother and two younger brothers',
  siblingRisk: 'yes',
  siblingRiskAction: 'Both brothers discussed at the strategy meeting',
  investigationSummary: 'A fictional summary, with the school and children’s social care',
  ...VICTIM,
  victimEngaged: 'no',
  reapproachReviewMonths: '6',
  organisedCrimeLinks: 'no',
  perpetratorIdentified: 'yes',
  perpetratorAction: 'Child Abduction Warning Notice served',
  positiveDisruption: 'yes',
  venueIdentified: 'no',
  victimPncMarker: 'yes',
  victimPncReviewMonths: '6',
  suspectPncMarker: 'no',
  outcomeCodes: ['fp'],
};

describe('what is stored', () => {
  const payload = { formId: 'form.policeClosingReport', formVersion: 1, schemaVersion: 1, answers: STORED };

  it('accepts a completed report', () => {
    expect(storedPayloadSchema(form).safeParse(payload).success).toBe(true);
  });

  it.each<[string, FormAnswers]>([
    ['an outcome code that is not in Appendix E', { ...STORED, outcomeCodes: ['zz'] }],
    ['a victim marker review beyond six months', { ...STORED, victimPncReviewMonths: '7' }],
    ['a yes/no answer in other words', { ...STORED, vriGiven: 'maybe' }],
  ])('refuses %s', (_name, answers) => {
    expect(storedPayloadSchema(form).safeParse({ ...payload, answers }).success).toBe(false);
  });
});

describe('the document every export is drawn from', () => {
  it('has every point of the closing report in words, in Appendix J order', () => {
    const doc = documentOf(form, STORED, { reference: 'CSE-7K2M-9QXD', submittedAt: new Date('2026-07-04T13:05:00Z') }, t);
    expect(doc).toMatchObject({ formId: 'form.policeClosingReport', title: 'Police closing report', submittedAt: '4 July 2026, 14:05', notes: [t('policeClosingReport:confirmation.whatNext')] });
    expect(doc.sections.map((s) => [s.heading, s.rows.map((r) => `${r.label}: ${r.value}`)])).toEqual([
      ['The report being closed', ['CRIS report being closed: A non-crime 587/00 CSE report', 'CRIS reference (optional): Not answered']],
      [
        'Family',
        [
          'Family make-up, including siblings: A fictional mother and two younger brothers',
          'Was any risk to siblings identified?: Yes',
          'Risk to siblings and the action taken: Both brothers discussed at the strategy meeting',
        ],
      ],
      ['Summary of the investigation', ['Summary of the investigation: A fictional summary, with the school and children’s social care']],
      [
        'The victim',
        [
          'Where the victim lives now: In local authority care',
          'The current risk for the victim: Still in contact with a fictional older man',
          'Did the victim engage with police or another agency?: No',
          'Did the victim provide a visually recorded interview (VRI)?: No',
          "Did the victim's family engage with police or another agency?: Yes",
          'Was there a positive intervention for the victim?: No',
          'Long-term safeguarding plan: A fictional multi-agency plan',
        ],
      ],
      ['Re-approaching the victim', ['Months until the victim is approached again: 6']],
      [
        'Organised crime, perpetrators and venues',
        [
          'Were any links to an organised crime group identified?: No',
          'Was a perpetrator identified?: Yes',
          'Action taken against the perpetrator: Child Abduction Warning Notice served',
          'Has a positive disruption been recorded?: Yes',
          'Was a venue or location identified?: No',
        ],
      ],
      ['Options considered', ['Options considered: Not answered']],
      [
        'PNC markers',
        ["Is there a PNC marker on the victim?: Yes", "Months until the victim's PNC marker is reviewed: 6", 'Is there a PNC marker on the suspect?: No'],
      ],
      ['Outcome code', ['Outcome code flags recorded on CRIS: FP: order served on the suspect', 'The nature of each intervention or disruption: Not answered']],
    ]);
  });
});
