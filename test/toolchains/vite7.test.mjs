// `node --test test/toolchains/vite7.test.mjs`: the standalone toolchain app
// (no zone.js; native async/await in TypeScript and JavaScript, and
// fixture-dep, which awaits before calling the app's hook) served by Vite 7's
// dev server (issue 17). Vite 7 pre-bundles dependencies with esbuild, before
// any transform hook sees them; tasklocal/vite lowers them there, or the hook
// runs outside the task. Without the plugin (the control) the tasks lose
// their values. Vite 7 is the repository's `vite7` alias of the vite package.
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { createServer } from 'vite7';
import { assertOwnValues, assertValuesLost, loadPlugin, makeApp, readsOnPage } from './app.mjs';
import { fixturesDir } from './harness.mjs';
import { suiteWithApps } from './toolchain-cases.mjs';

/** The toolchain app with the standalone entry files copied over its own (not the lint-only .d.ts). */
function makeStandaloneApp(suite) {
  const dir = makeApp(suite, 'vite7');
  const filter = (source) => !source.endsWith('.d.ts');
  fs.cpSync(path.join(fixturesDir, 'standalone'), dir, { recursive: true, filter });
  return dir;
}

/** Vite 7's dev server on the app, its own dependency cache per variant; returns what the page's tasks read. */
async function readsInVite7Dev(suite, dir, variant, plugins) {
  const cacheDir = path.join(dir, 'node_modules', `.vite-${variant}`);
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins,
    cacheDir,
    optimizeDeps: { entries: ['index.html'] },
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const reads = await readsOnPage(suite, `http://127.0.0.1:${port}/`);
    const prebundled = path.join(cacheDir, 'deps', 'fixture-dep.js');
    if (!fs.existsSync(prebundled))
      throw new Error(`Vite 7 did not pre-bundle fixture-dep (no ${prebundled})`);
    return { reads, prebundled: fs.readFileSync(prebundled, 'utf8') };
  } finally {
    await server.close();
  }
}

describe('the standalone toolchain app in Vite 7 dev, in headless Chromium', () => {
  const shared = suiteWithApps(makeStandaloneApp);

  it('pre-bundled with esbuild, the dependency is lowered: both tasks keep their values in its hook', async (t) => {
    const dir = shared.appDir('vite7');
    const tasklocal = await loadPlugin(dir, 'vite');
    const { reads, prebundled } = await readsInVite7Dev(shared.suite, dir, 'plugin', [tasklocal()]);
    t.diagnostic(`read: ${JSON.stringify(reads)}`);
    assertOwnValues(reads);
    assert.match(prebundled, /startCoroutine/, 'the pre-bundled fixture-dep holds the lowered get()');
  });

  it('without the plugin (control): native await loses the tasks their values', async (t) => {
    const { reads } = await readsInVite7Dev(shared.suite, shared.appDir('vite7'), 'control', []);
    t.diagnostic(`read: ${JSON.stringify(reads)}`);
    assertValuesLost(reads, 'Vite 7 dev');
  });
});
