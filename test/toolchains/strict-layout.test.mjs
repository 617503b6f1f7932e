// The plugin lowers async functions in dependencies too, and the lowered file
// imports tasklocal: a package the dependency itself does not depend on. Under
// a strict layout (a pnpm workspace with hoist=false: the dependency's real
// files sit in a store where no node_modules folder above them holds
// tasklocal) that import must still resolve, to the app's own copy. This
// builds the same app as toolchains.test.mjs with fixture-dep moved into such
// a store and linked back, as pnpm links it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertOwnValues, loadPlugin, makeApp, readsOnPage } from './app.mjs';
import { buildWithEsbuild } from './builds/esbuild.mjs';
import { buildWithRollup } from './builds/rollup.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { buildWithWebpack } from './builds/webpack.mjs';
import { startSuite } from './harness.mjs';

/** Copies of tasklocal in a build: its realm key appears once in each. */
function copiesOfTasklocal(outDir) {
  const files = fs.readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.js'));
  const text = files.map((file) => fs.readFileSync(path.join(outDir, String(file)), 'utf8')).join('\n');
  return text.split('tasklocal.realm').length - 1;
}

/** Builds, checks the bundle holds one copy of tasklocal, and returns the page's reads. */
const servedStatically = (buildApp) => async (suite, dir, plugins) => {
  const page = await buildApp(dir, 'strict', plugins);
  assert.equal(copiesOfTasklocal(path.dirname(page)), 1, 'the build holds more than one copy of tasklocal');
  return readsOnPage(suite, suite.urlOf(page));
};

const TOOLCHAINS = [
  {
    name: 'Vite dev',
    app: 'vite',
    readsOf: (suite, dir, plugins) =>
      withViteDevServer(dir, 'strict', plugins, (url) => readsOnPage(suite, url)),
  },
  { name: 'Vite build', app: 'vite', readsOf: servedStatically(buildWithVite) },
  { name: 'Rollup', app: 'rollup', readsOf: servedStatically(buildWithRollup) },
  { name: 'webpack', app: 'webpack', readsOf: servedStatically(buildWithWebpack) },
  { name: 'esbuild', app: 'esbuild', readsOf: servedStatically(buildWithEsbuild) },
];

/**
 * Moves the app's fixture-dep into a pnpm-style store beside the app and
 * links it back; checks that tasklocal cannot be resolved from there.
 */
function linkFromStrictStore(suite, dir, name) {
  const linked = path.join(dir, 'node_modules', 'fixture-dep');
  const stored = path.join(suite.workDir, `${name}-store`, 'node_modules', '.pnpm', 'fixture-dep@1.0.0');
  const real = path.join(stored, 'node_modules', 'fixture-dep');
  fs.mkdirSync(path.dirname(real), { recursive: true });
  fs.renameSync(linked, real);
  fs.symlinkSync(real, linked, 'dir');
  assert.throws(
    () => createRequire(path.join(real, 'index.js')).resolve('tasklocal'),
    /Cannot find module/,
    'the store is not strict: tasklocal resolves from fixture-dep (is there a node_modules folder above the work dir?)',
  );
}

describe('apps whose dependency lives in a strict (pnpm-style) store', () => {
  let suite;
  const apps = new Map();
  const appDir = (app) => {
    if (!apps.has(app)) {
      const dir = makeApp(suite, `${app}-strict`);
      linkFromStrictStore(suite, dir, app);
      apps.set(app, dir);
    }
    return apps.get(app);
  };

  before(async () => {
    suite = await startSuite();
  });
  after(async () => {
    await suite?.close();
  });

  for (const { name, app, readsOf } of TOOLCHAINS) {
    it(`${name}: the lowered dependency reaches the app's tasklocal, and both tasks keep their values`, async (t) => {
      const dir = appDir(app);
      const tasklocal = await loadPlugin(dir, app);
      const reads = await readsOf(suite, dir, [tasklocal()]);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertOwnValues(reads);
    });
  }
});
