import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * "Powers and tactics" as whole conversations through the real handler: from the welcome card,
 * from the police summary with the facts it recorded carried in, and from typed requests.
 */

const AGE = 'How old is the child?';
const STATUS = "What is the child's legal status?";
const SUSPECT = 'What do you know about the suspect?';
const SEXUAL_ACT = 'Has the suspect done an act of a sexual nature?';
const FOUND_WITH = 'Has the child been found with the suspect?';
const CIRCUMSTANCES = 'Where does it happen, and what else is involved?';
const OPTIONS = 'Options to consider';
/** The result comes on two cards, so each fits a Teams message: those that fit, then the rest and the buttons. */
const MORE = 'Options that may fit, and those that do not';
const TEXT = 'Options considered (text to copy)';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a social worker with a 17-year-old accommodated under s20, from the welcome card',
    [
      { say: 'hello', see: ["Worried about a child? Let's work out what to do next."], read: ['Powers and tactics'] },
      { press: 'Powers and tactics', see: [AGE] },
      { press: '17', see: [STATUS], read: ['A child accommodated under s20 is looked after but not in care'] },
      { press: 'Accommodated under s20', see: [SUSPECT] },
      { press: 'Named, no such record known', see: [SEXUAL_ACT] },
      // No CAWN route is open for a 17-year-old who is not in care, so "found with" is not asked.
      { press: 'Not known', see: [CIRCUMSTANCES] },
      {
        press: 'Next: the options',
        see: [OPTIONS, MORE],
        read: [
          'They are not decisions: whether a threshold is met is your judgement',
          'Legal status: Accommodated under s20',
          'Sexual Risk Order (SRO): may fit; check first.',
          'Check: whether the suspect has done an act of a sexual nature',
          'MPS Letter of Concern: fits the facts given.',
          'Inherent jurisdiction (s100 Children Act 1989): fits the facts given.',
          'Child Abduction Warning Notice (CAWN, formerly Harbourer’s Warning): s2 Child Abduction Act 1984 covers only a child under 16.',
          'Abduction of children in care (s49 Children Act 1989): s49 Children Act 1989 covers only a child in care: a care order, an EPO or police protection. Accommodation under s20 is not care.',
          'Instead, consider: MPS Letter of Concern; Sexual Risk Order (SRO)',
          'a care order cannot be made for a child who has reached 17',
        ],
      },
      { press: 'Show as text to copy', see: [TEXT], read: ['- MPS Letter of Concern: to consider', '- Care Order (s31 Children Act 1989): does not fit'] },
    ],
  ],
  [
    'an officer who goes from the police summary to the options, with the facts carried in',
    [
      { press: 'Police officer', see: ['Is the child at immediate risk of significant harm?'] },
      { press: 'No', see: ['Has a crime been alleged or disclosed?'] },
      { press: 'Yes', see: ['Warning signs: SAFEGUARD areas S to G'] },
      { press: 'Next: more signs, rationale', see: ['Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page'] },
      { press: 'Next: the flags', see: ['Flags for the CRIS report'] },
      { press: 'Next: is the child in care?', inputs: { category: 'lb', eu: 'yes', ga: 'no', ge: 'no' }, see: ['Is the child looked after (in care)?'] },
      { press: 'No', see: ['Has the child gone missing, now or before?'] },
      { press: 'Yes', see: ['Has the child been moved to be exploited?'] },
      { press: 'Yes', see: ['The investigation: Appendix J checklists'] },
      { press: 'Next: what to do now', see: ['What to do now, in order'], read: ['Next: powers and tactics'] },
      // Not in care, moved, and online came from the police journey: the legal status is not asked again.
      { press: 'Next: powers and tactics', see: [AGE] },
      { press: 'Under 16', see: [SUSPECT] },
      { press: 'Named, no such record known', see: [SEXUAL_ACT] },
      { press: 'No', see: [FOUND_WITH] },
      { press: 'Two or more times', see: [CIRCUMSTANCES] },
      {
        press: 'Next: the options',
        inputs: { hotel: 'yes', business: 'no', residence: 'no', vehicle: 'no', publicSpace: 'no', group: 'no' },
        see: [OPTIONS, MORE],
        read: [
          'Legal status: None of these',
          'Online: Yes',
          'Moved or trafficked: Yes',
          'Child Abduction Warning Notice (CAWN, formerly Harbourer’s Warning): fits the facts given.',
          'Route: s2 Child Abduction Act 1984, a child under 16.',
          'Who authorises: An inspector.',
          'Hotel notice (ss116–118 ASB, Crime and Policing Act 2014): fits the facts given.',
          'National Referral Mechanism (NRM) referral: fits the facts given.',
          'Slavery and Trafficking Risk Order (s23 Modern Slavery Act 2015): fits the facts given.',
          'Abduction of children in care (s49 Children Act 1989): s49 Children Act 1989 covers only a child in care',
          'Sexual Risk Order (SRO): no act of a sexual nature by the suspect is known.',
        ],
      },
    ],
  ],
  [
    'a typed request about a 17-year-old accommodated under s20',
    [
      { say: 'cawn for a 17yo thats s20 accomodated', see: [AGE] },
      { press: '17', see: [STATUS] },
      { press: 'Accommodated under s20', see: [SUSPECT] },
      { press: 'Not identified yet', see: [CIRCUMSTANCES] },
      { press: 'Next: the options', see: [OPTIONS, MORE], read: ['s2 Child Abduction Act 1984 covers only a child under 16', 'it needs a named suspect, and none is identified yet'] },
    ],
  ],
  [
    'a typed worry about a man who keeps picking her up (a pattern, not a danger now): the finder',
    [{ say: 'what can I do about the man who keeps picking her up', see: [AGE] }],
  ],
  [
    'danger now in the same breath as a request for powers: 999 first, then the finder',
    [
      { say: 'what can we do about him, he has her in his car right now', see: ['Call 999 now', 'I can take you through what to do'] },
      { press: 'Start: Powers and tactics', see: [AGE] },
    ],
  ],
  [
    'a typed question about powers for a hotel',
    [{ say: 'what powers do i have for a hotel', see: [AGE] }],
  ],
];

playTranscripts(transcripts);
