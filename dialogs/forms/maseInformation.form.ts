import { optionsConsideredPage } from './optionsConsideredPage';
import {
  CSE_MODEL_TYPES,
  caseStatusOptions,
  cseModelTypeOptions,
  educationStatusOptions,
  ethnicityOptions,
  locationTypeOptions,
  nrmStatusOptions,
  policeRiskCategoryOptions,
} from './options/maseInformation.options';
import { maseInformationLayout } from './maseInformation.layout';
import type { Condition, FormDefinition, Question } from './vocabulary';

/**
 * The MASE information form, every field of Appendix F's example (VOLT: victims, offenders,
 * locations, themes), with any number of victims, offenders and additional locations. The police
 * risk category is recorded as the officer chose it at the strategy meeting: nothing is scored.
 */

const F = 'Appendix F: MASE information form';
const victims = `${F}, Victims`;
const offenders = `${F}, Offenders, suspects or persons of concern`;
const locations = `${F}, Locations`;
const themes = `${F}, Themes`;

/** The fields Appendix F asks of a victim and of an offender alike, after the name and date of birth. */
function personQuestions(source: string): Question[] {
  return [
    { id: 'ethnicity', kind: 'oneOf', options: ethnicityOptions, required: false, personal: true, source: `${source} – Ethnicity` },
    { id: 'disability', kind: 'longText', maxLength: 1000, required: false, personal: true, hint: true, source: `${source} – Disability/LD/SEN` },
    { id: 'allocatedService', kind: 'shortText', required: false, personal: true, hint: true, source: `${source} – Allocated Service` },
    { id: 'caseStatus', kind: 'oneOf', options: caseStatusOptions, required: false, personal: true, source: `${source} – Case Status` },
    { id: 'educationStatus', kind: 'oneOf', options: educationStatusOptions, required: false, personal: true, source: `${source} – Education Status` },
    { id: 'schoolOrCollege', kind: 'shortText', required: false, personal: true, source: `${source} – School/College` },
    { id: 'gangAffiliation', kind: 'longText', maxLength: 1000, required: false, personal: true, hint: true, source: `${source} – Gang Affiliated` },
    { id: 'offendingHistory', kind: 'longText', required: false, personal: true, hint: true, source: `${source} – Offending History and YOS/Police involvement` },
  ];
}

const victimQuestions: Question[] = [
  { id: 'name', kind: 'shortText', required: true, personal: true, isName: true, hint: true, source: `${victims} – Name/Alias` },
  { id: 'dateOfBirth', kind: 'date', required: false, personal: true, notFuture: true, childDateOfBirth: true, source: `${victims} – DoB` },
  { id: 'age', kind: 'number', min: 0, max: 17, ageOf: 'dateOfBirth', required: false, personal: true, source: `${victims} – Age` },
  ...personQuestions(victims),
  { id: 'strategyMeetingDate', kind: 'date', required: false, notFuture: true, notBefore: 'dateOfBirth', source: `${victims} – Date of CSE strategy meeting` },
  {
    id: 'policeRiskCategory',
    kind: 'oneOf',
    options: policeRiskCategoryOptions,
    required: false,
    personal: true,
    hint: true,
    source: `${victims} – CSE strategy meeting assessment of police risk category`,
  },
];

// Offenders may be adults, or children (peer-on-peer exploitation, Section 3): no child range.
const offenderQuestions: Question[] = [
  { id: 'name', kind: 'shortText', required: true, personal: true, isName: true, hint: true, source: `${offenders} – Name/Alias` },
  { id: 'dateOfBirth', kind: 'date', required: false, personal: true, notFuture: true, source: `${offenders} – DoB` },
  { id: 'age', kind: 'number', min: 0, max: 120, ageOf: 'dateOfBirth', required: false, personal: true, source: `${offenders} – Age` },
  ...personQuestions(offenders),
];

const locationQuestions: Question[] = [
  { id: 'type', kind: 'oneOf', options: locationTypeOptions, required: true, source: `${locations} – Additional Locations` },
  { id: 'place', kind: 'shortText', maxLength: 500, required: true, personal: true, hint: true, source: `${locations} – Additional Locations` },
  { id: 'postcode', kind: 'postcode', required: false, personal: true, source: `${locations} – Additional Locations` },
];

/** A model type chosen, not "not known": only then is a further one asked. */
const chosenModel = (question: string): Condition => ({ question, oneOf: CSE_MODEL_TYPES });
const anyModelIs = (model: string): Condition => ({
  any: ['cseModelPrimary', 'cseModelSecondary', 'cseModelThird'].map((question) => ({ question, equals: model })),
});

