// `node --test test/toolchains/react.test.mjs`: a React 19 app on the
// standalone engine (issue 12), built by Vite 8 with @vitejs/plugin-react and
// tasklocal/vite from the packed tarball, no zone.js, clicked in headless
// Chromium. Two buttons each start a save (native async/await across a fetch
// and a timer) in its own task; clicked in one turn, the saves interleave.
// With the plugin each keeps its own values; without it (the control) they
// are lost or crossed. Each save also shows the documented limit: a plain
// timer callback runs outside any task, a Snapshot.wrap-ped one inside it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { makeConsumer, repoPackageDir, repoRoot } from '../../scripts/packaging/pack.mjs';
import { loadPlugin } from './app.mjs';
import { buildWithVite } from './builds/vite.mjs';
import { fixturesDir, startSuite } from './harness.mjs';

const PACKAGES = [
  'react',
  'react-dom',
  'unplugin',
  '@babel/core',
  '@babel/plugin-transform-async-to-generator',
  'oxc-parser',
  'magic-string',
];
// Its exports hide package.json, which repoPackageDir resolves: found by path instead.
const REACT_PLUGIN_DIR = path.join(repoRoot, 'node_modules', '@vitejs', 'plugin-react');

/** A consumer project holding the React fixture, with React and both Vite plugins installed offline. */
function makeReactApp(suite) {
  const dir = makeConsumer(suite.workDir, suite.tarball, 'vite-react', {
    extraPackages: [...PACKAGES.map(repoPackageDir), REACT_PLUGIN_DIR],
  });
  fs.cpSync(path.join(fixturesDir, 'react'), dir, { recursive: true });
  return dir;
}

/** @vitejs/plugin-react as the app's config imports it, resolved from the consumer. */
async function loadReactPlugin(dir) {
  const reexport = path.join(dir, 'react-plugin.mjs');
  fs.writeFileSync(reexport, "export { default } from '@vitejs/plugin-react';\n");
  const { default: react } = await import(pathToFileURL(reexport).href);
  return react;
}

/** Opens the built app, clicks both buttons in one turn, and returns what each save showed, and whether Zone exists. */
async function clickBoth(suite, page) {
  const tab = await suite.browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.goto(`${suite.urlOf(page)}?data=${encodeURIComponent(suite.dataUrl)}`);
    await tab.waitForSelector('#save-b'); // React renders after the page's load event
    // One evaluate, so both clicks run in the same turn and the saves interleave.
    await tab.$$eval('#save-a, #save-b', (buttons) => buttons.forEach((button) => button.click()));
    const bothShown = Promise.all(
      ['a', 'b'].map((id) => tab.waitForSelector(`#result-${id}:not(:empty)`, { timeout: 10_000 })),
    );
    await bothShown.catch((error) => {
      throw new Error(`the app did not show both saves' results (page errors: ${JSON.stringify(errors)})`, {
        cause: error,
      });
    });
    const [a, b] = await tab.$$eval('#result-a, #result-b', (outputs) =>
      outputs.map((output) => output.textContent),
    );
    return { a: JSON.parse(a), b: JSON.parse(b), zone: await tab.evaluate(() => typeof globalThis.Zone) };
  } finally {
    await tab.close();
  }
}

const OTHER = { a: 'b', b: 'a' };
const AWAITED_READS = ['afterFetch', 'afterTimer'];

/** How many of the reads after an await show the other save's values. */
const crossedReads = (shown) =>
  ['a', 'b'].flatMap((id) => AWAITED_READS.filter((read) => shown[id][read].includes(OTHER[id]))).length;

describe('a React app on the standalone engine, built by Vite 8, in headless Chromium', () => {
  let suite;
  let dir;
  let react;

  before(async () => {
    suite = await startSuite();
    dir = makeReactApp(suite);
    react = await loadReactPlugin(dir);
  });
  after(async () => {
    await suite?.close();
  });

  it('two interleaved saves keep their own values; a plain timer callback sees no task, a wrapped one does', async (t) => {
    const tasklocal = await loadPlugin(dir, 'vite');
    const shown = await clickBoth(suite, await buildWithVite(dir, 'react-plugin', [react(), tasklocal()]));
    t.diagnostic(`shown: ${JSON.stringify(shown)}; crossed reads: ${crossedReads(shown)}`);
    assert.equal(shown.zone, 'undefined', 'zone.js must not be loaded in this app');
    for (const id of ['a', 'b']) {
      const own = `${id}/user-${id}`;
      assert.deepEqual(
        shown[id],
        { afterFetch: own, afterTimer: own, plainCallback: 'undefined/undefined', wrappedCallback: own },
        `save ${id} did not read its own values`,
      );
    }
    assert.equal(crossedReads(shown), 0);
  });

  it('without tasklocal() (control): native await loses the saves their values', async (t) => {
    const shown = await clickBoth(suite, await buildWithVite(dir, 'react-control', [react()]));
    t.diagnostic(`shown: ${JSON.stringify(shown)}; crossed reads: ${crossedReads(shown)}`);
    assert.equal(shown.zone, 'undefined');
    const kept = ['a', 'b'].every((id) =>
      AWAITED_READS.every((read) => shown[id][read] === `${id}/user-${id}`),
    );
    assert.ok(
      !kept,
      `the control build kept every save's values (${JSON.stringify(shown)}): something else lowers ` +
        'native async/await, so the plugin case no longer shows what the plugin does.',
    );
  });
});
