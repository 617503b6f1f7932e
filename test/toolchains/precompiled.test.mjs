// `node --test test/toolchains/precompiled.test.mjs`: dependencies shipped as
// precompiled async code (tsc's __awaiter, inline and from tslib; Babel's
// _asyncToGenerator, inline and from @babel/runtime; SWC's
// _async_to_generator, inline and from @swc/helpers; esbuild's __async),
// each built by its compiler inside the test run and installed as a packed
// tarball in an app that installed tasklocal's tarball. The app runs two
// concurrent tasks through each dependency in headless Chromium, on the
// standalone engine and on zone.js. With the plugin every read is the task's
// own; without it (the control) the standalone engine loses the tasks after
// the dependency's first await, which zone.js, patching Promise, does not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeConsumer, repoPackageDir } from '../../scripts/packaging/pack.mjs';
import { loadPlugin, PLUGIN_PEERS, readsOnPage } from './app.mjs';
import { buildWithEsbuild } from './builds/esbuild.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { fixturesDir } from './harness.mjs';
import { packPrecompiled, PRECOMPILED } from './precompiled-packages.mjs';
import { suiteWithApps } from './toolchain-cases.mjs';

const ENGINES = {
  standalone: "import { standalone, useEngine } from 'tasklocal';\n\nuseEngine(standalone);\n",
  zone: "import 'zone.js';\n",
};

/** The app with every precompiled package installed. */
function makePrecompiledApp(suite) {
  const dir = makeConsumer(suite.workDir, suite.tarball, 'precompiled', {
    extraPackages: [...packPrecompiled(suite.workDir), ...PLUGIN_PEERS.map(repoPackageDir)],
  });
  fs.cpSync(path.join(fixturesDir, 'precompiled', 'app'), dir, { recursive: true });
  return dir;
}

const BUILDS = {
  'Vite build': async (suite, dir, variant, plugins) =>
    readsOnPage(suite, suite.urlOf(await buildWithVite(dir, variant, plugins))),
  'Vite dev': (suite, dir, variant, plugins) =>
    withViteDevServer(dir, variant, plugins, (url) => readsOnPage(suite, url), 'precompiled-tsc'),
  esbuild: async (suite, dir, variant, plugins) =>
    readsOnPage(suite, suite.urlOf(await buildWithEsbuild(dir, variant, plugins))),
};

/** Names the reads where a task did not see its own values, per package. */
function lostReads(reads) {
  const lost = [];
  for (const [label, tasks] of Object.entries(reads)) {
    for (const name of ['a', 'b']) {
      if (tasks[name].some((seen) => seen !== `${name}/${name}`)) lost.push(`${label}.${name}`);
    }
  }
  return lost;
}

const LABELS = ['tscInline', 'tscTslib', 'babelInline', 'babelRuntime', 'swcInline', 'swcHelpers', 'esbuild'];

describe('an app whose dependencies ship precompiled async code, in headless Chromium', () => {
  const shared = suiteWithApps(makePrecompiledApp);
  const build = (engine, mode, plugins, variant) => {
    const dir = shared.appDir('precompiled');
    fs.writeFileSync(path.join(dir, 'src', 'engine.ts'), ENGINES[engine]);
    return BUILDS[mode](shared.suite, dir, variant, plugins);
  };

  it('installs one package per compiler and helper', () => {
    assert.equal(Object.keys(PRECOMPILED).length, LABELS.length);
  });

  for (const [engine, mode] of [
    ['standalone', 'Vite build'],
    ['standalone', 'Vite dev'],
    ['standalone', 'esbuild'],
    ['zone', 'Vite build'],
  ]) {
    it(`${mode} on the ${engine} engine: every task keeps its values through every compiler's helper, with the plugin`, async (t) => {
      const tasklocal = await loadPlugin(
        shared.appDir('precompiled'),
        mode === 'esbuild' ? 'esbuild' : 'vite',
      );
      const reads = await build(engine, mode, [tasklocal()], `${engine}-plugin`);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assert.deepEqual(Object.keys(reads), LABELS);
      assert.deepEqual(lostReads(reads), []);
    });
  }

  it('Vite build on the standalone engine without the plugin (control): every helper loses the tasks', async (t) => {
    const reads = await build('standalone', 'Vite build', [], 'standalone-control');
    t.diagnostic(`read: ${JSON.stringify(reads)}`);
    const lost = lostReads(reads);
    assert.deepEqual(
      LABELS.filter((label) => !lost.includes(`${label}.a`) && !lost.includes(`${label}.b`)),
      [],
      'a helper kept the task without the plugin: the plugin cases prove nothing for it',
    );
  });

  it('Vite build on zone.js without the plugin (control): zone.js keeps the tasks through the helpers itself', async (t) => {
    const reads = await build('zone', 'Vite build', [], 'zone-control');
    t.diagnostic(`read: ${JSON.stringify(reads)}`);
    assert.deepEqual(lostReads(reads), []);
  });
});
