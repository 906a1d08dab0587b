import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * A frontline officer's pathway as whole conversations through the real handler: what they press
 * or type, the headings they then see and, where it matters, what the card must say.
 */

const RISK = 'Is the child at immediate risk of significant harm?';
const CRIME = 'Has a crime been alleged or disclosed?';
const SIGNS = 'Warning signs: SAFEGUARD areas S to G';
const RATIONALE = 'Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page';
const FLAGS = 'Flags for the CRIS report';
const TO_RATIONALE = 'Next: more signs, rationale';
const TO_FLAGS = 'Next: the flags';
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
      { press: 'Yes', see: [SIGNS], read: ['they go into your rationale for the DETS page', 'S: Sexual identity, wellbeing and choice', 'G: Gangs, groups, age gaps and crime'] },
      { press: TO_RATIONALE, inputs: { 'area.gangs-groups': 'seen', 'area.absence': 'notSeen' }, see: [RATIONALE], read: ['U: Use of technology and sexual bullying', 'D: Distrust of authority figures'] },
      {
        press: TO_FLAGS,
        inputs: { 'area.technology': 'notSure', note: `${FICTIONAL_CHILD.firstName} told me about *an older friend* who [drives] her home from Quilletmoor Lane.` },
        see: [FLAGS],
        // What changed since 2017 is said on the card itself, not only under Show sources (the third exploratory test).
        read: ['the assistant does not choose or suggest one', 'Since 2017 (March 2021): The 2021 London Child Exploitation Operating Protocol removed the CSE category levels', "Met flags are now recorded on 'CRIS/CONNECT'", 'Police category 1:** A vulnerable child or young person', 'habitual, often self-denied', 'EU flag: online sexual exploitation'],
      },
      { press: 'Next: is the child in care?', inputs: { category: 'lb', eu: 'yes', ga: 'no', ge: 'no' }, see: [LOOKED_AFTER] },
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
          'G: Gangs, groups, age gaps and crime',
          'U: Use of technology and sexual bullying',
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
      { press: 'No', see: [SIGNS] },
      { press: TO_RATIONALE, see: [RATIONALE] },
      { press: TO_FLAGS, inputs: { note: 'Fictional note: first words' }, see: [FLAGS] },
      { press: 'Next: is the child in care?', inputs: { category: 'la' }, see: [LOOKED_AFTER] },
      { press: 'Back', see: [FLAGS], read: ['"value":"la"'] },
      { press: 'Back', see: [RATIONALE], values: { note: 'Fictional note: first words' } },
      { press: TO_FLAGS, inputs: { note: '' }, see: [FLAGS] },
      // No crime was alleged: GA and GE are for criminal investigations (Appendix E), so GA is refused (the fifth exploratory test).
      {
        press: 'Next: is the child in care?',
        inputs: { category: 'lc', ga: 'yes' },
        see: [FLAGS],
        read: ['There is a problem', 'GA flag: exploitive gang must be one of the choices given', 'You said no crime has been alleged, so GA and GE do not apply.'],
      },
      { press: 'Next: is the child in care?', inputs: { category: 'lc', ga: 'no' }, see: [LOOKED_AFTER] },
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
          'enter the flags ES, LC, and put your rationale',
          'LC flag: police category 3 enquiry',
          'placed out of borough',
        ],
      },
      { press: 'Start again', see: [RISK] },
      { press: 'Yes', see: ['Consider police protection now'] },
      { press: 'Next: was a crime alleged?', see: [CRIME] },
      { press: 'Yes', see: [SIGNS] },
      { press: TO_RATIONALE, see: [RATIONALE] },
      { press: TO_FLAGS, see: [FLAGS] },
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
    'an officer interrupted by danger on the rationale card, who carries on and corrects each card',
    [
      { press: 'Police officer', see: [RISK] },
      { press: 'No', see: [CRIME] },
      { press: 'No', see: [SIGNS] },
      { press: TO_RATIONALE, see: [RATIONALE] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: [RATIONALE] },
      {
        press: TO_FLAGS,
        inputs: { 'area.distrust': 'seen', note: 'x'.repeat(501) },
        see: [RATIONALE],
        read: ['There is a problem', 'Your rationale for the DETS page must be 500 characters or fewer'],
        values: { note: 'x'.repeat(501), 'area.distrust': 'seen' },
      },
      { press: TO_FLAGS, inputs: { 'area.distrust': 'seen', note: 'x'.repeat(500) }, see: [FLAGS] },
      {
        press: 'Next: is the child in care?',
        inputs: { category: 'lx' },
        see: [FLAGS],
        read: ['There is a problem', 'Category flag: LA, LB or LC must be one of the choices given'],
        values: { eu: 'no' },
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
    'an officer who saves the rationale card for later, with a problem first, and resumes it after a restart as they left it',
    [
      { press: 'Police officer', see: [RISK] },
      { press: 'No', see: [CRIME] },
      { press: 'No', see: [SIGNS] },
      { press: TO_RATIONALE, inputs: { 'area.absence': 'seen' }, see: [RATIONALE] },
      {
        press: 'Save for later',
        inputs: { 'area.technology': 'often', note: 'Fictional note: seen with older men' },
        see: [RATIONALE],
        read: ['There is a problem', 'U: Use of technology and sexual bullying must be one of the choices given'],
        values: { note: 'Fictional note: seen with older men' },
      },
      { press: 'Save for later', inputs: { 'area.technology': 'notSure', note: 'Fictional note: seen with older men' }, see: ['Saved for later'] },
      { restart: true },
      { say: 'menu', see: ["Worried about a child? Let's work out what to do next."], read: ['Your saved drafts (1)'] },
      { press: 'Your saved drafts (1)', see: ['Your saved drafts'] },
      { press: 'Resume', see: [RATIONALE], values: { 'area.technology': 'notSure', 'area.distrust': 'notSeen', note: 'Fictional note: seen with older men' } },
      { press: 'Back', see: [SIGNS], values: { 'area.absence': 'seen', 'area.sexual-health': 'notSeen' } },
    ],
  ],
];

playTranscripts(transcripts);
