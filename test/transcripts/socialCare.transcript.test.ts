import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The social care, MASH and MASE journey as whole conversations through the real handler: each
 * line is what the person types or presses, the headings they then see and, where it matters,
 * what the card must say.
 */

const START = 'Social care, MASH or MASE';
const DANGER = 'Is the child in immediate danger?';
const ASW = 'Does the child have an allocated social worker?';
const HARM = 'Is there reasonable cause to suspect significant harm?';
const CSE_SUSPECTED = 'Is child sexual exploitation suspected?';
const ORGANISED = 'Are there concerns of organised or complex abuse?';
const MASE = 'Before the case goes to MASE';
const LOOKED_AFTER = 'Is the child looked after, and placed out of borough?';
const MISSING = 'Has the child gone missing?';
const AGE = 'Is the young person 17 or over?';
const TRAFFICKING = 'Are there signs of trafficking or movement?';
const SUMMARY = 'What to do now, in order';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a MASH social worker, from the danger check to the summary',
    [
      { say: 'hello', see: ["Worried about a child? Let's work out what to do next."] },
      { press: START, see: [DANGER] },
      { press: 'No', see: [ASW] },
      { press: 'No', see: [HARM], read: ["children's social care convenes a strategy discussion"] },
      { press: 'Yes', see: [ORGANISED] },
      { press: 'Yes', see: [MASE], read: ['Existing child protection procedures', 'A strategy meeting or discussion', 'A police CSE CRIS number for the young person', 'There is a police CSE CRIS number', 'not a score', '"value":"notKnown"'] },
      { press: 'Next: looked after?', inputs: { cpProcedures: 'met', strategyMeeting: 'notMet' }, see: [LOOKED_AFTER] },
      { press: 'Out of borough, risk known', see: [MISSING] },
      { press: 'No', see: [AGE] },
      { press: 'Yes', see: [TRAFFICKING] },
      {
        press: 'Yes',
        see: [SUMMARY],
        read: [
          'I do not assign a police category or a social care tier',
          'The case is not ready for MASE yet',
          'Deadlines that apply:',
          "certainly no longer than 45 working days from the point of referral to children's social care",
          'within 24 hours of the child being placed',
          'non-crime 587/00 CSE CRIS report and flags it ES',
          'Initial Assessment Team (IAT)',
          'Convene a strategy discussion now',
          'Cross-reference the strategy discussion with the originating Merlin or CRIS report',
          'The child is looked after: include the fostering service',
          'Organised and Complex Abuse procedures',
          'Before MASE: hold the strategy meeting or discussion',
          'Before MASE: make sure there is a police CSE CRIS number',
          'send it to your MASE coordinator',
          'Before the child is placed',
          "Plan the move to adulthood at 18 with Adults' Social Care",
          "the child's consent is not needed",
          "choose 'Trafficking or county lines' from the menu",
          'Use your local procedures for the right contact details',
          'MACE',
          'non-crime 588',
          'London Child Exploitation Operating Protocol 2021',
        ],
      },
    ],
  ],
  [
    "an allocated social worker whose looked-after child has gone missing from an out-of-borough placement (the fifth exploratory test)",
    [
      { press: START, see: [DANGER] },
      { press: 'No', see: [ASW] },
      { press: 'Yes', see: [HARM] },
      { press: 'Yes', see: [ORGANISED] },
      { press: 'No', see: [MASE] },
      { press: 'Next: looked after?', inputs: { cpProcedures: 'met', strategyMeeting: 'notMet' }, see: [LOOKED_AFTER] },
      { press: 'Out of borough, at risk since', see: [MISSING] },
      { press: 'Yes', see: [AGE] },
      { press: 'No', see: [TRAFFICKING] },
      {
        press: 'Not sure',
        see: [SUMMARY],
        // Numbered as shown before "Show details": the missing report straight after the referral, the 24 hours beside the steps.
        read: [
          '2. The allocated social worker then refers to the police with an 87A',
          '3. Make sure the child has been reported missing to the police, at the earliest opportunity',
          '4. Consider trafficking',
          '5. Convene a strategy discussion now',
          'the notification form must be completed within 24 hours of the strategy meeting',
        ],
      },
    ],
  ],
  [
    'a social worker who goes back and changes their mind about significant harm',
    [
      { press: START, see: [DANGER] },
      { press: 'No', see: [ASW] },
      { press: 'Yes', see: [HARM] },
      { press: 'No', see: [CSE_SUSPECTED] },
      { press: 'No', see: [ORGANISED] },
      { press: 'No', see: [LOOKED_AFTER] },
      { press: 'Back', see: [ORGANISED] },
      { press: 'Back', see: [CSE_SUSPECTED] },
      { press: 'Back', see: [HARM] },
      { press: 'Yes', see: [ORGANISED] },
      { press: 'No', see: [MASE] },
      { press: 'Not taking it to MASE now', see: [LOOKED_AFTER] },
      { press: 'Not looked after', see: [AGE] },
      { press: 'No', see: [TRAFFICKING] },
      {
        press: 'No',
        see: [SUMMARY],
        read: ["If you are not the child's allocated social worker, pass the referral, or the Merlin report, straight to them today", 'refers to the police with an 87A', 'Convene a strategy discussion now', '45 working days'],
      },
      { press: 'Start again', see: [DANGER] },
    ],
  ],
  [
    'a MASE coordinator interrupted by danger, who carries on',
    [
      { press: START, see: [DANGER] },
      { press: 'Not sure', see: ['Call 999 now'], read: ['Do not wait to be sure'] },
      { press: 'Next: allocated social worker', see: [ASW] },
      { press: "I don't know", see: [HARM] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: [HARM] },
      { press: 'Not sure', see: [ORGANISED] },
      { press: 'No', see: [MASE] },
      { press: 'Next: looked after?', inputs: { cpProcedures: 'maybe' }, see: [MASE], read: ['There is a problem', 'Existing child protection procedures must be one of the choices given'] },
      { press: 'Next: looked after?', see: [LOOKED_AFTER] },
      { press: 'Out of borough, at risk since', see: [MISSING], read: ['reported as missing to the police at the earliest opportunity'] },
      { press: 'Yes', see: [AGE] },
      { press: 'No', see: [TRAFFICKING] },
      {
        press: 'Not sure',
        see: [SUMMARY],
        read: [
          'Keep the child safe first',
          'Make sure the child has been reported missing to the police, at the earliest opportunity',
          'interview with an independent person within 72 hours of being located or returning',
          'the residential unit manager or supervising social worker, and the placing authority',
          'CSE missing trigger plan',
          'Child Abduction Warning Notice (CAWN), authorised by an inspector',
          "choose 'A missing child has come back' from the menu",
          'Section 9: Missing children (reported as missing to police at the earliest opportunity)',
          'Appendix I: Tactical options and legislation – Positive action for offenders (Child Abduction Warning Notice)',
          'Check whether the child has an allocated social worker',
          'Decide with your manager today',
          'General practice, not the protocol',
          'within 24 hours of the strategy meeting',
          'Before MASE: make sure the case has followed existing child protection procedures',
          'Consider trafficking',
        ],
      },
    ],
  ],
  [
    'a social worker with no cause to suspect significant harm, where CSE is suspected',
    [
      { press: START, see: [DANGER] },
      { press: 'No', see: [ASW] },
      { press: 'No', see: [HARM] },
      { press: 'No', see: [CSE_SUSPECTED], read: ['the protocol requires a strategy meeting or discussion in CSE cases'] },
      { press: 'Yes', see: [ORGANISED] },
      { press: 'No', see: [MASE] },
      { press: 'Not taking it to MASE now', see: [LOOKED_AFTER] },
      { press: 'Not looked after', see: [AGE] },
      { press: 'No', see: [TRAFFICKING] },
      {
        press: 'No',
        see: [SUMMARY],
        read: [
          'Convene a strategy meeting or discussion all the same: the protocol requires one in CSE cases',
          'Involve, as a minimum, a local authority social worker and their manager',
          '45 working days',
          'Section 7: Multi-agency meeting structure (strategy meetings/discussions are required in CSE cases)',
        ],
      },
    ],
  ],
];

playTranscripts(transcripts);
