import { playTranscripts, type TranscriptStep } from '../support/transcript';

/** The school's image-sharing branch (section 3, youth-produced sexual imagery), as a DSL has it. */

const FIRST_AREA = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const IMAGERY = 'Is the concern about nude or sexual images of a young person?';

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a DSL with images shared with aggravating factors',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [FIRST_AREA] },
      { press: 'Skip to the images question', see: [IMAGERY] },
      {
        press: 'Yes: one of these applies',
        see: ['Refer it to the police'],
        read: ['Do not view the images', 'Do not copy, forward or share them', 'Confiscate the device', 'Switch it off, keep it secure, and tell the police', 'Sharing nudes and semi-nudes', 'a child in them is under 13'],
      },
      { press: 'Next: your safeguarding role', see: ['Are you the designated safeguarding lead?'] },
      { say: 'he has a knife', see: ['Call 999 now'] },
      { restart: true },
      { press: 'Carry on where I was', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'No', see: ['Refer to your local MASH now'], read: ['Tell the police about the images'] },
      // The summary goes back, to change an answer without starting again (found by the exploratory test).
      { press: 'Back', see: ['Does the child have an allocated social worker?'] },
      { press: 'Yes', see: ["Tell the child's allocated social worker now"], read: ['Tell the police about the images'] },
    ],
  ],
  [
    'a teacher with images shared consensually, who goes back and changes the answer',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [FIRST_AREA] },
      {
        press: 'Skip to the images question',
        see: [IMAGERY],
        read: [
          'It goes to the police if any of these applies',
          "concerns about a child's capacity to consent",
          'sexual acts unusual for the child',
          'or violent acts',
          'a child in them is under 13',
          'a child may come to harm because of it',
        ],
      },
      {
        press: 'Yes, and none of these applies',
        see: ['The school can usually manage this itself'],
        read: ['manage the incident internally', 'Do not view the images', 'Do not copy, forward or share them', 'Sharing nudes and semi-nudes'],
      },
      { press: 'Back', see: [IMAGERY] },
      { press: 'Not sure', see: ['Refer it to the police'], read: ['If you are not sure, treat it as having aggravating factors'] },
      { press: 'Next: your safeguarding role', see: ['Are you the designated safeguarding lead?'] },
      { press: 'No, another member of staff', see: ['Tell your designated safeguarding lead now'], read: ['Tell the police about the images'] },
    ],
  ],
];

playTranscripts(transcripts);
