import { allText, assistantForEachTest, chat } from '../support/assistant';

/**
 * Issue 8: a journey's summary after "yes" to its danger question, and a form page after danger answered, told a police
 * officer to "call 999 now and ask for the police". An officer gets the 999 card's own words for them (urgent assistance
 * on the radio, or 999; police protection, section 46); everyone else still calls 999 and asks for the police.
 */

const ASK_FOR_POLICE = 'ask for the police';
const RADIO = 'call for urgent assistance on your radio, or call 999';
const SECTION_46 = 'consider police protection (section 46, Children Act 1989)';

describe('the 999 line at the top of a summary after danger, for its reader', () => {
  const assistant = assistantForEachTest('embedded');

  async function summaryAfterYes(role: string): Promise<string> {
    const c = chat(assistant.url);
    await c.say(role);
    const menu = await c.say('menu');
    const asked = await c.press(menu, 'Trafficking or county lines');
    const emergency = await c.press(asked, 'Yes');
    const who = await c.press(emergency, 'Next: who refers to the NRM');
    return allText(await c.press(who, 'Yes: police or social worker'));
  }

  it('an officer is told to radio for urgent assistance or call 999, and of police protection, not to ask for the police', async () => {
    const text = await summaryAfterYes('police');
    expect(text).toContain('Refer the child to the NRM and create a crime report');
    expect(text).toContain(RADIO);
    expect(text).toContain(SECTION_46);
    expect(text).not.toContain(ASK_FOR_POLICE);
  });

  it('a social worker is still told to call 999 and ask for the police', async () => {
    const text = await summaryAfterYes('social care');
    expect(text).toContain(ASK_FOR_POLICE);
    expect(text).not.toContain(RADIO);
  });
});
