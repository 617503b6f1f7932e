// `node --test test/toolchains/standalone.test.mjs`: the toolchain app as a
// zoneless app builds it (issue 12): no zone.js, useEngine(standalone)
// first, native async/await lowered by tasklocal/vite, built by Vite 8 from
// the packed tarball and run in headless Chromium. With the plugin the two
// concurrent tasks keep their values at every await; without it (the control)
// they lose them. A third task shows the documented limit: a plain timer
// callback runs outside any task, the same callback wrapped with
// Snapshot.wrap runs in it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { consoleUntilDone } from '../../scripts/packaging/chromium.mjs';
import { assertOwnValues, assertValuesLost, loadPlugin, makeApp } from './app.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { fixturesDir, startSuite } from './harness.mjs';

/** The toolchain app with the standalone entry files copied over its own (not the lint-only .d.ts). */
function makeStandaloneApp(suite) {
  const dir = makeApp(suite, 'vite-standalone');
  const filter = (source) => !source.endsWith('.d.ts');
  fs.cpSync(path.join(fixturesDir, 'standalone'), dir, { recursive: true, filter });
  return dir;
}

/** Everything the page logs, as { reads, callbacks, zone, escapes } (escapes: tasklocal's run-time warnings about lost tasks). */
async function pageReport(suite, pageUrl) {
  const url = `${pageUrl}?data=${encodeURIComponent(suite.dataUrl)}`;
  const lines = await consoleUntilDone(suite.browser, url);
  const line = (prefix) => {
    const found = lines.find((text) => text.startsWith(`${prefix} `));
    assert.ok(found, `${url} logged no "${prefix}" line; it logged ${JSON.stringify(lines)}`);
    return found.slice(prefix.length + 1);
  };
  return {
    reads: JSON.parse(line('reads')),
    callbacks: JSON.parse(line('callbacks')),
    zone: line('zone'),
    escapes: lines.filter((text) => /^tasklocal: .* outside any task, after a native await/.test(text)),
  };
}

const MODES = {
  'vite build': async (suite, dir, variant, plugins) =>
    pageReport(suite, suite.urlOf(await buildWithVite(dir, variant, plugins))),
  'vite dev': (suite, dir, variant, plugins) =>
    withViteDevServer(dir, variant, plugins, (url) => pageReport(suite, url)),
};

describe('a zoneless Vite app on the standalone engine, in headless Chromium', () => {
  let suite;
  let dir;

  before(async () => {
    suite = await startSuite();
    dir = makeStandaloneApp(suite);
  });
  after(async () => {
    await suite?.close();
  });

  for (const [mode, reportOf] of Object.entries(MODES)) {
    it(`${mode}: two tasks keep their values across native awaits; a plain timer callback sees no task`, async (t) => {
      const tasklocal = await loadPlugin(dir, 'vite');
      const { reads, callbacks, zone, escapes } = await reportOf(suite, dir, 'standalone-plugin', [
        tasklocal(),
      ]);
      t.diagnostic(`read: ${JSON.stringify(reads)}; callbacks: ${JSON.stringify(callbacks)}`);
      assert.equal(zone, 'undefined', 'zone.js must not be loaded in this app');
      assertOwnValues(reads);
      assert.deepEqual(callbacks, { plain: 'undefined/undefined', wrapped: 'c/c', afterBoth: 'c/c' });
      assert.deepEqual(escapes, [], 'lowered code and a plain timer callback are not escapes');
    });
  }

  it('vite build without the plugin (control): native await loses the tasks; a production build says nothing', async (t) => {
    const { reads, zone, escapes } = await MODES['vite build'](suite, dir, 'standalone-control', []);
    t.diagnostic(`read: ${JSON.stringify(reads)}`);
    assert.equal(zone, 'undefined');
    assertValuesLost(reads, 'Vite on the standalone engine');
    assert.deepEqual(escapes, []);
  });

  it('vite dev without the plugin: the lost task is reported once on the console, naming the async function', async (t) => {
    // A `vite` dev process starts without NODE_ENV; `vite build`, earlier in this process, set it to production.
    const mode = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    let report;
    try {
      report = await MODES['vite dev'](suite, dir, 'standalone-control-dev', []);
    } finally {
      if (mode === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = mode;
    }
    const { reads, escapes } = report;
    t.diagnostic(`read: ${JSON.stringify(reads)}; warned: ${JSON.stringify(escapes)}`);
    assertValuesLost(reads, 'Vite dev on the standalone engine');
    assert.equal(escapes.length, 1);
    // Both are native async functions the page spawns; whichever resumes first is named.
    assert.match(escapes[0], /^tasklocal: (action|callbacks) read a Local or TaskVar outside any task/);
  });
});
