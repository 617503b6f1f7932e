// `node --test test/toolchains/opentelemetry.test.mjs`: a browser app traced
// with OpenTelemetry (sdk-trace-web, instrumentation-fetch, an in-memory
// exporter), built by Vite 8 from the packed tarball and run in headless
// Chromium. Twenty user actions, clicked in one turn, each start an action
// span; their code awaits natively, in the app and in an installed client
// library, and makes three fetches. Every fetch span must be a child of its
// own action's span: with TaskLocalContextManager and the tasklocal plugin,
// on the standalone engine (no zone.js) and on zone.js. The control is the
// same app with ZoneContextManager, as traced today: only the fetches made
// before the first await find their action.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeConsumer, repoRoot } from '../../scripts/packaging/pack.mjs';
import { loadPlugin, PLUGIN_PEERS } from './app.mjs';
import { buildWithVite } from './builds/vite.mjs';
import { fixturesDir, startSuite } from './harness.mjs';

const PACKAGES = [
  '@opentelemetry/api',
  '@opentelemetry/sdk-trace-web',
  '@opentelemetry/instrumentation',
  '@opentelemetry/instrumentation-fetch',
  '@opentelemetry/context-zone-peer-dep',
  ...PLUGIN_PEERS,
];
const ACTIONS = 20;
// Found by path: some of these packages' exports hide package.json, which repoPackageDir resolves.
const installed = (name) => path.join(repoRoot, 'node_modules', name);

/** A consumer project holding the app, with the OpenTelemetry packages and the plugin's peers installed offline. */
function makeTracedApp(suite) {
  const dir = makeConsumer(suite.workDir, suite.tarball, 'vite-opentelemetry', {
    extraPackages: [suite.depTarball, ...PACKAGES.map(installed)],
  });
  fs.cpSync(path.join(fixturesDir, 'opentelemetry'), dir, { recursive: true });
  return dir;
}

/** Builds the app with src/tracing-<setup>.ts as its tracing setup; returns the page's path. */
function buildTraced(dir, setup, plugins) {
  const tracingSetup = {
    name: 'tracing-setup-under-test',
    enforce: 'pre',
    resolveId: (id) => (id === './tracing' ? path.join(dir, 'src', `tracing-${setup}.ts`) : null),
  };
  return buildWithVite(dir, `opentelemetry-${setup}`, [tracingSetup, ...plugins]);
}

/** Opens the page, clicks every action's button in one turn, and returns what the page reports about its spans. */
async function runActions(suite, page) {
  const tab = await suite.browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    const reported = new Promise((resolve) => {
      tab.on('console', (message) => {
        if (message.text().startsWith('spans ')) resolve(JSON.parse(message.text().slice('spans '.length)));
      });
    });
    await tab.goto(`${suite.urlOf(page)}?data=${encodeURIComponent(suite.dataUrl)}`);
    await tab.waitForSelector(`#action-${ACTIONS - 1}`);
    await tab.$$eval('#actions button', (buttons) => {
      buttons.forEach((button) => button.click());
      globalThis.report();
    });
    const timeout = new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`no span report in 15 s; page errors: ${JSON.stringify(errors)}`)),
        15_000,
      ),
    );
    return await Promise.race([reported, timeout]);
  } finally {
    await tab.close();
  }
}

/** How many fetch spans are children of their own action's span, in all and per step. */
function underOwnAction(report) {
  const own = report.fetches.filter((fetch) => fetch.parentAction === fetch.action);
  const byStep = Object.fromEntries(
    ['1', '2', '3'].map((step) => [step, own.filter((fetch) => fetch.step === step).length]),
  );
  return { own: own.length, of: report.fetches.length, byStep };
}

it("the README's browser setups are this app's, word for word", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const setup of ['standalone', 'zone']) {
    const file = path.join(fixturesDir, 'opentelemetry', 'src', `tracing-${setup}.ts`);
    assert.ok(readme.includes(fs.readFileSync(file, 'utf8')), `README.md does not show ${file} as it is`);
  }
});

describe('a browser app traced with OpenTelemetry, built by Vite 8, in headless Chromium', () => {
  let suite;
  let dir;

  before(async () => {
    suite = await startSuite();
    dir = makeTracedApp(suite);
  });
  after(async () => {
    await suite?.close();
  });

  for (const [setup, zone] of [
    ['standalone', 'undefined'],
    ['zone', 'function'],
  ]) {
    it(`TaskLocalContextManager, ${setup === 'zone' ? 'on zone.js' : 'without zone.js'}: every fetch span is a child of its own action's span`, async (t) => {
      const tasklocal = await loadPlugin(dir, 'vite');
      const report = await runActions(suite, await buildTraced(dir, setup, [tasklocal()]));
      const counts = underOwnAction(report);
      t.diagnostic(
        `${setup}: ${counts.own} of ${counts.of} fetch spans under their own action; by step ${JSON.stringify(counts.byStep)}`,
      );
      assert.equal(report.zone, zone);
      assert.equal(report.actions, ACTIONS);
      assert.equal(report.fetches.length, ACTIONS * 3);
      assert.deepEqual(
        report.fetches.filter((fetch) => fetch.parentAction !== fetch.action),
        [],
        'fetch spans whose parent is not their own action',
      );
    });
  }

  it('ZoneContextManager without tasklocal (control): only the fetches before the first await find their action', async (t) => {
    const report = await runActions(suite, await buildTraced(dir, 'zone-control', []));
    const counts = underOwnAction(report);
    t.diagnostic(
      `ZoneContextManager: ${counts.own} of ${counts.of} fetch spans under their own action; by step ${JSON.stringify(counts.byStep)}`,
    );
    assert.equal(report.zone, 'function');
    assert.equal(report.fetches.length, ACTIONS * 3);
    assert.equal(counts.byStep[1], ACTIONS, 'the fetches before the first await should find their action');
    assert.ok(
      counts.own < counts.of,
      'ZoneContextManager kept every fetch under its action: the app no longer shows what native await loses',
    );
  });
});
