import { allText, assistantForEachTest, chatWithRoleChosen, headings } from '../support/assistant';

/**
 * Issue 8 (a later exploratory test, typed with a role chosen): a 16-year-old "so its legal right?" is answered with
 * Section 8's point first and then the route; a comparison of three categories answers all three.
 */

describe('answers from a later exploratory test', () => {
  const assistant = assistantForEachTest('embedded');

  it('a nurse asking whether a 16-year-old who consents makes it legal gets Section 8 first, then the route', async () => {
    const c = await chatWithRoleChosen(assistant.url, 'health');
    const cards = await c.say('16yo came to sexual health clinic last tues, 3rd sti this yr, says her bf is 28 and she consents. shes 16 so its legal right? do i need to do anything');
    const titles = headings(cards);
    const consent = titles.indexOf('16 and 17-year-olds and the age of consent');
    const route = titles.indexOf('What to do when you are worried about a child: the referral route');
    expect(consent).toBeGreaterThanOrEqual(0);
    expect(route).toBeGreaterThan(consent);
    expect(allText(cards)).toContain('no longer at risk');
  });

  it('a social worker asking the difference between categories 1, 2 and 3 gets a card for each', async () => {
    const c = await chatWithRoleChosen(assistant.url, 'socialCare');
    const cards = await c.say('whats the diff between category 1 2 and 3');
    const titles = headings(cards);
    for (const title of ['Police category 1', 'Police category 2', 'Police category 3']) expect(titles).toContain(title);
  });
});
