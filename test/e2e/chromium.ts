import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/*
 * How the browser tests and the proof-of-work bench start Chromium. Kept apart from browser.ts,
 * whose process-wide browser is closed by a test-runner hook: a script that only launches one
 * (the bench) would start the test runner by importing it.
 */

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser download is never used. */
const chromiumPath = process.env.LINDUNG_CHROMIUM ?? '/usr/bin/chromium';

/** A headless Chromium; the tests' message when Debian's is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${chromiumPath}: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}
