/**
 * Proof-of-work benchmark (`npm run bench:proof-of-work`): what the public report form's proof of
 * work costs a browser at the configured difficulty (LINDUNG_PUBLIC_POW_BITS, default 18).
 *
 * It hashes as the form's solver does (web/src/features/public-portal/proof-of-work.ts: one
 * crypto.subtle SHA-256 per nonce, awaited in turn) in Debian's headless Chromium, and, as the
 * baseline in the same run, the same loop in Node 24's WebCrypto. The expected solving time is
 * 2^bits hashes at the measured rate; a phone hashes several times slower than this machine.
 *
 * Options: --hashes <n> per measurement (default 16384), --rounds <n> (default 3).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { launchChromium } from '../test/e2e/chromium.ts';
import { machineDescription, markdownTable, median } from './support/report.ts';

const { values } = parseArgs({
  options: { hashes: { type: 'string', default: '16384' }, rounds: { type: 'string', default: '3' } },
});
const hashes = Number(values.hashes);
const rounds = Number(values.rounds);
if (!Number.isInteger(hashes) || hashes < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('--hashes and --rounds must be whole numbers of at least 1');
  process.exit(1);
}

/**
 * The solver's loop: one digest per nonce, each awaited, over a challenge of the usual length.
 * Self-contained (globalThis.crypto in both) so Playwright can send its text to the page.
 */
async function hashLoop(count: number): Promise<number> {
  const subtle = globalThis.crypto.subtle;
  const encoder = new TextEncoder();
  const start = performance.now();
  for (let nonce = 0; nonce < count; nonce += 1) {
    await subtle.digest(
      'SHA-256',
      encoder.encode(`a-challenge-of-usual-length.1790000000000.18.sig:${nonce}`),
    );
  }
  return performance.now() - start;
}

const { powBits } = loadConfig({ LINDUNG_PUBLIC_POW_BITS: process.env.LINDUNG_PUBLIC_POW_BITS }).publicPortal;
const blankPage = createServer((_request, response) => response.end('<!doctype html><title>pow</title>'));
await new Promise<void>((resolve) => blankPage.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // crypto.subtle needs a secure context: a page from localhost is one, about:blank is not.
  await page.goto(`http://127.0.0.1:${(blankPage.address() as AddressInfo).port}/`);
  const browserMs: number[] = [];
  const nodeMs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    browserMs.push(await page.evaluate(hashLoop, hashes));
    nodeMs.push(await hashLoop(hashes));
  }
  const row = (where: string, times: number[]) => {
    const perSecond = (hashes / median(times)) * 1000;
    return [where, Math.round(perSecond).toLocaleString('en'), (2 ** powBits / perSecond).toFixed(2)];
  };
  console.log(`# Proof of work at ${powBits} bits — ${machineDescription()}`);
  console.log(`${hashes} hashes a round, median of ${rounds} rounds\n`);
  console.log(
    markdownTable(
      ['hashing in', 'SHA-256 per s', `expected seconds for 2^${powBits}`],
      [row('Chromium (the form)', browserMs), row('Node 24 (baseline)', nodeMs)],
    ),
  );
} finally {
  await browser.close();
  blankPage.close();
}