const themeQuestions: Question[] = [
  { id: 'missingEpisodes', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Missing episodes` },
  { id: 'emergencyAttendance', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – A&E Attendance` },
  { id: 'crossBorderIssues', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Cross Border Issues` },
  { id: 'substanceUse', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Substance use` },
  { id: 'cseModelPrimary', kind: 'oneOf', options: cseModelTypeOptions, required: false, hint: true, source: `${themes} – CSE Model Type, Primary; Section 3: Types of Child Sexual Exploitation` },
  {
    id: 'cseModelSecondary',
    kind: 'oneOf',
    options: cseModelTypeOptions,
    required: false,
    condition: chosenModel('cseModelPrimary'),
    source: `${themes} – CSE Model Type, Secondary; Section 3: Types of Child Sexual Exploitation`,
  },
  {
    id: 'cseModelThird',
    kind: 'oneOf',
    options: cseModelTypeOptions,
    required: false,
    condition: { all: [chosenModel('cseModelPrimary'), chosenModel('cseModelSecondary')] },
    source: `${themes} – CSE Model Type, third; Section 3: Types of Child Sexual Exploitation`,
  },
  { id: 'riskyInternetUse', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Risky Internet Use` },
  { id: 'trafficking', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Trafficking` },
  {
    id: 'nrmStatus',
    kind: 'oneOf',
    options: nrmStatusOptions,
    required: false,
    condition: { question: 'trafficking', answered: true },
    source: `${themes} – Trafficking ("whether NRM has been completed"); Section 7: Trafficking and NRM`,
  },
  { id: 'sexualHealth', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Sexual Health Concerns` },
  { id: 'countyLines', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – County Lines` },
  { id: 'familialLink', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Sibling or Familial CSE link` },
  { id: 'radicalisation', kind: 'longText', required: false, personal: true, hint: true, source: `${themes} – Radicalisation` },
];

export const maseInformationForm: FormDefinition = {
  id: 'form.maseInformation',
  // 2: the options considered (from the Appendix I finder, or written in).
  version: 2,
  schemaVersion: 1,
  ns: 'maseInformation',
  source: 'Appendix F: Multi-agency sexual exploitation meeting – Example of a MASE information form; Section 7: Multi-Agency Sexual Exploitation meeting',
  pages: [
    {
      id: 'about',
      intro: true,
      questions: [
        {
          id: 'maseArea',
          kind: 'shortText',
          maxLength: 100,
          required: false,
          hint: true,
          source: 'Section 7: Multi-Agency Sexual Exploitation meeting (one MASE for each local authority area; forms shared between MASEs)',
          since2017: ['change.mace'],
        },
      ],
    },
    { id: 'victims', group: { id: 'victims', min: 1, max: 20, questions: victimQuestions } },
    { id: 'offenders', group: { id: 'offenders', min: 0, max: 20, questions: offenderQuestions } },
    {
      id: 'addresses',
      questions: [
        { id: 'victimAddresses', kind: 'longText', maxLength: 2000, required: false, personal: true, hint: true, source: `${locations} – Victim Address/s` },
        { id: 'offenderAddresses', kind: 'longText', maxLength: 2000, required: false, personal: true, hint: true, source: `${locations} – Offender Address/s` },
      ],
    },
    { id: 'additionalLocations', group: { id: 'additionalLocations', min: 0, max: 30, questions: locationQuestions } },
    { id: 'themes', questions: themeQuestions },
    // Appendix F's example form has no field for it: a field of its own, for the agenda's discussion.
    optionsConsideredPage(
      'Appendix F: MASE agenda, Part 1, item 3 – Intervention/disruption and positive intervention discussion; Appendix I: Tactical options and legislation',
    ),
  ],
  quality: [
    { kind: 'initialsOnly' },
    { kind: 'reminder', messageKey: 'maseInformation:quality.factsNotOpinion' },
    { kind: 'missingWhen', question: 'trafficking', when: anyModelIs('organised-networked'), messageKey: 'maseInformation:quality.traffickingForOrganisedModel' },
    { kind: 'missingWhen', question: 'countyLines', when: anyModelIs('county-lines'), messageKey: 'maseInformation:quality.countyLinesForModel' },
    { kind: 'missingWhen', question: 'riskyInternetUse', when: anyModelIs('online'), messageKey: 'maseInformation:quality.internetUseForOnlineModel' },
  ],
  // The protocol sets no deadline counted from anything this form records (MASE meets monthly, or at most every six weeks).
  deadlines: [],
  describedBy: ['maseArea'],
  exportLayout: maseInformationLayout,
  // A record by nature: what is known of victims, offenders and places for a meeting that reviews cases already under child
  // protection (Section 7: MASE; the journey reaches it after a strategy meeting). Its boxes bring the 999 card only when they
  // tell of now (the eleventh exploratory test: "she said she could not leave because her phone had been taken" in the
  // offending history brought a full card mid-form, and the confirmation then spoke of immediate danger).
  recordOfPast: true,
};
