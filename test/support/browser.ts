import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core: never a downloaded browser. */
/**
 * How long a browser test waits for the assistant's reply before it fails: a bound on a hang, not a measure of speed (that
 * is bench/'s). A reply takes well under a second alone; under CI's parallel workers one took over 15 s.
 */
export const REPLY_WAIT = { timeout: 45_000 } as const;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
