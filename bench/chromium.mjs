// The Chromium runner: starts Debian's headless Chromium through puppeteer-core,
// loads the bundled page script (.build/bench/browser.js) into a blank page and
// runs the suite there. Chromium gets a GC hook and precise heap readings so
// that the memory case can run in the page too.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const BUNDLE = new URL('../.build/bench/browser.js', import.meta.url);

/** Runs the suite in a fresh headless Chromium; resolves with its figures. */
export async function runInChromium({ quick, log }) {
  const executablePath = process.env.CHROME_BIN || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_BIN.`,
    );
  }
  if (!existsSync(BUNDLE)) {
    throw new Error(
      'No .build/bench/browser.js: run `npx rollup -c bench/rollup.config.mjs` (npm run bench does).',
    );
  }
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: 600_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    page.on('console', (message) => log(message.text()));
    const failed = new Promise((_, reject) => page.on('pageerror', reject));
    await page.addScriptTag({ path: BUNDLE.pathname });
    const results = await Promise.race([page.evaluate((q) => globalThis.runBench(q), quick), failed]);
    return { ...results, environment: `Chromium ${version.replace(/^[^/]*\//, '')} (headless)` };
  } finally {
    await browser.close();
  }
}
