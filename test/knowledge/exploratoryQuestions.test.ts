import type { Audience } from '../../knowledge/entry.schema';
import { evalQuestions, withoutOwnExamples } from '../../tools/eval-qa';

/**
 * Questions typed in a later exploratory test, in the role the tester chose, each answered "not sure" or
 * with the wrong entry at first (issue 8). Every one is a dev question in knowledge/eval/questions.json,
 * and so one of the search's example questions: each is asked as the eval asks it, of an index without
 * its own file's examples, so that none passes by finding itself.
 */

const indexFor = withoutOwnExamples();
const ask = (q: string, audience: Audience) => {
  const question = evalQuestions.find((e) => e.q.toLowerCase() === q.toLowerCase());
  if (question === undefined) throw new Error(`not a dev question: ${q}`);
  return indexFor(question).search(q, { audience });
};

describe('questions from a later exploratory test, asked in their role', () => {
  it.each<[string, Audience, string[]]>([
    ['should i tell the girls mum? i know her from the estate', 'business', ['engagement.what-the-family-is-told']],
    ['what do i say if she tells me', 'school', ['engagement.no-secrets', 'engagement.do-not-investigate', 'engagement.record-own-words']],
    ['can i keep it confidential if she asks me to', 'school', ['engagement.no-secrets']],
    ['do i have to tell anyone if a 15 year old tells me in confidence', 'health', ['engagement.no-secrets', 'route.consent-to-refer']],
    [
      'last week a lad checked in with a young girl, paid cash, she looked young maybe 15. they left next morning. should i report it?',
      'business',
      ['makesafe.how-to-report'],
    ],
    ['im a GP, had a 16 yr old in last month who i think was groomed online, pics shared. not urgent. who do i refer to?', 'health', ['route.referral-pathway']],
    [
      'year 10 student has had new trainers n an iphone lately, keeps missing period 5 and older lads in a car wait for him sometimes. not sure if im overreacting',
      'school',
      ['section.appendix-a.safeguard', 'route.referral-pathway'],
    ],
  ])('"%s" (%s) → %s', (q, audience, ids) => {
    const result = ask(q, audience);
    expect(ids).toContain(result.hits[0]?.entry.id);
    expect(result.confident).toBe(true);
  });

  // Not yet mended: "missing" outweighs "Merlin", and Section 9's missing-children entries still come first.
  it.todo('"do i need to do a merlin for every kid who goes missing" (police) → the police reporting pathway');

  it('says how a strategy discussion differs from a MASE meeting, on the card that answers', () => {
    const result = ask('whats the difference between a strategy discussion and a MASE meeting', 'police');
    expect(result.confident).toBe(true);
    const answering = result.compared ?? (result.hits[0] === undefined ? [] : [result.hits[0].entry]);
    const said = answering.map((e) => `${e.summary}\n${e.body}`).join('\n');
    // One child's protection and plan (Section 7: Strategy discussion), against oversight across an area (Section 7: MASE).
    expect(said).toMatch(/\bone child\b/i);
    expect(said).toMatch(/\bpatterns\b/i);
    expect(said).toMatch(/\bacross\b/i);
  });
});
