import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { hasChromium, launchChromium, CHROMIUM, REPLY_WAIT } from '../support/browser';
import { FICTIONAL_CHILD, FICTIONAL_NOTES } from '../support/personalTestValues';
import { startPlayground, type RunningPlayground } from '../support/playground';

/**
 * A person in Microsoft Teams, as the Microsoft 365 Agents Playground shows it (its Teams channel, a
 * personal chat): the welcome card, a role, a card filled in, danger typed mid-journey, a question,
 * save for later and resume, and a concern record with an error on its card, submitted with its reference.
 * Each step leaves a screenshot in test-artifacts/playground/ for CI to keep.
 */

jest.setTimeout(240_000);

const SHOTS = join(__dirname, '../../test-artifacts/playground');
const REFERENCE = /CSE-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;
const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;
const AREA_1 = 'Warning signs 1 of 10';
const AREA_2 = 'Warning signs 2 of 10';

/** Loopback only: the playground's page also asks a CDN for fonts and an animation, which are refused here as in CI. */
const isLoopback = (url: string): boolean => /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;
if (!hasChromium() && process.env.CI !== 'true') console.log(`Agents Playground test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

run('the assistant in the Agents Playground (Teams channel)', () => {
  let assistant: TestAssistant;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const refusedOutside: string[] = [];
  let step = 0;

  const cards = (): Locator => page.locator('.ac-adaptiveCard');
  const button = (card: Locator, name: string): Locator => card.getByRole('button', { name, exact: true });

  /** Does something and returns the first card of `matching` that arrives after it: earlier cards that match do not count. */
  async function arrives(matching: Locator, action: () => Promise<unknown>): Promise<Locator> {
    const before = await matching.count();
    await action();
    const card = matching.nth(before);
    await card.waitFor(REPLY_WAIT);
    return card;
  }
  const cardAfter = (text: string | RegExp, action: () => Promise<unknown>) => arrives(cards().filter({ hasText: text }), action);
  // By its heading, exactly: a page title such as "The child" is also a phrase in other cards' text.
  const cardHeaded = (heading: string, action: () => Promise<unknown>) => arrives(cards().filter({ has: page.getByRole('heading', { name: heading, exact: true }) }), action);

  /** Types into the playground's compose box and sends it. It is a rich-text editor (Lexical): typed key by key, as a person does. */
  async function type(message: string): Promise<void> {
    const box = page.locator('[data-lexical-editor="true"]');
    await box.click();
    await page.keyboard.type(message);
    await page.keyboard.press('Enter');
  }

  async function screenshot(name: string, card?: Locator): Promise<void> {
    step += 1;
    await card?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`) });
  }

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    assistant = await startTestAssistant('embedded');
    playground = await startPlayground(`${assistant.url}/api/messages`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route(
      (url) => !isLoopback(url.toString()),
      (route) => {
        refusedOutside.push(new URL(route.request().url()).host);
        return route.abort();
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await assistant?.stop();
  });

  it('shows the welcome card in the personal chat', async () => {
    const welcome = await cardAfter("Worried about a child? Let's work out what to do next.", () => page.goto(playground.url));
    for (const role of ['School or college', 'Health', 'Police officer', 'Social care, MASH or MASE']) await button(welcome, role).waitFor();
    await screenshot('welcome', welcome);
  });

  it('starts the school journey from a role', async () => {
    const welcome = cards().filter({ hasText: 'Choose your role to start' }).last();
    const danger = await cardAfter('Is the child in immediate danger?', () => button(welcome, 'School or college').click());
    await screenshot('role-chosen', danger);
    const area = await cardAfter(AREA_1, () => button(danger, 'No').click());
    // The answer pressed opens the card it led to: the playground cannot press Teams' messageBack, so this is what shows it.
    expect((await area.innerText()).trimStart()).toMatch(/^You answered: No\n/);
    await screenshot('first-question-card', area);
  });

  it('takes a card with its inputs filled in and moves on', async () => {
    const area = cards().filter({ hasText: AREA_1 }).last();
    await area.locator('input[type="radio"][value="seen"]').first().check();
    await area.getByLabel('Anything you want to record about this area, in your own words (optional)').fill(FICTIONAL_NOTES.concern);
    await screenshot('inputs-filled', area);
    const next = await cardAfter(AREA_2, () => button(area, 'Next: warning signs 2 of 10').click());
    await screenshot('inputs-submitted', next);
    // Back shows the first page as it was left: the person's answers are kept.
    const back = await cardAfter(AREA_1, () => button(next, 'Back').click());
    expect(await back.locator('input[type="radio"][value="seen"]').first().isChecked()).toBe(true);
    expect(await back.getByLabel('Anything you want to record about this area, in your own words (optional)').inputValue()).toBe(FICTIONAL_NOTES.concern);
    await cardAfter(AREA_2, () => button(back, 'Next: warning signs 2 of 10').click());
  });

  it('answers danger typed mid-journey with the 999 card first', async () => {
    const before = await cards().count();
    await cardAfter('Call 999 now', () => type("she's with him right now"));
    const first = cards().nth(before);
    expect(await first.innerText()).toContain('Call 999 now');
    await screenshot('urgent-999-first', first);
  });

  it('answers a question asked mid-journey', async () => {
    // Appendix I's answer on how long a sexual risk order lasts.
    const answer = await cardAfter('At least two years, no maximum', () => type('how long does a sexual risk order last?'));
    expect(await answer.innerText()).toContain('Sexual Risk Order');
    await screenshot('question-answered', answer);
  });

  it('saves the journey for later and resumes it from the saved drafts', async () => {
    const area = cards().filter({ hasText: AREA_2 }).last();
    const saved = await cardAfter('Saved for later', () => button(area, 'Save for later').click());
    await screenshot('saved-for-later', saved);
    const welcome = await cardAfter('Your saved drafts (1)', () => type('menu'));
    const list = await cardAfter('Your saved drafts', () => button(welcome, 'Your saved drafts (1)').click());
    await screenshot('saved-drafts', list);
    const resumed = await cardAfter(AREA_2, () => button(list, 'Resume').click());
    await screenshot('resumed', resumed);
  });

  it('completes the concern record: an error shown on its card, then submitted with its reference', async () => {
    let card = cards().filter({ hasText: AREA_2 }).last();
    card = await cardAfter('Is the concern about nude or sexual images of a young person?', () => button(card, 'Skip to the images question').click());
    card = await cardAfter('Yes, I am the DSL or a deputy', () => button(card, 'No').click());
    card = await cardAfter("I don't know", () => button(card, 'Yes, I am the DSL or a deputy').click());
    expect(await card.innerText()).toContain('You answered: Yes, I am the DSL or a deputy');
    const summary = await cardAfter('Refer to your local MASH now', () => button(card, "I don't know").click());
    expect((await summary.innerText()).trimStart()).toMatch(/^You answered: I don't know\n/);
    await screenshot('summary', summary);

    card = await cardHeaded('About you', () => button(summary, 'Complete a concern record').click());
    await card.getByLabel('Your name').fill('Fictional Teacher Ollerby');
    await card.getByLabel('Your role').fill('Designated safeguarding lead');
    await card.getByLabel('Where you work').fill('Fictional Academy');
    await screenshot('form-page-filled', card);
    const child = await cardHeaded('The child', () => button(card, 'Continue').click());
    await child.getByLabel("Child's name").fill(CHILD_NAME);
    // Teams shows a date picker for a date: a date typed into it is posted as YYYY-MM-DD.
    await child.getByLabel('Date of birth').fill('2012-03-27');
    await child.getByLabel('Age').fill('9');
    await child.getByRole('combobox', { name: /^Where you know the child from/ }).click();
    await page.getByRole('option', { name: 'School', exact: true }).click();
    await child.getByRole('radio', { name: 'No', exact: true }).check();
    const wrong = await cardAfter('There is a problem', () => button(child, 'Continue').click());
    expect(await wrong.innerText()).toContain('Age does not match the date of birth: check both');
    // The values given are kept on the card that shows the error.
    expect(await wrong.getByLabel("Child's name").inputValue()).toBe(CHILD_NAME);
    await screenshot('form-error-on-card', wrong.getByText('Age does not match the date of birth: check both').first());

    await wrong.getByLabel('Age').fill('');
    card = await cardHeaded('Warning signs and danger', () => button(wrong, 'Continue').click());
    // Danger was typed mid-journey: the record leaves the danger question for the person to answer, and says why.
    expect(await card.innerText()).toContain('Something you told us during the journey may mean');
    await card.getByRole('radio', { name: 'No', exact: true }).check();
    card = await cardHeaded('What you saw or were told', () => button(card, 'Continue').click());
    await card.getByLabel('What you saw or heard').fill('An older adult collects her after school; she has a new phone she will not explain.');
    await card.getByRole('radio', { name: 'No', exact: true }).check();
    card = await cardHeaded('When and where', () => button(card, 'Continue').click());
    await card.getByLabel(/^Date/).fill('2024-02-02');
    card = await cardHeaded('What you have done so far', () => button(card, 'Continue').click());
    await card.getByRole('checkbox', { name: 'Told the designated safeguarding lead' }).check();
    card = await cardHeaded('The decision and why', () => button(card, 'Continue').click());
    await card.getByRole('radio', { name: 'Referred to the MASH', exact: true }).check();
    await card.getByLabel('Reason for the decision').fill('An older adult collecting her, gifts, and what she said: referred the same day.');
    const check = await cardHeaded('Check your answers before submitting', () => button(card, 'Continue').click());
    await screenshot('check-your-answers', check);
    const done = await cardHeaded('Concern record submitted', () => button(check, 'Submit').click());
    expect(await done.innerText()).toMatch(REFERENCE);
    await screenshot('form-submitted-with-reference', done);
  });

  it('raised no page error and reached nothing outside this machine but the CDN it was refused', () => {
    expect(pageErrors).toEqual([]);
    expect([...new Set(refusedOutside)].filter((host) => !host.endsWith('.cdn.office.net'))).toEqual([]);
    expect(playground.output()).not.toMatch(/UserBotError|ECONNREFUSED/);
  });
});
