import { actionTitles, assistantForEachTest, chat, headings } from '../support/assistant';
import { FICTIONAL_CHILD } from '../support/personalTestValues';
import { playTranscripts, type TranscriptStep } from '../support/transcript';

/**
 * Whole conversations through the real handler, as a person has them: each line is what they
 * type or press, and the headings they then see.
 */

const AREAS = [
  'S, Sexual identity, wellbeing and choice',
  'A, Absence, truancy and going missing',
  'F, Family and home',
  'E, Emotional and physical health',
  'G, Gangs, groups, age gaps and crime',
  'U, Use of technology and sexual bullying',
  'A, Alcohol and substances',
  'R, Receipt of unexplained gifts or money',
  'D, Distrust of authority figures',
  'Vulnerability factors',
].map((heading, i) => `Warning signs ${i + 1} of 10: ${heading}`);
const FIRST_AREA = AREAS[0] ?? '';
const SKIP = 'Skip to the images question';
const SKIP_HEALTH = 'Skip to who to tell now';
const HEALTH_FIRST = 'Warning signs 1 of 11: What you see in health settings';
const HEALTH_SECOND = 'Warning signs 2 of 11: S, Sexual identity, wellbeing and choice';
const IMAGERY = 'Is the concern about nude or sexual images of a young person?';

/** Card by card through the signs; `answers` sets some of them on the way (by area number, from 1). */
function throughTheSigns(answers: Record<number, Record<string, string>>, then: string): TranscriptStep[] {
  return AREAS.map((_, i) => ({ press: i + 1 < AREAS.length ? `Next: warning signs ${i + 2} of 10` : 'Next: the images question', inputs: answers[i + 1] ?? {}, see: [AREAS[i + 1] ?? then] }));
}

