// Experiment for issue 12 (not part of `npm run bench`): the read hot path on
// the standalone engine against the zone engine, a bare Proxy get trap and a
// plain property read, in one headless Chromium. The two engines cannot share
// a page (a page commits to one), so each gets its own page with the same
// cases and its own floors; ratios are taken within a page.
//   npm run build && node bench/experiments/standalone-reads.mjs
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import chromium from '../../scripts/chromium.cjs';

const ORIGIN = 'http://localhost';
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const N = 2_000_000;
const SAMPLES = 15;

// The page script; \`setup\` chooses the engine before anything uses tasklocal.
// Every loop sums what it reads, so no read is dead code, and the sum (N)
// proves the reads hit the task's value. Loops run in the synchronous part of
// a task, which every engine runs inside the task.
const cases = (setup) => `
${setup}
import { Local, TaskVar, spawn, engineName } from './dist/tasklocal.mjs';
const plain = { x: 0 };
plain.x = 1; // written twice, so V8 does not fold it to a constant
const holder = { value: 0, get() { return this.value; } };
holder.value = 1;
const bare = new Proxy({}, { get: () => 1 });
const local = new Local();
const variable = new TaskVar();
// Each case its own literal, so each keeps its own type feedback.
const loops = {
  'plain property read': (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += plain.x; return sum; },
  'plain getter method': (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += holder.get(); return sum; },
  'bare Proxy get trap': (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += bare.x; return sum; },
  'local.x in a task': (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += local.x; return sum; },
  'TaskVar.get() in a task': (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += variable.get(); return sum; },
};
globalThis.runCases = () =>
  spawn(() => {
    local.x = 1;
    variable.set(1);
    const best = {};
    for (let sample = 0; sample < ${SAMPLES}; sample++) {
      for (const [name, loop] of Object.entries(loops)) {
        const t0 = performance.now();
        const sum = loop(${N});
        const ns = ((performance.now() - t0) * 1e6) / ${N};
        if (sum !== ${N}) throw new Error(name + ' read ' + sum / ${N} + ' on average, not 1');
        best[name] = Math.min(best[name] ?? Infinity, ns);
      }
    }
    return { engine: engineName(), best };
  });
`;

/** The page script for one engine, bundled from dist/ and mitata. */
async function bundle(setup) {
  const result = await esbuild.build({
    stdin: { contents: cases(setup), resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function runPage(browser, script) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().startsWith(ORIGIN)) return request.abort();
    const isScript = new URL(request.url()).pathname === '/page.js';
    return request.respond({
      status: 200,
      headers: ISOLATED,
      contentType: isScript ? 'text/javascript' : 'text/html',
      body: isScript ? script : '<!doctype html><script src="/page.js"></script>',
    });
  });
  await page.goto(`${ORIGIN}/`);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  const result = await page.evaluate(() => globalThis.runCases());
  await page.close();
  return { ...result, isolated };
}

const pages = {
  zone: await bundle("import 'zone.js';"),
  standalone: await bundle(
    "import { useEngine as choose } from './dist/tasklocal.mjs'; choose('standalone');",
  ),
};
const browser = await puppeteer.launch({
  executablePath: chromium.chromiumPath(),
  headless: true,
  args: chromium.CHROMIUM_FLAGS,
});
try {
  const version = (await browser.version()).replace(/^[^/]*\//, '');
  const results = {};
  for (const [name, script] of Object.entries(pages)) results[name] = await runPage(browser, script);
  console.log(`Chromium ${version} (headless): best of ${SAMPLES} samples of ${N} reads each, per read`);
  for (const { engine, best, isolated } of Object.values(results)) {
    console.log(`\n${engine} engine${isolated ? '' : ' (page not cross-origin isolated)'}`);
    for (const [name, ns] of Object.entries(best)) console.log(`  ${name.padEnd(26)} ${ns.toFixed(2)} ns`);
  }
  const s = results.standalone.best;
  const z = results.zone.best;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log('\nratios');
  console.log(
    `  standalone local.x / bare Proxy (same page)      ${ratio(s['local.x in a task'], s['bare Proxy get trap'])}`,
  );
  console.log(
    `  zone local.x / bare Proxy (same page)            ${ratio(z['local.x in a task'], z['bare Proxy get trap'])}`,
  );
  console.log(
    `  standalone local.x / zone local.x                ${ratio(s['local.x in a task'], z['local.x in a task'])}`,
  );
  console.log(
    `  standalone TaskVar.get() / plain read (same page) ${ratio(s['TaskVar.get() in a task'], s['plain property read'])}`,
  );
  console.log(
    `  zone TaskVar.get() / plain read (same page)       ${ratio(z['TaskVar.get() in a task'], z['plain property read'])}`,
  );
} finally {
  await browser.close();
}
