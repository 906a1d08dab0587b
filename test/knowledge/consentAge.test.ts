import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';

/**
 * Issue 8 (a later exploratory test): a nurse asked whether a 16-year-old's relationship with a 28-year-old is legal
 * because she is 16 and consents, and got the referral route, with Section 8's point only a link. Being 16 or 17
 * "should not be taken to mean that they are no longer at risk" (Section 8: Capacity to consent): that leads, and the
 * route follows it, since the question asks what to do.
 */

const index = createKnowledgeIndex(allEntries);
const NURSE = '16yo came to sexual health clinic last tues, 3rd sti this yr, says her bf is 28 and she consents. shes 16 so its legal right? do i need to do anything';

describe('a 16 or 17-year-old said to consent, asked as making it legal', () => {
  it("leads with Section 8's point, and the health route follows it", () => {
    const result = index.search(NURSE, { audience: 'health' });
    expect(result.confident).toBe(true);
    expect(result.hits[0]?.entry.id).toBe('section.8.capacity-to-consent');
    expect(result.route?.id).toBe('route.referral-pathway');
  });

  it.each(['shes 17 and says its consensual so is it legal?', 'is it ok if shes 16 and consents'])('"%s" leads with it too', (q) => {
    const result = index.search(q, { audience: 'school' });
    expect(result.confident).toBe(true);
    expect(result.hits[0]?.entry.id).toBe('section.8.capacity-to-consent');
    expect(result.route).toBeUndefined();
  });

  it.each(['what is the age of consent', 'can a 16 year old be given a CAWN'])('"%s" is not that question', (q) => {
    expect(index.search(q, { audience: 'police' }).route).toBeUndefined();
  });
});

/**
 * Issue 8 (the eighth exploratory test): a nurse typing under School told of a 14-year-old asking for the morning-after
 * pill whose boyfriend is 22, and got the health settings tactic first. Sexual activity with a child under 16 is an offence,
 * and such a relationship a concern to refer (Section 10: age and consent): that leads, the search's other hits after it.
 */
describe('a child under 16 told with an adult partner’s age', () => {
  it.each<[string, 'school' | 'health']>([
    ['a 14 yr old came to clinic last week asking for the morning after pill, her bf is 22', 'health'],
    ['a 14 year old in year 9 says her boyfriend is 19 and he picks her up after school', 'school'],
    ['13 year old patient says her partner is 24 and she loves him', 'health'],
  ])('"%s" (%s) leads with Section 10’s age and consent', (q, audience) => {
    const result = index.search(q, { audience });
    expect(result.confident).toBe(true);
    expect(result.hits[0]?.entry.id).toBe('section.10.age-and-consent');
    expect(result.hits.length).toBeGreaterThan(1);
  });

  it.each([
    // Asked of the offence, or of confidentiality: the offences, or the consent to refer, answer that.
    '15 year old having sex with her 19 year old boyfriend, is it a crime',
    'do i need to break confidentiality if a 15 yr old tells me shes sleeping with a 25yr old, her bf is 25',
    // A partner of her own age, or an adult in a position of trust: not this rule's.
    'a 14 yr old says her bf is 15',
    'a 15 yr old says her boyfriend is 19 and he is her football coach',
  ])('"%s" is left to the search', (q) => {
    expect(index.search(q, { audience: 'health' }).hits[0]?.entry.id).not.toBe('section.10.age-and-consent');
  });
});
