import { allEntries } from '../../knowledge/entries/index';
import type { Audience } from '../../knowledge/entry.schema';
import { createKnowledgeIndex } from '../../knowledge/search';
import { tellsSexualAssault } from '../../knowledge/sexualAssaultTold';

/**
 * Issue 8: a social worker told of a young person back from missing who says she was sexually assaulted by a man she
 * met, and asked what next: the reply was the general missing-children card. What the protocol says for a disclosed
 * sexual assault leads: the Haven for forensic and medical care (Appendix I), the asker's route on its own card (for
 * social care: the police by an 87A and a strategy discussion), the forensics strategy (Section 10: "particularly
 * relevant when completing a missing person debrief"), the return home interview when back from missing (Section 9)
 * and the strategy discussion (Section 7). Calm twins and live ones alike: the 999 card is the detector's.
 */

const index = createKnowledgeIndex(allEntries);

const TOLD: Array<[Audience | undefined, string, boolean]> = [
  ['social-care', 'young person in our care went missing overnight, came back this morning, says she was sexually assaulted by a man she met. shes home now. what next', true],
  ['social-care', '15yo in resi went missing over the weekend, returned last night and told staff she was raped at a party. she is back in the unit and safe. what do we do', true],
  ['social-care', 'child on my caseload was missing for 2 days, back now, disclosed a man she met online sexually assaulted her. next steps?', true],
  ['social-care', 'our LAC returned from a missing episode on friday and has now told her carer she was raped. she is settled at the placement. next steps', true],
  ['social-care', 'yp back from being missing 3 days, says she got raped at a flat, shes safe with foster carer now, wat do i do', true],
  ['police', 'misper returned this morning, says she was sexually assaulted by an older man while missing. shes safe at home. what now', true],
  [undefined, 'girl came back from missing and says she was raped by a man she met at the park, she is home with mum now. what should happen next', true],
  ['school', 'a yr 10 girl told me at lunch she was raped by an older lad at the weekend, shes in class now. what do i do', false],
  ['health', 'pt 15 disclosed she was sexually assaulted at a party last night, shes in the waiting room with her mum, what happens next', false],
];

const ROUTE: Record<Audience, string> = {
  'social-care': 'route.social-care',
  police: 'section.6.police-reporting-pathway',
  school: 'route.referral-pathway',
  health: 'route.referral-pathway',
  business: 'makesafe.how-to-report',
  all: 'route.referral-pathway',
};

describe('a rape or sexual assault told, with what next asked', () => {
  it.each(TOLD)('(%s) "%s" leads with the Haven, the route on its own card', (audience, text, missing) => {
    const result = index.search(text, audience === undefined ? {} : { audience });
    expect(result.confident).toBe(true);
    expect(result.hits[0]?.entry.id).toBe('tactic.victim.haven');
    expect(result.route?.id).toBe(ROUTE[audience ?? 'all']);
    const ids = result.hits.map((h) => h.entry.id);
    expect(ids).toContain('section.10.forensics-strategy');
    expect(ids).toContain('meeting.strategy-discussion');
    expect(ids.indexOf('section.9.return-home-interview') >= 0 && ids.indexOf('section.9.return-home-interview') < 6).toBe(missing);
  });

  it.each([
    // Nothing asked of what to do next: the search answers what was asked.
    'she was sexually assaulted last year by her bfs mate, is that cse?',
    'what is the definition of rape',
    'can a 15 yr old self refer to the haven',
    // Denied, not told.
    'came back from missing, says she was not raped but wont say where she was, what next',
    "she wasn't sexually assaulted, she just stayed at a friends. what now",
  ])('"%s" is not told a sexual assault with what next asked', (text) => {
    expect(tellsSexualAssault(text)).toBe(false);
  });
});
