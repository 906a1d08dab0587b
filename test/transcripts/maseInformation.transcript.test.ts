import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The MASE information form, offered on the social care journey's summary, as whole conversations
 * through the real handler: several victims, an error and its fix, a change from check your answers,
 * a restart in the middle, and a submission with its reference.
 */

const SUMMARY = 'What to do now, in order';
const OFFER = 'Fill in the MASE form';
const ABOUT = 'About this form';
const VICTIMS = 'Victims';
const OFFENDERS = 'Offenders, suspects or persons of concern (alleged or known)';
const ADDRESSES = 'Locations: addresses';
const LOCATIONS = 'Locations: additional locations';
const THEMES = 'Themes';
const OPTIONS_CONSIDERED = 'Options considered';
const CHECK = 'Check your answers before submitting';
const SUBMITTED = 'MASE information form submitted';

/** The social care journey, the shortest way to its summary. */
const TO_SUMMARY: TranscriptStep[] = [
  { say: 'hello', see: ["Worried about a child? Let's work out what to do next."] },
  { press: 'Social care, MASH or MASE', see: ['Is the child in immediate danger?'] },
  { press: 'No', see: ['Does the child have an allocated social worker?'] },
  { press: 'Yes', see: ['Is there reasonable cause to suspect significant harm?'] },
  { press: 'Yes', see: ['Are there concerns of organised or complex abuse?'] },
  { press: 'No', see: ['Before the case goes to MASE'] },
  { press: 'Next: looked after?', inputs: { cpProcedures: 'met', strategyMeeting: 'met', crisNumber: 'met' }, see: ['Is the child looked after, and placed out of borough?'] },
  { press: 'Not looked after', see: ['Is the young person 17 or over?'] },
  { press: 'No', see: ['Are there signs of trafficking or movement?'] },
  { press: 'No', see: [SUMMARY], read: [OFFER] },
];

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a social worker completes the form for two victims and an offender, fixing an error and changing an answer',
    [
      ...TO_SUMMARY,
      { press: OFFER, see: [ABOUT], read: ['Page 1 of 7', 'under VOLT'] },
      { press: 'Continue', inputs: { maseArea: 'A fictional borough' }, see: [VICTIMS], read: ['Page 2 of 7', 'Victim 1: fill in the questions below'] },
      {
        press: 'Add another victim',
        inputs: { name: FICTIONAL_CHILD.firstName, dateOfBirth: '1/1/2007', policeRiskCategory: 'category2' },
        see: [VICTIMS],
        read: ['There is a problem', 'Date of birth must be for a child aged 0 to 17', FICTIONAL_CHILD.firstName],
      },
      {
        press: 'Add another victim',
        inputs: { name: FICTIONAL_CHILD.firstName, dateOfBirth: '27/03/2012', age: '14', ethnicity: 'notKnown', strategyMeetingDate: '20/11/2026', policeRiskCategory: 'category2' },
        see: [VICTIMS],
        read: [`Victim 1: ${FICTIONAL_CHILD.firstName}`, 'Victim 2: fill in the questions below'],
      },
      { press: 'Continue', inputs: { name: 'Fictional Child B', caseStatus: 'childInNeed' }, see: [OFFENDERS], read: ['Page 3 of 7'] },
      { press: 'Continue', inputs: { name: FICTIONAL_ADULT.name, age: '31' }, see: [ADDRESSES] },
      { press: 'Continue', see: [LOCATIONS] },
      { press: 'Continue', inputs: { type: 'hotel', place: 'A fictional hotel', postcode: 'e1 6an' }, see: [THEMES] },
      {
        press: 'Continue',
        inputs: { cseModelPrimary: 'relationship-model', cseModelSecondary: 'organised-networked' },
        see: [OPTIONS_CONSIDERED],
        read: ['Page 7 of 7'],
      },
      {
        press: 'Continue',
        see: [CHECK],
        read: [
          'A fictional borough',
          'Category 2',
          '27 March 2012',
          'Relationship model',
          'Organised or networked exploitation and trafficking',
          'E1 6AN',
          'Before you submit',
          'the trafficking theme is empty',
        ],
      },
      { press: 'Change', see: [ABOUT], read: ['Save and go back to check your answers'] },
      { press: 'Save and go back to check your answers', inputs: { maseArea: 'Another fictional borough' }, see: [CHECK], read: ['Another fictional borough'] },
      { press: 'Submit', see: [SUBMITTED], read: ['Your reference is', 'Send the form to your MASE coordinator'] },
    ],
  ],
  [
    'a MASE form left half-way, the server restarted, and carried on where it stopped',
    [
      ...TO_SUMMARY,
      { press: OFFER, see: [ABOUT] },
      { press: 'Continue', see: [VICTIMS] },
      { press: 'Continue', see: [VICTIMS], read: ['Enter the name or alias'] },
      { press: 'Continue', inputs: { name: FICTIONAL_CHILD.firstName }, see: [OFFENDERS] },
      { restart: true },
      { press: 'Continue', inputs: { name: FICTIONAL_ADULT.name }, see: [ADDRESSES] },
      { press: 'Back', see: [OFFENDERS], read: [`Offender or person of concern 1: ${FICTIONAL_ADULT.name}`] },
      { press: 'Back', see: [VICTIMS], read: [`Victim 1: ${FICTIONAL_CHILD.firstName}`] },
    ],
  ],
];

playTranscripts(transcripts);