const transcripts: Array<[string, TranscriptStep[]]> = [
  [
    'a teacher who is not the DSL',
    [
      { say: 'hello', see: ["Worried about a child? Let's work out what to do next."] },
      { press: 'School or college', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [FIRST_AREA] },
      ...throughTheSigns(
        {
          5: { 'indicator.gangs-groups.older-boyfriends': 'seen', note: `${FICTIONAL_CHILD.firstName} told me about *an older friend* who [drives] her home from Quilletmoor Lane.` },
          8: { 'indicator.gifts-money.mobile-phones': 'seen', 'indicator.gifts-money.new-nails': 'notSure' },
        },
        IMAGERY,
      ),
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      {
        press: 'No, another member of staff',
        see: ['Tell your designated safeguarding lead now'],
        read: ['The warning signs you recorded', "Older 'boyfriend'", 'Unexplained mobile phones', 'New nails', 'Not sure', 'G: Gangs, groups, age gaps and crime', `${FICTIONAL_CHILD.firstName} told me about \\\\*an older friend\\\\* who \\\\[drives\\\\] her home from Quilletmoor Lane.`],
      },
    ],
  ],
  [
    'a DSL who changes their mind about the social worker',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [FIRST_AREA] },
      { press: SKIP, see: [IMAGERY] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'Yes', see: ["Tell the child's allocated social worker now"], read: ['For you to judge, the London threshold tiers', 'CSC tier 3', 'You recorded no warning signs'] },
      { press: 'Start again', see: ['Is the child in immediate danger?'] },
      { press: 'Not sure', see: ['Call 999 now'] },
      { press: 'Next: the warning signs', see: [FIRST_AREA] },
      { press: SKIP, see: [IMAGERY] },
      { press: 'No', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'Back', see: ['Are you the designated safeguarding lead?'] },
      { press: 'Yes, I am the DSL or a deputy', see: ['Does the child have an allocated social worker?'] },
      { press: 'No', see: ['Refer to your local MASH now'], read: ["Include the warning signs you have seen and the child's own words"] },
    ],
  ],
  [
    // The summary points at the signs recorded, not at examples of signs (the third exploratory test).
    'a named nurse who recorded a sign and refers to the MASH',
    [
      { say: 'health', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [HEALTH_FIRST] },
      { press: SKIP_HEALTH, inputs: { 'health-sign.accompanied': 'seen' }, see: ['Are you a safeguarding lead for your organisation?'] },
      { press: 'Yes, I am a safeguarding lead', see: ['Does the child have an allocated social worker?'] },
      {
        press: 'No',
        see: ['Refer to your local MASH now'],
        read: ['Include the warning signs you recorded here (listed under “The warning signs you recorded”)', 'The warning signs you recorded'],
      },
    ],
  ],
  [
    'a nurse interrupted by danger, who carries on',
    [
      { say: 'health', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [HEALTH_FIRST] },
      { press: 'Next: warning signs 2 of 11', inputs: { 'health-sign.accompanied': 'seen' }, see: [HEALTH_SECOND] },
      { say: 'he is going to hurt her', see: ['Call 999 now'] },
      { press: 'Carry on where I was', see: [HEALTH_SECOND] },
      { press: 'Back', see: [HEALTH_FIRST] },
      { press: 'Next: warning signs 2 of 11', inputs: { note: 'x'.repeat(501) }, see: [HEALTH_FIRST], read: ['Keep your note to 500 characters or fewer.', 'Something on this card needs changing'] },
      { press: SKIP_HEALTH, see: ['Are you a safeguarding lead for your organisation?'] },
      { restart: true },
      { press: 'No, another member of staff', see: ['Tell your safeguarding lead now'] },
    ],
  ],
  [
    'a hotel receptionist',
    [
      { press: 'Business (Operation Makesafe)', see: ['Is the child with you now, or in danger now?'] },
      { press: 'No', see: ['Where do you work?'] },
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
      { press: 'Next: was a crime alleged?', see: ['Has a crime been alleged or disclosed?'] },
      { press: 'No', see: ['Warning signs: SAFEGUARD areas S to G'], read: ['they go into your rationale for the DETS page'] },
      { press: 'Next: more signs, rationale', see: ['Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page'] },
      { press: 'Next: the flags', see: ['Flags for the CRIS report'], read: ['ES always goes on the report'] },
    ],
  ],
  [
    'a MASH social worker, resuming after a restart',
    [
      { press: 'Social care, MASH or MASE', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: ['Does the child have an allocated social worker?'] },
      { restart: true },
      { press: 'No', see: ['Is there reasonable cause to suspect significant harm?'] },
    ],
  ],
  [
    'someone who saves a journey for later and picks it up from the menu',
    [
      { say: 'school', see: ['Is the child in immediate danger?'] },
      { press: 'No', see: [FIRST_AREA] },
      { press: 'Next: warning signs 2 of 10', inputs: { 'indicator.sexual-health.pregnancy': 'notSure' }, see: [AREAS[1] ?? ''] },
      { press: 'Save for later', see: ['Saved for later'] },
      { say: 'menu', see: ["Worried about a child? Let's work out what to do next."] },
      { press: 'Your saved drafts (1)', see: ['Your saved drafts'] },
      { press: 'Resume', see: [AREAS[1] ?? ''] },
      { press: 'Back', see: [FIRST_AREA], read: ['"value":"notSure"'] },
    ],
  ],
];

playTranscripts(transcripts);

describe('the last warning-signs area', () => {
  const assistant = assistantForEachTest('embedded');

  it('offers Next to the images question with no Skip beside it that would go there too (the third exploratory test)', async () => {
    const c = chat(assistant.url);
    let cards = await c.press(await c.say('school'), 'No');
    expect(actionTitles(cards)).toContain(SKIP);
    for (let i = 2; i <= AREAS.length; i += 1) cards = await c.press(cards, `Next: warning signs ${i} of 10`);
    expect(headings(cards)).toEqual([AREAS.at(-1)]);
    expect(actionTitles(cards)).toContain('Next: the images question');
    expect(actionTitles(cards)).not.toContain(SKIP);
  });
});
