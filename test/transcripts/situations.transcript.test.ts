import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * The situations, as whole conversations through the real handler: each line is what the person
 * types or presses, the headings they then see and, where it matters, what the card must say.
 */


const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a residential worker whose looked-after child has come back',
    [
      { say: 'hello', see: ["Worried about a child? Let's work out what to do next."], read: ['Or start from what has happened'] },
      { press: 'A missing child has come back', see: ['Is the child in immediate danger now?'] },
      { press: 'No', see: ['Is the child looked after, or living at home?'] },
      { restart: true },
      { press: 'Looked after (in care)', see: ['Have the police done their prevention interview?'] },
      {
        press: 'No, not yet',
        see: ['The independent return home interview: within 72 hours'],
        read: [
          'Make sure the police know the child is back',
          'within 72 hours of being located or returning',
          'the residential unit manager or supervising social worker, and the placing authority',
          'Ask the child who they would like to speak to',
          'normally through the MASH',
          '587/00',
          'Missing Person Coordinator',
          'non-crime 588',
        ],
      },
    ],
  ],
  [
    'a teacher who goes back and changes where the child lives',
    [
      { press: 'A missing child has come back', see: ['Is the child in immediate danger now?'] },
      { press: 'No', see: ['Is the child looked after, or living at home?'] },
      { press: 'Looked after (in care)', see: ['Have the police done their prevention interview?'] },
      { press: 'Back', see: ['Is the child looked after, or living at home?'] },
      { press: 'Living at home', see: ['Have the police done their prevention interview?'] },
      {
        press: 'Yes, it has been done',
        see: ['The independent return home interview: within 72 hours'],
        read: ["the local authority's children's social care is responsible", 'The police prevention interview has been done'],
      },
    ],
  ],
  [
    'a social worker interrupted by danger, who carries on',
    [
      { press: 'A missing child has come back', see: ['Is the child in immediate danger now?'] },
      { press: 'Not sure', see: ['Call 999 now'] },
      { press: 'Next: where the child lives', see: ['Is the child looked after, or living at home?'] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: ['Is the child looked after, or living at home?'] },
      { press: "I don't know", see: ['Have the police done their prevention interview?'] },
      { press: "I don't know", see: ['The independent return home interview: within 72 hours'], read: ['For a looked-after child', 'For a child living at home'] },
    ],
  ],
  [
    'a youth worker worried about county lines',
    [
      { press: 'Trafficking or county lines', see: ['Is the child in immediate danger now?'] },
      { press: 'No', see: ['Are you a police officer or a social worker?'], read: ['Everyone else, such as teachers, health staff and business staff, tells them'] },
      {
        press: 'No: another role',
        see: ["Tell children's social care and the police today"],
        read: ['Teachers, health staff, business staff and other staff do not refer to the NRM themselves', 'movement and exploitation', "the child's consent is not needed for an NRM referral", 'single phone line', 'Nationality and Borders Act 2022', 'General practice'],
      },
    ],
  ],
  [
    'a social worker who starts again as a first responder',
    [
      { press: 'Trafficking or county lines', see: ['Is the child in immediate danger now?'] },
      { press: 'Yes', see: ['Call 999 now'] },
      { press: 'Next: who refers to the NRM', see: ['Are you a police officer or a social worker?'] },
      { press: 'No: another role', see: ["Tell children's social care and the police today"] },
      { press: 'Start again', see: ['Is the child in immediate danger now?'] },
      { press: 'No', see: ['Are you a police officer or a social worker?'] },
      {
        press: 'Yes: police or social worker',
        see: ['Refer the child to the NRM and create a crime report'],
        read: ["You do not need the child's consent", 'a police crime report for trafficking should be created', 'Independent Child Trafficking Guardians'],
      },
    ],
  ],
  [
    'an officer interrupted by danger during trafficking, who carries on',
    [
      { press: 'Trafficking or county lines', see: ['Is the child in immediate danger now?'] },
      { press: 'No', see: ['Are you a police officer or a social worker?'] },
      { restart: true },
      { say: 'she is being trafficked', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: ['Are you a police officer or a social worker?'] },
      { press: 'Yes: police or social worker', see: ['Refer the child to the NRM and create a crime report'] },
    ],
  ],
  [
    'someone on a role journey who switches to a situation from the menu',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { say: 'menu', see: ["Worried about a child? Let's work out what to do next."] },
      { press: 'Trafficking or county lines', see: ['Your other journey is saved', 'Is the child in immediate danger now?'] },
    ],
  ],
];

playTranscripts(transcripts);
