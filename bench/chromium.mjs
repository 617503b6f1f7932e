// The Chromium runner: starts Debian's headless Chromium through puppeteer-core,
// loads the bundled page script (.build/bench/browser.js) into a blank page and
// runs the suite there. Chromium gets a GC hook and precise heap readings so
// that the memory case can run in the page too.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import chromium from '../scripts/chromium.cjs';

const BUNDLE = new URL('../.build/bench/browser.js', import.meta.url);
const ORIGIN = 'http://localhost';
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const PAGE = '<!doctype html><title>tasklocal bench</title><script src="/browser.js"></script>';

/** Serves the bench page and its script from memory: no server, no files outside this repository. */
function serve(page) {
  const script = readFileSync(BUNDLE, 'utf8');
  return page.setRequestInterception(true).then(() =>
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!request.url().startsWith(ORIGIN)) return request.abort();
      const body = path === '/browser.js' ? script : PAGE;
      const contentType = `${path === '/browser.js' ? 'text/javascript' : 'text/html'}; charset=utf-8`;
      return request.respond({ status: 200, headers: ISOLATED, contentType, body });
    }),
  );
}

/** Runs the suite in a fresh headless Chromium; resolves with its figures. */
export async function runInChromium({ quick, log }) {
  const executablePath = chromium.chromiumPath();
  if (!existsSync(BUNDLE)) {
    throw new Error(
      'No .build/bench/browser.js: run `npx rollup -c bench/rollup.config.mjs` (npm run bench does).',
    );
  }
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: 600_000,
    args: [...chromium.CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    page.on('console', (message) => log(message.text()));
    const failed = new Promise((_, reject) => page.on('pageerror', reject));
    await serve(page);
    await page.goto(`${ORIGIN}/`);
    if (!(await page.evaluate(() => globalThis.crossOriginIsolated)))
      log('(page not cross-origin isolated: timer resolution 100 µs)');
    const results = await Promise.race([page.evaluate((q) => globalThis.runBench(q), quick), failed]);
    return { ...results, environment: `Chromium ${version.replace(/^[^/]*\//, '')} (headless)` };
  } finally {
    await browser.close();
  }
}
