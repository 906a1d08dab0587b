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
