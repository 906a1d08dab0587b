import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * A frontline officer's pathway as whole conversations through the real handler: what they press
 * or type, the headings they then see and, where it matters, what the card must say.
 */

const RISK = 'Is the child at immediate risk of significant harm?';
const CRIME = 'Has a crime been alleged or disclosed?';
const FLAGS = 'Flags for the CRIS report';
const LOOKED_AFTER = 'Is the child looked after (in care)?';
const MISSING = 'Has the child gone missing, now or before?';
const TRAFFICKING = 'Has the child been moved to be exploited?';
const APPENDIX_J = 'The investigation: Appendix J checklists';
const SUMMARY = 'What to do now, in order';
const NEXT = 'Next: what to do now';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'an officer who selects LB and EU for a crime, with a missing and trafficked child',
    [
      { press: 'Police officer', see: [RISK] },
      { press: 'No', see: [CRIME] },
      {
        press: 'Yes',
        see: [FLAGS],
        read: ['the assistant does not choose or suggest one', 'Police category 1:** A vulnerable child or young person', 'habitual, often self-denied', 'EU flag: online sexual exploitation'],
      },
      { press: 'Next: is the child in care?', inputs: { category: 'lb', eu: 'yes', ga: 'no', ge: 'no', note: `${FICTIONAL_CHILD.firstName} told me about *an older friend* who [drives] her home from Quilletmoor Lane.` }, see: [LOOKED_AFTER] },
      { press: 'No', see: [MISSING] },
      { press: 'Yes', see: [TRAFFICKING], read: ['only movement and exploitation are needed'] },
      {
        press: 'Yes',
        see: [APPENDIX_J],
        read: ['Supervise and review every 10 days', 'reviewed every six months or on a significant change', 'revisit them six months later', 'MI: positive intervention for the victim', 'FQ: positive disruption of the suspect'],
      },
      {
        press: NEXT,
        see: [SUMMARY],
        read: [
          'you selected LB (police category 2)',
          'it does not say who owns other category 2 cases',
          'the borough where it takes place makes any necessary enquiries on behalf of the owning borough',
          'Create a crime CRIS report, cross-reference the Merlin reference number on it, enter the flags ES, LB, EU',
          "CSE Missing Trigger Plan",
          "you do not need the child's consent",
          'create a police crime report for trafficking',
          'within 45 working days of the referral',
          'Rationale for the DETS page',
          'LB flag: police category 2 enquiry',
          'EU flag: online sexual exploitation',
          `${FICTIONAL_CHILD.firstName} told me about \\\\*an older friend\\\\* who \\\\[drives\\\\] her home from Quilletmoor Lane.`,
          'non-crime 588',
          'MACE',
        ],
      },
    ],
  ],
  [
    'an officer who goes back and changes the category, then starts again after police protection',
    [
      { say: 'police', see: [RISK] },
      { press: 'No', see: [CRIME] },
      { press: 'No', see: [FLAGS] },
      { press: 'Next: is the child in care?', inputs: { category: 'la' }, see: [LOOKED_AFTER] },
      { press: 'Back', see: [FLAGS], read: ['"value":"la"'] },
      { press: 'Next: is the child in care?', inputs: { category: 'lc', ga: 'yes' }, see: [LOOKED_AFTER] },
      { press: "I don't know", see: [MISSING] },
      { press: 'No', see: [TRAFFICKING] },
      { press: 'No', see: [APPENDIX_J] },
      {
        press: NEXT,
        see: [SUMMARY],
        read: [
          'The protocol does not say who owns category 3 cases.',
          'If the child is looked after, the London child protection procedures are followed instead',
          'Create a non-crime CSE CRIS report (587/00)',
          'enter the flags ES, LC, GA',
          'LC flag: police category 3 enquiry',
          'placed out of borough',
        ],
      },
      { press: 'Start again', see: [RISK] },
      { press: 'Yes', see: ['Consider police protection now'] },
      { press: 'Next: was a crime alleged?', see: [CRIME] },
      { press: 'Yes', see: [FLAGS], },
      { press: 'Next: is the child in care?', see: [LOOKED_AFTER] },
      { press: 'Yes', see: [MISSING] },
      { press: 'No', see: [TRAFFICKING] },
      { press: 'No', see: [APPENDIX_J] },
      {
        press: NEXT,
        see: [SUMMARY],
        read: ['the child is looked after, so the London child protection procedures are followed', 'the fostering service', 'police protection lasts 72 hours at most', 'enter the flags ES,'],
      },
    ],
  ],
  [
    'an officer interrupted by danger on the flags card, who carries on and corrects the card',
    [
      { press: 'Police officer', see: [RISK] },
      { press: 'No', see: [CRIME] },
      { press: 'No', see: [FLAGS] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: [FLAGS] },
      {
        press: 'Next: is the child in care?',
        inputs: { category: 'lx', note: 'x'.repeat(501) },
        see: [FLAGS],
        read: ['There is a problem', 'Category flag: LA, LB or LC must be one of the choices given', 'Your rationale for the DETS page must be 500 characters or fewer'],
        values: { note: 'x'.repeat(501), eu: 'no' },
      },
      { press: 'Next: is the child in care?', inputs: { category: '', eu: 'yes' }, see: [LOOKED_AFTER] },
      { restart: true },
      { press: 'No', see: [MISSING] },
      { press: 'No', see: [TRAFFICKING] },
      { press: 'No', see: [APPENDIX_J] },
      {
        press: NEXT,
        see: [SUMMARY],
        read: [
          'it does not say who owns other cases',
          'Whatever you selected, the SC&O17 Initial Assessment Team reviews every report flagged ES or EU',
          'enter the flags ES, EU,',
        ],
      },
    ],
  ],
  [
    'an officer who saves the flags card for later, with a problem first, and resumes it after a restart as they left it',
    [
      { press: 'Police officer', see: [RISK] },
      { press: 'No', see: [CRIME] },
      { press: 'No', see: [FLAGS] },
      {
        press: 'Save for later',
        inputs: { category: 'la', ga: 'often', note: 'Fictional note: seen with older men' },
        see: [FLAGS],
        read: ['There is a problem', 'GA flag: exploitive gang must be one of the choices given'],
        values: { category: 'la', note: 'Fictional note: seen with older men' },
      },
      { press: 'Save for later', inputs: { 'area.technology': 'notSure', category: 'la', ga: 'yes', note: 'Fictional note: seen with older men' }, see: ['Saved for later'] },
      { restart: true },
      { say: 'menu', see: ["Worried about a child? Let's work out what to do next."], read: ['Your saved drafts (1)'] },
      { press: 'Your saved drafts (1)', see: ['Your saved drafts'] },
      { press: 'Resume', see: [FLAGS], values: { 'area.technology': 'notSure', 'area.absence': 'notSeen', category: 'la', ga: 'yes', eu: 'no', note: 'Fictional note: seen with older men' } },
    ],
  ],
];

playTranscripts(transcripts);
