import type { Browser, Page } from 'playwright-core';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { hasChromium, launchChromium, CHROMIUM } from '../support/browser';

/** A person at http://localhost:3978: the web chat page, the welcome card, a role, the next card. */

jest.setTimeout(90_000);

// Web Chat also renders each card's buttons for screen readers; the Adaptive Card's own button is the one a person clicks.
const cardButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).and(page.locator('.ac-pushButton'));

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
    await page.goto(assistant.url);
    await page.getByText("Worried about a child? Let's work out what to do next.").filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await cardButton(page, 'School or college').click();
    await page.getByText('Is the child in immediate danger?').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
    await cardButton(page, 'No').last().click();
    await page.getByText('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice').filter({ visible: true }).first().waitFor({ timeout: 15_000 });

    // A reload keeps the conversation: the page remembers it, the server kept its state.
    await page.reload();
    await page.getByText('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice').filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Message input box' }).fill("she's with him right now");
    await page.keyboard.press('Enter');
    await page.getByText('Call 999 now').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });
});
