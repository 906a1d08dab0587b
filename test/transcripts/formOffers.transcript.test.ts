import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The forms a summary offers, through the real handler: the out-of-borough notification beside the
 * MASE form for a child placed out of borough, its trigger filled in; and the finder's options added
 * to a police closing report by an officer, or to the MASE form by a social worker.
 */

const WELCOME = "Worried about a child? Let's work out what to do next.";
const SUMMARY = 'What to do now, in order';
const OPTIONS = 'Options to consider';
const MORE = 'Options that may fit, and those that do not';
const PARKED = 'Your other journey is saved';

const socialCareTo = (lookedAfter: string): TranscriptStep[] => [
  { say: 'hello', see: [WELCOME] },
  { press: 'Social care, MASH or MASE', see: ['Is the child in immediate danger?'] },
  { press: 'No', see: ['Does the child have an allocated social worker?'] },
  { press: 'No', see: ['Is there reasonable cause to suspect significant harm?'] },
  { press: 'Yes', see: ['Are there concerns of organised or complex abuse?'] },
  { press: 'No', see: ['Before the case goes to MASE'] },
  { press: 'Next: looked after?', see: ['Is the child looked after, and placed out of borough?'] },
  { press: lookedAfter, see: ['Has the child gone missing?'] },
  { press: 'No', see: ['Is the young person 17 or over?'] },
  { press: 'No', see: ['Are there signs of trafficking or movement?'] },
];

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a social worker placing a child at risk out of borough: the notification beside the MASE form',
    [
      ...socialCareTo('Out of borough, risk known'),
      { press: 'No', see: [SUMMARY], read: ['Fill in the MASE form', 'Notify the host authority'] },
      {
        press: 'Notify the host authority',
        see: ['Why you are sending this notification'],
        values: { trigger: 'atRiskWhenPlaced' },
      },
    ],
  ],
  [
    'a social worker whose child became at risk after placement: the notification filled in for that',
    [
      ...socialCareTo('Out of borough, at risk since'),
      { press: 'No', see: [SUMMARY], read: ['Notify the host authority'] },
      { press: 'Notify the host authority', see: ['Why you are sending this notification'], values: { trigger: 'atRiskAfterPlacement' } },
    ],
  ],
  [
    'an officer adds the options to a police closing report',
    [
      { say: 'hello', see: [WELCOME] },
      { press: 'Police officer', see: ['Is the child at immediate risk of significant harm?'] },
      { press: 'No', see: ['Has a crime been alleged or disclosed?'] },
      { press: 'Yes', see: ['Warning signs: SAFEGUARD areas S to G'] },
      { press: 'Next: more signs, rationale', see: ['Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page'] },
      { press: 'Next: the flags', see: ['Flags for the CRIS report'] },
      { press: 'Next: is the child in care?', inputs: { category: 'lb', eu: 'no', ga: 'no', ge: 'no' }, see: ['Is the child looked after (in care)?'] },
      { press: 'No', see: ['Has the child gone missing, now or before?'] },
      { press: 'No', see: ['Has the child been moved to be exploited?'] },
      { press: 'No', see: ['The investigation: Appendix J checklists'] },
      { press: 'Next: what to do now', see: [SUMMARY] },
      { press: 'Next: powers and tactics', see: ['How old is the child?'] },
      { press: 'Under 16', see: ['What do you know about the suspect?'] },
      { press: 'Named, no such record known', see: ['Has the suspect done an act of a sexual nature?'] },
      { press: 'No', see: ['Has the child been found with the suspect?'] },
      { press: 'Two or more times', see: ['Where does it happen, and what else is involved?'] },
      {
        press: 'Next: the options',
        inputs: { hotel: 'yes', business: 'no', residence: 'no', vehicle: 'no', publicSpace: 'no', group: 'no' },
        see: [OPTIONS, MORE],
        read: ['Add to a police closing report', 'Add to a MASE information form'],
      },
      { press: 'Add to a police closing report', see: [PARKED, 'The report being closed'] },
    ],
  ],
];

playTranscripts(transcripts);
