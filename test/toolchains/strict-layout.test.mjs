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
import { describe, it } from 'node:test';
import { assertOwnValues, loadPlugin, makeApp } from './app.mjs';
import { readsOf, suiteWithApps, TOOLCHAINS } from './toolchain-cases.mjs';

/** Copies of tasklocal in a build: its realm key appears once in each. */
function copiesOfTasklocal(outDir) {
  const files = fs.readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.js'));
  const text = files.map((file) => fs.readFileSync(path.join(outDir, String(file)), 'utf8')).join('\n');
  return text.split('tasklocal.realm').length - 1;
}

const oneCopy = (outDir) =>
  assert.equal(copiesOfTasklocal(outDir), 1, 'the build holds more than one copy of tasklocal');

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
  const shared = suiteWithApps((suite, app) => {
    const dir = makeApp(suite, `${app}-strict`);
    linkFromStrictStore(suite, dir, app);
    return dir;
  });

  for (const toolchain of TOOLCHAINS) {
    const { name, app } = toolchain;
    it(`${name}: the lowered dependency reaches the app's tasklocal, and both tasks keep their values`, async (t) => {
      const dir = shared.appDir(app);
      const tasklocal = await loadPlugin(dir, app);
      const reads = await readsOf(shared.suite, toolchain, dir, 'strict', [tasklocal()], oneCopy);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertOwnValues(reads);
    });
  }
});
