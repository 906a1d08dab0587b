import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';

/**
 * axe-core run inside a page of the local web chat. The page's Content Security Policy refuses inline
 * scripts and eval, which is how axe is injected: so these checks use their own browser context with
 * `bypassCSP`, and the page is otherwise exactly the one a person gets.
 */

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const violationSchema = z.object({
  id: z.string(),
  impact: z.enum(['minor', 'moderate', 'serious', 'critical']).nullable(),
  help: z.string(),
  nodes: z.array(z.object({ target: z.array(z.unknown()), summary: z.string() })),
});
export type AxeViolation = z.infer<typeof violationSchema>;

/** A context whose pages accept axe's injected script; nothing else about the page changes. */
export function axeContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true });
}

const WCAG_AND_BEST_PRACTICE = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };

/**
 * Every violation axe finds on the page as it stands: by default WCAG 2.0, 2.1 and 2.2, A and AA, and
 * axe's best practices; or only the rules named (`['color-contrast']`).
 */
export async function axeViolations(page: Page, onlyRules?: readonly string[]): Promise<AxeViolation[]> {
  if ((await page.evaluate('typeof window.axe')) !== 'object') await page.addScriptTag({ content: AXE_SOURCE });
  const runOnly = onlyRules === undefined ? WCAG_AND_BEST_PRACTICE : { type: 'rule', values: onlyRules };
  // A string, evaluated in the page: the tests are not compiled with the DOM's types.
  const found = await page.evaluate(`window.axe
    .run(document, { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ['violations'] })
    .then((result) => JSON.stringify(result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
    }))))`);
  return z.array(violationSchema).parse(JSON.parse(z.string().parse(found)));
}

/** The violations a person cannot work around: they fail the test. */
export const isBlocking = (v: AxeViolation): boolean => v.impact === 'serious' || v.impact === 'critical';

/** One line per violation and per element, for a failure message or the run's log. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.summary.replace(/\s+/g, ' ')}`).join('\n')}`).join('\n');
}
