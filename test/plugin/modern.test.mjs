// Syntax newer than Node 20 runs (`await using`, standard decorators with
// `accessor`, in .ts and .js, import attributes), built by esbuild, which
// lowers that syntax for Node 20 itself: natively and with the plugin, the app
// observes the same, and with the plugin it keeps its task through every await.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import tasklocal from 'tasklocal/esbuild';
import { makeProject, runBundle } from './project.mjs';

const dir = makeProject('modern');

async function build(plugins, name) {
  const outfile = path.join(dir, 'out', `${name}.cjs`);
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['src/modern.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['tasklocal', 'zone.js/node'],
    outfile,
    plugins,
    logLevel: 'silent',
  });
  return outfile;
}

test('await using, accessor decorators and import attributes: lowered, the same results, and the task kept', async () => {
  const native = runBundle(dir, await build([], 'native'));
  const lowered = runBundle(dir, await build([tasklocal()], 'lowered'));
  const text = JSON.stringify(lowered.results);
  assert.doesNotMatch(text, /lost/, `the task is kept through every await: ${text}`);
  assert.match(JSON.stringify(native.results), /lost/, 'control: native awaits lose the task under zone.js');
  assert.deepEqual(JSON.parse(JSON.stringify(native.results).replaceAll('lost', 'modern')), lowered.results);
  assert.deepEqual(lowered.results.resources, [
    'body:modern',
    'dispose second:modern',
    'dispose first:modern',
    'SuppressedError:dispose failed/body failed:modern',
  ]);
});
