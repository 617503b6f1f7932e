// The toolchains every app test runs, and how each one gets a page's reads:
// Vite's dev server serves the app, the others build it for the static server.
import path from 'node:path';
import { after, before } from 'node:test';
import { readsOnPage } from './app.mjs';
import { buildWithEsbuild } from './builds/esbuild.mjs';
import { buildWithRollup } from './builds/rollup.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { buildWithWebpack } from './builds/webpack.mjs';
import { startSuite } from './harness.mjs';

/** `app` names the consumer project: Vite's two modes share theirs. */
export const TOOLCHAINS = [
  { name: 'Vite dev', app: 'vite', serve: withViteDevServer },
  { name: 'Vite build', app: 'vite', build: buildWithVite },
  { name: 'Rollup', app: 'rollup', build: buildWithRollup },
  { name: 'webpack', app: 'webpack', build: buildWithWebpack },
  { name: 'esbuild', app: 'esbuild', build: buildWithEsbuild },
];

/**
 * Builds or serves the app in `dir` with `plugins` and returns what its
 * tasks read. `checkOutput(outDir)` sees a static build's output first.
 */
export async function readsOf(suite, toolchain, dir, variant, plugins, checkOutput = () => {}) {
  if (toolchain.serve) return toolchain.serve(dir, variant, plugins, (url) => readsOnPage(suite, url));
  const page = await toolchain.build(dir, variant, plugins);
  checkOutput(path.dirname(page));
  return readsOnPage(suite, suite.urlOf(page));
}

/**
 * Called inside a describe: starts the shared suite before its tests and
 * closes it after. `appDir(app)` gives one consumer project per `app`, made
 * on first use by `make(suite, app)`.
 */
export function suiteWithApps(make) {
  const apps = new Map();
  const shared = {
    suite: undefined,
    appDir(app) {
      if (!apps.has(app)) apps.set(app, make(shared.suite, app));
      return apps.get(app);
    },
  };
  before(async () => {
    shared.suite = await startSuite();
  });
  after(async () => {
    await shared.suite?.close();
  });
  return shared;
}
