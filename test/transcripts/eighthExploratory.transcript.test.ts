import { allText, assistantForEachTest, chatWithRoleChosen, type Chat, headings } from '../support/assistant';

/**
 * The eighth exploratory test (issue 8): a new user chose their role on the welcome card, then typed. Something already
 * past asked about ("…is it too late", "who should i tell?") gets their role's route first, saying it is not too late;
 * a social worker gets the plain route (manager, 87A, strategy discussion), not the referral desks' detail. Everyone is fictional.
 */

describe('eighth exploratory test: typed after choosing a role', () => {
  const assistant = assistantForEachTest('embedded');

  const roleChosen = (role: string): Promise<Chat> => chatWithRoleChosen(assistant.url, role);

  it('health: a clinic visit last month, "shld i report it or is it too late", gets the referral route, not too late', async () => {
    const c = await roleChosen('health');
    const cards = await c.say(
      "had a 16 yr old at sexual health clinic last month, her 3rd sti this yr, came w a much older 'friend' who paid for her taxi. not seen her since. shld i report it or is it too late",
    );
    expect(headings(cards)).not.toContain('Call 999 now');
    const text = allText(cards);
    expect(text).toContain('What to do when you are worried about a child: the referral route');
    expect(text).toMatch(/not too late/);
    expect(text).not.toContain('could not find');
  });

  it('social care: told at a visit, "who should i tell?", gets the social worker’s route first and no dense referral-desk text', async () => {
    const c = await roleChosen('socialCare');
    const cards = await c.say('YP told me at our visit yday she was made to have sex w her bfs mates at a party last month. shes safe at home w mum now. who should i tell?');
    expect(headings(cards)).not.toContain('Call 999 now');
    const text = allText(cards);
    expect(text).toContain('What to do as a social worker when a child tells you or you are worried: who to tell');
    expect(text).toMatch(/manager/);
    expect(text).toMatch(/strategy discussion/);
    expect(text).not.toContain('SC&O17');
  });
});
