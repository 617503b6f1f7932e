// tasklocal/esbuild: an app with TypeScript, every kind of async function and
// a CommonJS dependency, bundled by esbuild and run under zone.js in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import tasklocal from 'tasklocal/esbuild';
import { bothKept, expected, makeProject, NATIVE_ASYNC, runBundle } from './project.mjs';

const dir = makeProject();

async function build(plugins, outfile) {
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['src/main-ts.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['tasklocal', 'zone.js'],
    outfile,
    plugins,
    logLevel: 'silent',
  });
  return path.join(dir, outfile);
}

test('lowered by the plugin, every task keeps its own values after each await', async () => {
  const file = await build([tasklocal()], 'out/lowered.cjs');
  const code = fs.readFileSync(file, 'utf8');
  assert.match(code, /require\("tasklocal"\)/);
  assert.doesNotMatch(code, NATIVE_ASYNC, 'no native async function is left');
  assert.deepEqual(runBundle(dir, file), bothKept({ typed: true }));
});

test('control: the same app unlowered loses the task after native awaits', async () => {
  const file = await build([], 'out/native.cjs');
  const { a, b } = runBundle(dir, file);
  assert.notDeepEqual({ a, b }, bothKept({ typed: true }));
  assert.equal(a.arrow, undefined, 'code after a native await reads the shared default storage');
});

test("include globs are read from esbuild's absWorkingDir, not from the directory the build runs in", async () => {
  assert.notEqual(process.cwd(), dir);
  const file = await build([tasklocal({ include: ['src/**'] })], 'out/included.cjs');
  const { a, b } = runBundle(dir, file);
  // The app's files (in src/) are lowered; the dependency (in node_modules/, not included) is not.
  const appOnly = (id, ms) =>
    Object.fromEntries(
      Object.entries(expected(id, ms, { typed: true })).filter(([step]) => step !== 'dependency'),
    );
  assert.deepEqual({ a, b }, { a: appOnly('a', 3), b: appOnly('b', 1) });
});
