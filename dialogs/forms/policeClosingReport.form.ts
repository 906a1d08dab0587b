import { optionsConsideredPage } from './optionsConsideredPage';
import { crisReportKindOptions, outcomeCodeOptions, residentialStatusOptions } from './options/policeClosingReport.options';
import type { Condition, FormDefinition } from './vocabulary';

/**
 * The police closing report: every point of Appendix J's "Closing report to include the following
 * points", then the outcome code flags recorded on CRIS. The current risk is the officer's own
 * words: nothing is scored. Follow-up questions are asked only when the answer before calls for them.
 */

const J = 'Appendix J: Closing report';
const victim = `${J}, in relation to the victim`;
const yes = (question: string): Condition => ({ question, equals: 'yes' });
const no = (question: string): Condition => ({ question, equals: 'no' });

export const policeClosingReportForm: FormDefinition = {
  id: 'form.policeClosingReport',
  // 2: the options considered (from the Appendix I finder, or written in).
  version: 2,
  schemaVersion: 1,
  ns: 'policeClosingReport',
  source: 'Appendix J: Best practice for a Child Sexual Exploitation investigation – Closing report to include the following points; Outcome code',
  pages: [
    {
      id: 'report',
      intro: true,
      questions: [
        {
          id: 'crisReportKind',
          kind: 'oneOf',
          options: crisReportKindOptions,
          required: true,
          source: 'Appendix E: Police flags and outcome codes – Recording all suspicions of Child Sexual Exploitation',
          since2017: ['change.connect-588'],
        },
        {
          id: 'crisNumber',
          kind: 'shortText',
          maxLength: 40,
          reference: true,
          required: false,
          personal: true,
          hint: true,
          source: 'Appendix E: Police flags and outcome codes (the CRIS report the flags are entered on)',
          since2017: ['change.connect-588'],
        },
      ],
    },
    {
      id: 'family',
      questions: [
        { id: 'familyMakeUp', kind: 'longText', required: true, personal: true, hint: true, source: `${J} – Family make up including siblings` },
        { id: 'siblingRisk', kind: 'yesNo', required: true, source: `${J} – Any identified risk to siblings, and action taken` },
        { id: 'siblingRiskAction', kind: 'longText', required: true, personal: true, condition: yes('siblingRisk'), source: `${J} – Any identified risk to siblings, and action taken` },
      ],
    },
    {
      id: 'investigation',
      questions: [{ id: 'investigationSummary', kind: 'longText', required: true, personal: true, hint: true, source: `${J} – Summary of the investigation to include partner's actions` }],
    },
    {
      id: 'victim',
      questions: [
        { id: 'residentialStatus', kind: 'oneOf', options: residentialStatusOptions, required: true, personal: true, source: `${victim} – Victim's current residential status` },
        { id: 'residentialStatusOther', kind: 'shortText', required: true, personal: true, condition: { question: 'residentialStatus', equals: 'other' }, source: `${victim} – Victim's current residential status` },
        { id: 'currentRisk', kind: 'longText', required: true, personal: true, hint: true, source: `${victim} – The current risk for the victim` },
        { id: 'victimEngaged', kind: 'yesNo', required: true, personal: true, source: `${victim} – Did the victim engage with police or another agency?` },
        { id: 'vriGiven', kind: 'yesNo', required: true, personal: true, hint: true, source: `${victim} – Did the victim provide a VRI?; Section 10: Visually recorded interviews` },
        { id: 'familyEngaged', kind: 'yesNo', required: true, personal: true, source: `${victim} – Did the victim's family engage with police or another agency?` },
        { id: 'positiveIntervention', kind: 'yesNo', required: true, personal: true, source: `${victim} – Was there a positive intervention for the victim?; Section 7: Positive interventions` },
        {
          id: 'positiveInterventionDetail',
          kind: 'longText',
          required: true,
          personal: true,
          hint: true,
          condition: yes('positiveIntervention'),
          source: "Appendix J: Investigating Officer's actions, Victim – positive interventions recorded as MI flag, with an explanation in the officer's notes",
        },
        { id: 'safeguardingPlan', kind: 'longText', required: true, personal: true, source: `${victim} – Long-term safeguarding plan` },
      ],
    },
    {
      id: 'reapproach',
      condition: no('victimEngaged'),
      questions: [
        {
          id: 'reapproachReviewMonths',
          kind: 'number',
          min: 1,
          max: 24,
          required: true,
          hint: true,
          source: `${J} – If the victim has not engaged, consideration for review period to re-approach and engage with the victim; Section 10: Investigations`,
        },
      ],
    },
    {
      id: 'perpetrators',
      questions: [
        { id: 'organisedCrimeLinks', kind: 'yesNo', required: true, source: `${J} – Any links to an organised crime group` },
        { id: 'organisedCrimeDetail', kind: 'longText', required: true, personal: true, condition: yes('organisedCrimeLinks'), source: `${J} – Any links to an organised crime group` },
        { id: 'perpetratorIdentified', kind: 'yesNo', required: true, source: `${J} – Was a perpetrator identified?` },
        {
          id: 'perpetratorAction',
          kind: 'longText',
          required: true,
          personal: true,
          hint: true,
          condition: yes('perpetratorIdentified'),
          source: `${J} – Was a perpetrator identified and, if so, what action was taken?; Appendix J: Suspect – if the suspect is identified, there is an expectation that there will be some action taken to disrupt them`,
        },
        // Asked whatever the answer above (issue 8: after "No" it was set aside unseen): Section 7 counts police disruption
        // "in respect of perpetrators and even at certain locations", so a disruption needs no identified perpetrator.
        {
          id: 'positiveDisruption',
          kind: 'yesNo',
          required: true,
          source: `${J} – Has a positive disruption been recorded?; Section 7: Positive interventions ("police disruption … in respect of perpetrators and even at certain locations")`,
        },
        { id: 'venueIdentified', kind: 'yesNo', required: true, source: `${J} – Was a venue or location identified?` },
        { id: 'venueAction', kind: 'longText', required: true, personal: true, condition: yes('venueIdentified'), source: `${J} – Was a venue or location identified and, if so, what action was taken?` },
      ],
    },
    optionsConsideredPage(
      'Appendix J: Suspect – Intervention plan (arrest, S2 Abduction notice, Sexual Risk Order or other interventions); Closing report – what action was taken on a perpetrator, a venue or location; Appendix I: Tactical options and legislation',
    ),
    {
      id: 'pncMarkers',
      questions: [
        { id: 'victimPncMarker', kind: 'yesNo', required: true, personal: true, source: "Appendix J: Investigating Officer's actions, Victim – PNC marker on the victim must be considered" },
        {
          id: 'victimPncReviewMonths',
          kind: 'number',
          min: 1,
          max: 6,
          required: true,
          hint: true,
          condition: yes('victimPncMarker'),
          source: `${J} – Review period for any PNC marker on victim and suspect; Appendix J: the marker should be reviewed every six months`,
        },
        {
          id: 'victimPncNoMarkerReason',
          kind: 'longText',
          required: true,
          personal: true,
          condition: no('victimPncMarker'),
          source: "Appendix J: Investigating Officer's actions, Victim – if a marker is not placed, record the rationale why this is not appropriate",
        },
        { id: 'suspectPncMarker', kind: 'yesNo', required: true, condition: yes('perpetratorIdentified'), source: 'Appendix I: Positive action for offenders – PNC marker for suspected perpetrator' },
        {
          id: 'suspectPncReviewMonths',
          kind: 'number',
          min: 1,
          max: 24,
          required: true,
          hint: true,
          condition: { all: [yes('perpetratorIdentified'), yes('suspectPncMarker')] },
          source: `${J} – Review period for any PNC marker on victim and suspect`,
        },
      ],
    },
    {
      id: 'outcome',
      intro: true,
      questions: [
        {
          id: 'outcomeCodes',
          kind: 'severalOf',
          options: outcomeCodeOptions,
          required: false,
          hint: true,
          source: 'Appendix J: Outcome code; Appendix E: Outcome codes to be entered at the conclusion of the investigation',
          since2017: ['change.connect-flags'],
          // Appendix E: MI "when a positive intervention for the victim is achieved"; FQ "when a positive disruption … has been achieved".
          refusedBeside: [
            { question: 'positiveIntervention', answer: 'no', options: ['mi'] },
            { question: 'positiveDisruption', answer: 'no', options: ['fq'] },
            // Appendix E enters FP, FO and FQ on the suspect's page: FP "when any order is served on the suspect", FO when an
            // SHPO is served, FQ "when a positive disruption to the suspect(s) has been achieved". With no perpetrator
            // identified there is no suspect's page (issue 8). A disruption at a location stays (Section 7): MI is not refused.
            { question: 'perpetratorIdentified', answer: 'no', options: ['fp', 'fo', 'fq'] },
          ],
        },
        {
          id: 'outcomeNotes',
          kind: 'longText',
          required: false,
          personal: true,
          hint: true,
          condition: { question: 'outcomeCodes', answered: true },
          source: "Appendix J: Victim and Suspect – explanation in the Officers notes free text field of the nature of the intervention or disruption",
        },
      ],
    },
  ],
  quality: [
    { kind: 'reminder', messageKey: 'policeClosingReport:quality.factsNotOpinion' },
    // Section 10: a VRI is an interview planned and conducted with the police, so a victim who gave one engaged at least then;
    // not refused (a victim may give one and withdraw), but noted (issue 8).
    { kind: 'reminder', when: { all: [yes('vriGiven'), no('victimEngaged')] }, messageKey: 'policeClosingReport:quality.vriButNotEngaged' },
    // With no perpetrator identified the note names no suspect's flag (FP, FO and FQ are refused then): Section 7 reflects a
    // disruption at a location as a positive intervention for the young person.
    { kind: 'missingWhen', question: 'outcomeCodes', when: { all: [{ any: [yes('positiveIntervention'), yes('positiveDisruption')] }, { not: no('perpetratorIdentified') }] }, messageKey: 'policeClosingReport:quality.outcomeCodeMissing' },
    { kind: 'missingWhen', question: 'outcomeCodes', when: { all: [{ any: [yes('positiveIntervention'), yes('positiveDisruption')] }, no('perpetratorIdentified')] }, messageKey: 'policeClosingReport:quality.outcomeCodeMissingNoPerpetrator' },
    // Appendix E: FQ "must be entered onto the suspect's page … when a positive disruption to the suspect(s) has been achieved".
    // A reminder, not a refusal: the report records what is on CRIS, and the disruption may have been of a location only.
    {
      kind: 'reminder',
      when: { all: [yes('positiveDisruption'), yes('perpetratorIdentified'), { question: 'outcomeCodes', answered: true }, { not: { question: 'outcomeCodes', includes: 'fq' } }] },
      messageKey: 'policeClosingReport:quality.fqNotTicked',
    },
  ],
  // The protocol's six-monthly PNC review and re-approach are counted from dates this report does not hold: they are recorded as periods.
  deadlines: [],
  // Written when the investigation closes: its summary and actions tell what happened (the eighth exploratory test: a past
  // disclosure in the summary brought the 999 card). Words that tell of now still do (dialogs/forms/dangerTold.ts).
  recordOfPast: true,
  // Not the CRIS reference (issue 8 asked for it): the form marks it `personal`, and a personal answer never describes a draft.
  describedBy: ['crisReportKind'],
};
