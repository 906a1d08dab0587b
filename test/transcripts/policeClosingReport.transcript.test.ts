import { FICTIONAL_ADULT } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The police closing report, offered on the officer's summary, as a whole conversation through the
 * real handler: the CRIS report kind carried from the journey, follow-ups asked only after a yes,
 * an error and its fix, a change from check your answers, and a submission with its reference.
 */

const SUMMARY = 'What to do now, in order';
const OFFER = 'Write the closing report';
const REPORT = 'The report being closed';
const FAMILY = 'Family';
const INVESTIGATION = 'Summary of the investigation';
const VICTIM = 'The victim';
const REAPPROACH = 'Re-approaching the victim';
const PERPETRATORS = 'Organised crime, perpetrators and venues';
const OPTIONS_CONSIDERED = 'Options considered';
const PNC = 'PNC markers';
const OUTCOME = 'Outcome code';
const CHECK = 'Check your answers before submitting';

const VICTIM_ANSWERS = {
  residentialStatus: 'atHome',
  currentRisk: 'Reduced, as assessed at the last strategy meeting',
  victimEngaged: 'no',
  vriGiven: 'no',
  familyEngaged: 'yes',
  positiveIntervention: 'no',
  safeguardingPlan: 'A fictional child in need plan',
};

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'an officer closes a non-crime report: a victim who did not engage, a perpetrator served a notice',
    [
      { say: 'police', see: ['Is the child at immediate risk of significant harm?'] },
      { press: 'No', see: ['Has a crime been alleged or disclosed?'] },
      { press: 'No', see: ['Warning signs: SAFEGUARD areas S to G'] },
      { press: 'Next: more signs, rationale', see: ['Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page'] },
      { press: 'Next: the flags', see: ['Flags for the CRIS report'] },
      { press: 'Next: is the child in care?', see: ['Is the child looked after (in care)?'] },
      { press: 'No', see: ['Has the child gone missing, now or before?'] },
      { press: 'No', see: ['Has the child been moved to be exploited?'] },
      { press: 'No', see: ['The investigation: Appendix J checklists'] },
      { press: 'Next: what to do now', see: [SUMMARY], read: [OFFER] },
      // No crime was alleged: the report closed is the non-crime 587/00 one, already chosen.
      // The report's first page says what replaced the 587/00 and CRIS since 2017, beside the 2017 wording it asks in.
      { press: OFFER, see: [REPORT], read: ['Page 1 of up to 9', '"value":"nonCrime587"', 'a non-crime 588 child exploitation report replaced the 587/00 CSE report'] },
      { press: 'Continue', inputs: { crisReportKind: 'nonCrime587' }, see: [FAMILY] },
      { press: 'Continue', inputs: { familyMakeUp: 'A fictional mother and two brothers', siblingRisk: 'yes' }, see: [FAMILY], read: ['Enter the risk to siblings and the action taken'] },
      { press: 'Continue', inputs: { familyMakeUp: 'A fictional mother and two brothers', siblingRisk: 'yes', siblingRiskAction: 'Both brothers discussed at the strategy meeting' }, see: [INVESTIGATION] },
      // The fourth exploratory test (defect 11): "Page 4 of 9" then "Page 5 of 8" read as a page lost. While the re-approach
      // page may yet be ruled out, the count is a most.
      { press: 'Continue', inputs: { investigationSummary: 'A fictional summary with the school and children’s social care' }, see: [VICTIM], read: ['Page 4 of up to 9'] },
      // The victim did not engage: a page to plan re-approaching them is added.
      { press: 'Continue', inputs: VICTIM_ANSWERS, see: [REAPPROACH], read: ['Page 5 of 9', 'revisiting six months later'] },
      { press: 'Continue', inputs: { reapproachReviewMonths: '30' }, see: [REAPPROACH], read: ['Months until the victim is approached again must be a number between 1 and 24'] },
      { press: 'Continue', inputs: { reapproachReviewMonths: '6' }, see: [PERPETRATORS] },
      {
        press: 'Continue',
        inputs: { organisedCrimeLinks: 'no', perpetratorIdentified: 'yes', perpetratorAction: `Child Abduction Warning Notice served on ${FICTIONAL_ADULT.name}`, positiveDisruption: 'yes', venueIdentified: 'no' },
        see: [OPTIONS_CONSIDERED],
      },
      { press: 'Continue', see: [PNC] },
      { press: 'Continue', inputs: { victimPncMarker: 'yes', victimPncReviewMonths: '6', suspectPncMarker: 'yes', suspectPncReviewMonths: '12' }, see: [OUTCOME], read: ['FP: order served on the suspect', "Met flags are now recorded on 'CRIS/CONNECT'"] },
      {
        press: 'Continue',
        see: [CHECK],
        read: ['A non-crime 587/00 CSE report', 'Both brothers discussed at the strategy meeting', FICTIONAL_ADULT.name, 'Before you submit', 'but no outcome code flag'],
      },
      { press: 'Change which CRIS report is being closed', see: [REPORT] },
      { press: 'Save and go back', inputs: { crisReportKind: 'nonCrime587', crisNumber: 'FICTIONAL-0001' }, see: [CHECK], read: ['FICTIONAL-0001'] },
      { press: 'Submit', see: ['Police closing report submitted'], read: ['Your reference is', 'check that every MI, FP, FO and FQ flag is recorded'] },
    ],
  ],
];

playTranscripts(transcripts);
