// `npm run test:toolchains`: the same small app, native async/await in
// TypeScript and plain JavaScript plus an installed dependency that awaits
// internally, built by each toolchain against the packed tarball and run in
// headless Chromium. With the tasklocal plugin every read is the task's own
// value; without it (the control) native await must lose them, which is what
// shows these checks can fail.
import { after, before, describe, it } from 'node:test';
import { assertOwnValues, assertValuesLost, loadPlugin, makeApp, readsOnPage } from './app.mjs';
import { buildWithEsbuild } from './builds/esbuild.mjs';
import { buildWithRollup } from './builds/rollup.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { buildWithWebpack } from './builds/webpack.mjs';
import { startSuite } from './harness.mjs';

/** How each case gets the page's reads: (suite, appDir, variant, plugins) => reads. */
const servedStatically = (buildApp) => async (suite, dir, variant, plugins) =>
  readsOnPage(suite, suite.urlOf(await buildApp(dir, variant, plugins)));

const TOOLCHAINS = [
  {
    name: 'Vite dev',
    app: 'vite',
    readsOf: (suite, dir, variant, plugins) =>
      withViteDevServer(dir, variant, plugins, (url) => readsOnPage(suite, url)),
  },
  { name: 'Vite build', app: 'vite', readsOf: servedStatically(buildWithVite) },
  { name: 'Rollup', app: 'rollup', readsOf: servedStatically(buildWithRollup) },
  { name: 'webpack', app: 'webpack', readsOf: servedStatically(buildWithWebpack) },
  { name: 'esbuild', app: 'esbuild', readsOf: servedStatically(buildWithEsbuild) },
];

describe('apps built by each toolchain, run in headless Chromium', () => {
  let suite;
  const apps = new Map();
  // One consumer project per toolchain (Vite's two modes share theirs).
  const appDir = (app) => {
    if (!apps.has(app)) apps.set(app, makeApp(suite, app));
    return apps.get(app);
  };

  before(async () => {
    suite = await startSuite();
  });
  after(async () => {
    await suite?.close();
  });

  for (const { name, app, readsOf } of TOOLCHAINS) {
    it(`${name}: two tasks keep their own values across fetch, timers and a dependency hook with the plugin`, async (t) => {
      const dir = appDir(app);
      const tasklocal = await loadPlugin(dir, app);
      const reads = await readsOf(suite, dir, 'plugin', [tasklocal()]);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertOwnValues(reads);
    });

    it(`${name} without the plugin (control): native await loses the tasks' values`, async (t) => {
      const reads = await readsOf(suite, appDir(app), 'control', []);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertValuesLost(reads, name);
    });
  }
});
