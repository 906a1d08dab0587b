import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import { entriesOffered } from '../../dialogs/question';
import { allText, assistantForEachTest, chat, headings } from '../support/assistant';

/** A typed question answered over HTTP: the answer, then the search's next entries one press away. */

const OTHERS = 'Not what you asked? These may answer it';
const QUESTION = 'how long does a sexual risk order last?';

describe('a typed question', () => {
  const assistant = assistantForEachTest('embedded');
  const index = createKnowledgeIndex(allEntries);

  it('is answered with the best entry, the search’s next entries beneath it, and one press opens the next', async () => {
    const result = index.search(QUESTION);
    const best = result.hits[0]?.entry;
    if (best === undefined) throw new Error('the search found nothing');
    const others = entriesOffered(result, index).filter((id) => id !== best.id && !best.related.includes(id));
    expect(others.length).toBeGreaterThan(0);
    const c = chat(assistant.url);
    const cards = await c.say(QUESTION);
    expect(headings(cards)).toEqual([best.title]);
    const shown = allText(cards);
    expect(shown).toContain(OTHERS);
    const titles = others.map((id) => index.byId(id)?.title ?? id);
    for (const title of titles) expect(shown.indexOf(title)).toBeGreaterThan(shown.indexOf(OTHERS));

    const opened = await c.press(cards, titles[0] ?? '-');
    expect(headings(opened)).toEqual([titles[0]]);
    // Opened by its button, with no search behind it: its related entries only.
    expect(allText(opened)).not.toContain(OTHERS);
  });
});

describe('a question about what to do that no entry answers', () => {
  const assistant = assistantForEachTest('embedded');
  const index = createKnowledgeIndex(allEntries);
  // No "I could not find that exact question" before the route: with a good answer after it, it read as two replies at
  // odds (the sixth exploratory test). The nearest entries go beneath the route, for a question about something else.

  it('gets the referral route, not "not sure", when no role is known (the third exploratory test: a disclosure got "not sure")', async () => {
    const text = 'what should i do now, the zorblax is back';
    expect(index.search(text).confident).toBe(false);
    const cards = await chat(assistant.url).say(text);
    expect(headings(cards)).toEqual([index.byId('route.referral-pathway')?.title]);
    expect(allText(cards)).toContain('If the child is in immediate danger call 999.');
    expect(allText(cards)).toContain(OTHERS);
    expect(allText(cards)).not.toContain('could not find');
  });

  it("gets the writer's own route when their role is known", async () => {
    const c = chat(assistant.url);
    await c.press(await c.say('hello'), 'Business (Operation Makesafe)');
    expect(index.search('zorblax, what do i do', { audience: 'business' }).confident).toBe(false);
    const cards = await c.say('zorblax, what do i do');
    expect(headings(cards)).toEqual([index.byId('makesafe.how-to-report')?.title]);
  });

  it('still says "not sure" to a question that does not ask what to do', async () => {
    const cards = await chat(assistant.url).say('what is the boiling point of zorblax');
    expect(headings(cards)).toEqual(['I am not sure I have an answer to that']);
  });
});

// The fifth exploratory test: the "not sure" card told a police officer to "ask your safeguarding lead".
// Who each role turns to, from the protocol: an officer's supervisor and the borough's police CSE single point of contact
// (the appendices on a CSE investigation's supervisor's actions and on the MASE meeting's attendees); a social worker's
// manager (Section 7: "Social workers, with their managers"); a business's manager, or the police on 101 (Section 11,
// Operation Makesafe); a school's or health service's safeguarding lead. No contact details: the protocol's are out of date.
describe('the "not sure" reply says who to ask, for the role', () => {
  const assistant = assistantForEachTest('embedded');
  const UNANSWERED = 'zzkq wvxj plonk';

  it.each([
    ['police', 'ask your supervisor or your borough’s police CSE single point of contact'],
    ['social care', 'ask your manager'],
    ['business', 'ask your manager, or call the police on 101'],
    ['school', 'ask your safeguarding lead'],
    ['health', 'ask your safeguarding lead'],
  ])('for %s', async (role, who) => {
    const c = chat(assistant.url);
    await c.say(role);
    const cards = await c.say(UNANSWERED);
    expect(headings(cards)[0]).toBe('I am not sure I have an answer to that');
    expect(allText(cards)).toContain(who);
    if (role !== 'school' && role !== 'health') expect(allText(cards)).not.toContain('safeguarding lead');
  });

  it('for someone whose role is not known, neutrally', async () => {
    const cards = await chat(assistant.url).say(UNANSWERED);
    expect(allText(cards)).toContain('ask your safeguarding lead or manager');
  });
});
