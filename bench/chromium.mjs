// The Chromium runner: starts Debian's headless Chromium through puppeteer-core
// and runs two pages in it, one after the other: the suite on zone.js
// (.build/bench/browser.js), then the standalone engine's reads
// (.build/bench/standalone.js; a page commits to one engine). Chromium gets a
// GC hook and precise heap readings so that the memory case can run in the
// page too. The standalone page's rows join the zone page's, in their own group.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import chromium from '../scripts/chromium.cjs';

const BUNDLES = {
  zone: new URL('../.build/bench/browser.js', import.meta.url),
  standalone: new URL('../.build/bench/standalone.js', import.meta.url),
};
const ORIGIN = 'http://localhost';
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const PAGE = '<!doctype html><title>tasklocal bench</title><script src="/bench.js"></script>';

/** Serves the bench page and its script from memory: no server, no files outside this repository. */
function serve(page, bundle) {
  const script = readFileSync(bundle, 'utf8');
  return page.setRequestInterception(true).then(() =>
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!request.url().startsWith(ORIGIN)) return request.abort();
      const body = path === '/bench.js' ? script : PAGE;
      const contentType = `${path === '/bench.js' ? 'text/javascript' : 'text/html'}; charset=utf-8`;
      return request.respond({ status: 200, headers: ISOLATED, contentType, body });
    }),
  );
}

/** Loads `bundle` in a new page and resolves with what its runBench(quick) resolves with. */
async function runPage(browser, bundle, { quick, log }) {
  const page = await browser.newPage();
  try {
    page.on('console', (message) => log(message.text()));
    const failed = new Promise((_, reject) => page.on('pageerror', reject));
    await serve(page, bundle);
    await page.goto(`${ORIGIN}/`);
    if (!(await page.evaluate(() => globalThis.crossOriginIsolated)))
      log('(page not cross-origin isolated: timer resolution 100 µs)');
    return await Promise.race([page.evaluate((q) => globalThis.runBench(q), quick), failed]);
  } finally {
    await page.close();
  }
}

/** Runs both pages in a fresh headless Chromium; resolves with their figures as one environment's. */
export async function runInChromium({ quick, log }) {
  const executablePath = chromium.chromiumPath();
  for (const bundle of Object.values(BUNDLES)) {
    if (!existsSync(bundle)) {
      throw new Error(
        `No ${bundle.pathname}: run \`npx rollup -c bench/rollup.config.mjs\` (npm run bench does).`,
      );
    }
  }
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: 600_000,
    args: [...chromium.CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const version = await browser.version();
    const { engine, ...zone } = await runPage(browser, BUNDLES.zone, { quick, log });
    log('Chromium, standalone-engine page: running…');
    const standalone = await runPage(browser, BUNDLES.standalone, { quick, log });
    const engines = { zone: engine, standalone: standalone.engine };
    for (const [expected, ran] of Object.entries(engines)) {
      if (ran !== expected) throw new Error(`The ${expected} page ran on the ${ran} engine.`);
    }
    return {
      ...zone,
      rows: [...zone.rows, ...standalone.rows],
      engines,
      environment: `Chromium ${version.replace(/^[^/]*\//, '')} (headless)`,
    };
  } finally {
    await browser.close();
  }
}
