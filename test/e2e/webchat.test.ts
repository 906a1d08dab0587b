import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { axeContext, axeViolations, describeViolations, isBlocking, type AxeViolation } from '../support/axe';
import { hasChromium, launchChromium, CHROMIUM, REPLY_WAIT } from '../support/browser';

/** A person at http://localhost:3978: the web chat page, the welcome card, a role, the next card, a reload, urgent text. */

jest.setTimeout(240_000);


// Web Chat also renders each card's buttons for screen readers; the Adaptive Card's own button is the one a person clicks.
const cardButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).and(page.locator('.ac-pushButton'));

const saved = z.object({ browser: z.string(), conversationId: z.string(), token: z.string() });
// A string, evaluated in the page: the tests are not compiled with the DOM's types.
const savedState = async (page: Page) => saved.parse(JSON.parse(z.string().parse(await page.evaluate("window.localStorage.getItem('cse-assistant.local-webchat')"))));

// A string, evaluated in the page: true once the page holds another conversation than this one.
/**
 * Waits until the page has left the conversation, polling with evaluate: waitForFunction evaluates its
 * predicate with eval in the page, which the web chat's Content Security Policy (no unsafe-eval) refuses.
 */
async function leftConversation(page: Page, conversationId: string): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    // Leaving reloads the page: a read that meets the reload is tried again, not taken as an answer.
    const stored = await page.evaluate("window.localStorage.getItem('cse-assistant.local-webchat') || ''").catch((error: unknown) => {
      if (error instanceof Error && /context was destroyed|navigat/i.test(error.message)) return conversationId;
      throw error;
    });
    if (!String(stored).includes(conversationId)) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the page stayed in the conversation it was asked to leave');
}

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;
if (!hasChromium() && process.env.CI !== 'true') console.log(`End-to-end browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

run('the web chat in a real browser', () => {
  let assistant: TestAssistant;
  let browser: Browser;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await assistant?.stop();
  });

  it('shows the welcome card, starts the school journey, and carries on after a reload', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Every Direct Line call after the start carries the conversation's token, and none is refused.
    const calls: Array<{ path: string; bearer: string | undefined; status: number }> = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/v3/directline/')) calls.push({ path: url.pathname, bearer: response.request().headers().authorization, status: response.status() });
    });
    // As a person types it: localhost, not the address the server bound.
    await page.goto(assistant.url.replace('127.0.0.1', 'localhost'));
    await page.getByText("Worried about a child? Let's work out what to do next.").filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await cardButton(page, 'School or college').click();
    await page.getByText('Is the child in immediate danger?').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await cardButton(page, 'No').last().click();
    await page.getByText('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice').filter({ visible: true }).first().waitFor(REPLY_WAIT);

    // A reload keeps the conversation: the page remembers it and its token, the server kept its state.
    const before = await savedState(page);
    await page.reload();
    await page.getByText('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await page.getByRole('textbox', { name: 'Message input box' }).fill("she's with him right now");
    await page.keyboard.press('Enter');
    await page.getByText('Call 999 now').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    expect(await savedState(page)).toEqual(before);
    expect(errors).toEqual([]);
    const conversationCalls = calls.filter((c) => c.path.startsWith(`/v3/directline/conversations/${before.conversationId}`));
    expect(conversationCalls.length).toBeGreaterThan(3);
    expect(conversationCalls.filter((c) => c.bearer !== `Bearer ${before.token}` || c.status >= 400)).toEqual([]);
    expect(calls.filter((c) => c.path === '/v3/directline/conversations').map((c) => c.status)).toEqual([201]);
  });

  it('keeps a card’s ticks when the same page is drawn again below it, and takes them when its Next is pressed (the fourth exploratory test)', async () => {
    const page = await browser.newPage();
    const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
    const cards = page.locator('.ac-adaptiveCard');
    // Waits for the reply to a press or a message: more cards than before it.
    const replied = async (before: number): Promise<void> => {
      for (let tries = 0; tries < 150 && (await cards.count()) <= before; tries += 1) await page.waitForTimeout(100);
    };
    const firstSeen = (card: ReturnType<typeof cards.nth>) => card.getByRole('radio', { name: 'Seen or told' }).first();
    await page.goto(assistant.url);
    await page.getByText("Worried about a child? Let's work out what to do next.").filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await cardButton(page, 'School or college').click();
    await page.getByText('Is the child in immediate danger?').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await cardButton(page, 'No').last().click();
    await page.getByText(AREA_1).filter({ visible: true }).first().waitFor(REPLY_WAIT);
    // A locator is looked up each time it is used: the card is pinned by its place, not "the last".
    const areaCard = cards.nth((await cards.count()) - 1);
    await firstSeen(areaCard).check();
    // A message typed over the page, then the page drawn again below: its radio buttons must not be the first card's.
    let count = await cards.count();
    await page.getByRole('textbox', { name: 'Message input box' }).fill("she's with him right now");
    await page.keyboard.press('Enter');
    await replied(count);
    expect(await cards.last().getByText('Call 999 now').count()).toBeGreaterThan(0);
    count = await cards.count();
    await cardButton(page, 'Carry on where I was').last().click();
    await replied(count);
    expect(await cards.last().getByText(AREA_1).count()).toBeGreaterThan(0);
    expect(await firstSeen(areaCard).isChecked()).toBe(true);
    // Next pressed on the first card sends its tick: Back shows it recorded.
    count = await cards.count();
    await areaCard.locator('.ac-pushButton', { hasText: 'Next: warning signs 2 of 10' }).click();
    await replied(count);
    count = await cards.count();
    await cardButton(page, 'Back').last().click();
    await replied(count);
    expect(await cards.last().getByText(AREA_1).count()).toBeGreaterThan(0);
    expect(await firstSeen(cards.last()).isChecked()).toBe(true);
    await page.close();
  });

  it('starts a new conversation at once when nothing is in progress, and asks once when a journey is', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const welcome = () => page.getByText("Worried about a child? Let's work out what to do next.").filter({ visible: true }).first().waitFor(REPLY_WAIT);
    const dialog = page.getByRole('dialog', { name: 'Start a new conversation?' });
    const newConversation = page.getByRole('button', { name: 'Start a new conversation', exact: true });
    await page.goto(assistant.url);
    await welcome();

    // Nothing in progress: no question, a new conversation straight away.
    const first = await savedState(page);
    await newConversation.click();
    await leftConversation(page, first.conversationId);
    await welcome();
    expect(await dialog.isVisible()).toBe(false);

    // A journey in progress: asked once, with the choice to carry on here.
    await cardButton(page, 'School or college').click();
    await page.getByText('Is the child in immediate danger?').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await cardButton(page, 'No').last().click();
    await page.getByText('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    const during = await savedState(page);
    await newConversation.click();
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    await dialog.getByText('Its answers will be kept in your saved drafts').waitFor({ state: 'visible', timeout: 5_000 });
    const confirm = dialog.getByRole('button', { name: 'Save it and start a new conversation' });
    expect(await confirm.getAttribute('class')).toBe('destructive');
    await dialog.getByRole('button', { name: 'Carry on here' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    expect((await savedState(page)).conversationId).toBe(during.conversationId);

    // Leaving saves the journey in the drafts, and the new conversation offers it.
    await newConversation.click();
    await confirm.click();
    await leftConversation(page, during.conversationId);
    await welcome();
    await cardButton(page, 'Your saved drafts (1)').waitFor(REPLY_WAIT);
    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility problem on the welcome, a question, a summary, a form page with an error and an answer', async () => {
    const context = await axeContext(browser);
    const page = await context.newPage();
    const seen = (text: string) => page.getByText(text).filter({ visible: true }).first().waitFor(REPLY_WAIT);
    const checked: Array<[string, AxeViolation[]]> = [];
    const check = async (what: string) => {
      checked.push([what, await axeViolations(page)]);
    };
    await page.goto(assistant.url);
    await seen("Worried about a child? Let's work out what to do next.");
    await check('the welcome card');
    await cardButton(page, 'Business (Operation Makesafe)').click();
    await seen('Is the child with you now, or in danger now?');
    await check('a question card');
    await cardButton(page, 'No').last().click();
    await seen('Where do you work?');
    await seen('You answered: No');
    await check('a question card opened by the answer given');
    await cardButton(page, 'Hotel, hostel or B&B').click();
    await seen('What did you notice? Signs for hotel staff');
    await cardButton(page, 'Next: who to call').click();
    await seen('Call 101 and say “Operation Makesafe”');
    await check('a journey summary');
    await cardButton(page, 'Write what to tell the police').click();
    await seen('Page 1 of 9');
    // The server checks what is required (the host is asked to check nothing): the page comes back with its problems.
    await cardButton(page, 'Continue').last().click();
    await seen('There is a problem');
    await check('a form page with an error');
    await page.getByRole('textbox', { name: 'Message input box' }).fill('how long does a sexual risk order last?');
    await page.keyboard.press('Enter');
    await seen('Sexual Risk Order');
    await check('an answer card');

    const moderate = checked.flatMap(([what, found]) => found.filter((v) => !isBlocking(v)).map((v) => `${what}: ${describeViolations([v])}`));
    // The assistant routes console output into the run's log capture: these go to the terminal.
    if (moderate.length > 0) process.stdout.write(`axe: moderate or minor findings\n${moderate.join('\n')}\n`);
    const blocking = checked.filter(([, found]) => found.some(isBlocking)).map(([what, found]) => `${what}:\n${describeViolations(found.filter(isBlocking))}`);
    expect(blocking).toEqual([]);
    await context.close();
  });

  it('saves a half-filled form page for later, and moves on past an optional age left empty', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const seen = (text: string) => page.getByText(text).filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await page.goto(assistant.url);
    await seen("Worried about a child? Let's work out what to do next.");
    await cardButton(page, 'School or college').click();
    await seen('Is the child in immediate danger?');
    const steps: Array<[string, string]> = [
      ['No', 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice'],
      ['Skip to the images question', 'Is the concern about nude or sexual images of a young person?'],
      ['No', 'Yes, I am the DSL or a deputy'],
      ['Yes, I am the DSL or a deputy', "I don't know"],
      ["I don't know", 'Refer to your local MASH now'],
      ['Complete a concern record', 'About you'],
    ];
    for (const [press, next] of steps) {
      await cardButton(page, press).last().click();
      await seen(next);
    }
    // Nothing filled in, required questions and all: Save for later is sent, and says so.
    await cardButton(page, 'Save for later').last().click();
    await seen('Saved for later');
    await page.getByRole('textbox', { name: 'Message input box' }).fill('menu');
    await page.keyboard.press('Enter');
    await cardButton(page, 'Your saved drafts (1)').last().click();
    // The page saved is already in the transcript: wait for it to come again.
    const aboutYou = page.getByText('About you', { exact: true });
    await cardButton(page, 'Resume').last().waitFor(REPLY_WAIT);
    const before = await aboutYou.count();
    await cardButton(page, 'Resume').last().click();
    for (let tries = 0; (await aboutYou.count()) <= before; tries += 1) {
      if (tries >= 300) throw new Error('the saved page did not come back');
      await page.waitForTimeout(100);
    }
    await page.getByLabel(/^Your name/).last().fill('Fictional Teacher Ollerby');
    await page.getByLabel(/^Your role/).last().fill('Designated safeguarding lead');
    await page.getByLabel(/^Where you work/).last().fill('Fictional Academy');
    await cardButton(page, 'Continue').last().click();
    await seen("Child's name");
    await page.getByLabel(/^Child's name/).last().fill('Fictional Child Ambleside');
    await page.getByLabel(/^Date of birth/).last().fill('2012-03-27');
    await page.getByLabel(/^Where you know the child from/).last().selectOption({ label: 'School' });
    await page.getByRole('radio', { name: 'No', exact: true }).last().check();
    // The age is optional (the date of birth is given): the Adaptive Cards SDK reads the empty box as no number at all.
    await cardButton(page, 'Continue').last().click();
    await seen('What you saw or heard');
    expect(errors).toEqual([]);
  });

  it('opens the card an answer led to with the answer given, and a summary’s first screen within 900 px at 1280 wide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const seen = (text: string) => page.getByText(text).filter({ visible: true }).first().waitFor(REPLY_WAIT);
    // The person's bubbles: Web Chat marks each activity from the user.
    const mine = page.locator('.webchat__bubble--from-user');
    // The height of the card drawn with this heading, as the page lays it out now.
    const cardHeight = async (heading: string) => {
      const box = await page.locator('.ac-adaptiveCard', { has: page.getByText(heading, { exact: true }) }).last().boundingBox();
      if (box === null) throw new Error(`no card titled ${heading}`);
      return Math.round(box.height);
    };
    await page.goto(assistant.url);
    await seen("Worried about a child? Let's work out what to do next.");

    await cardButton(page, 'Business (Operation Makesafe)').click();
    await seen('Is the child with you now, or in danger now?');
    await cardButton(page, 'No').last().click();
    await seen('Where do you work?');
    await cardButton(page, 'Hotel, hostel or B&B').click();
    await seen('What did you notice? Signs for hotel staff');
    // The answer pressed is the first line of the card it led to.
    const signs = page.locator('.ac-adaptiveCard', { has: page.getByText('What did you notice? Signs for hotel staff', { exact: true }) }).last();
    expect((await signs.innerText()).trimStart()).toMatch(/^You answered: Hotel, hostel or B&B\n/);
    await cardButton(page, 'Next: who to call').click();
    await seen('Call 101 and say “Operation Makesafe”');
    const business = await cardHeight('Call 101 and say “Operation Makesafe”');

    // "Show details" opens the sources on the card itself.
    const source = page.getByText('Source: Section 11: Prevention strategies for businesses', { exact: false });
    expect(await source.filter({ visible: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show details' }).last().click();
    await source.filter({ visible: true }).first().waitFor({ timeout: 5_000 });

    // A school summary: the safeguarding lead's route, through the images and role questions.
    await page.getByRole('textbox', { name: 'Message input box' }).fill('school');
    await page.keyboard.press('Enter');
    await seen('Is the child in immediate danger?');
    await cardButton(page, 'No').last().click();
    await cardButton(page, 'Skip to the images question').last().click();
    await seen('Is the concern about nude or sexual images of a young person?');
    await cardButton(page, 'No').last().click();
    await seen('Are you the designated safeguarding lead?');
    await cardButton(page, 'No, another member of staff').last().click();
    await seen('Tell your designated safeguarding lead now');
    const school = await cardHeight('Tell your designated safeguarding lead now');

    // Measured, and printed for the record (the assistant's console goes to the run's log capture).
    process.stdout.write(`first screen of a summary at 1280 px wide: business ${business} px, school ${school} px\n`);
    expect(business).toBeLessThanOrEqual(900);
    expect(school).toBeLessThanOrEqual(900);
    // Never what was typed: the message typed shows as typed, and no bubble carries a card's note.
    expect(await mine.getByText('school', { exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('counts a long message from 3,500 characters, and answers one over 4,000 with the limit, not a failed send', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(assistant.url);
    await page.getByText("Worried about a child? Let's work out what to do next.").filter({ visible: true }).first().waitFor(REPLY_WAIT);
    const box = page.getByRole('textbox', { name: 'Message input box' });
    const count = page.locator('#message-length');

    await box.fill('a'.repeat(3_499));
    expect(await count.isVisible()).toBe(false);
    await box.fill('a'.repeat(3_620));
    await count.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await count.textContent()).toBe('3,620 of 4,000 characters');
    expect(await box.getAttribute('aria-describedby')).toBe('message-length');
    await box.fill('A fictional note. '.repeat(278));
    expect(await count.textContent()).toBe('5,004 of 4,000 characters: too long to send as one message. Send it in shorter parts.');
    expect(await page.locator('#message-length-status').textContent()).toBe('5,004 of 4,000 characters: too long to send as one message. Send it in shorter parts.');

    await page.keyboard.press('Enter');
    await page.getByText('Your message is too long for me to take').filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await page.getByText('It is 5,003 characters long, and I can take up to 4,000 at a time,', { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 5_000 });
    await count.waitFor({ state: 'hidden', timeout: 5_000 });
    expect(await page.getByText('Send failed').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
