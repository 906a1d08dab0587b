import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * Whole conversations through the real handler, as a person has them: each line is what they
 * type or press, and the headings they then see.
 */


const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a teacher who is not the DSL',
    [
      { say: 'hello', see: ["Worried about a child? Let's work out what to do next."] },
      { press: 'School or college', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'No, I am another member of staff', see: ['Tell your designated safeguarding lead now'] },
    ],
  ],
  [
    'a DSL who changes their mind about the social worker',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'Yes', see: ["Tell the child's allocated social worker now"] },
      { press: 'Start again', see: ['Is the child in immediate danger?'] },
      { press: 'Not sure', see: ['Call 999 now'] },
      { press: 'Next: who to tell', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'Back', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'No', see: ['Refer to your local MASH now'] },
    ],
  ],
  [
    'a nurse interrupted by danger, who carries on',
    [
      { say: 'health', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Are you a safeguarding lead for your organisation?'] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: ['Are you a safeguarding lead for your organisation?'] },
      { press: 'No, I am another member of staff', see: ['Tell your safeguarding lead now'] },
    ],
  ],
  [
    'a hotel receptionist',
    [
      { press: 'Business (Operation Makesafe)', see: ['Is the child with you now, or in danger now?'] },
      { press: 'No', see: ['Call 101 and say “Operation Makesafe”'] },
    ],
  ],
  [
    'a taxi driver with the child in the car',
    [
      { say: 'taxi', see: ['Is the child with you now, or in danger now?'] },
      { press: 'Yes', see: ['Call 999 now and say “Operation Makesafe”'] },
    ],
  ],
  [
    'a police officer',
    [
      { press: 'Police officer', see: ['Is the child at immediate risk of significant harm?'] },
      { press: 'Yes', see: ['Consider police protection now'] },
      { press: 'Next: recording', see: ['Has a crime been alleged or disclosed?'] },
      { press: 'No', see: ['Record it: Merlin PAC and a non-crime CSE report'] },
    ],
  ],
  [
    'a MASH social worker, resuming after a restart',
    [
      { press: 'Social care, MASH or MASE', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Does the child have an allocated social worker?'] },
      { restart: true },
      { press: 'No', see: ['No allocated social worker: the MASH acts on it'] },
    ],
  ],
  [
    'someone who saves a journey for later and picks it up from the menu',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Save for later', see: ['Saved for later'] },
      { say: 'menu', see: ["Worried about a child? Let's work out what to do next."] },
      { press: /^Resume: School or college: first steps/, see: ['Are you the designated safeguarding lead?'] },
    ],
  ],
];

playTranscripts(transcripts);
