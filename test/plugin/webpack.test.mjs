// tasklocal/webpack: the fixture app (JavaScript: webpack has no TypeScript
// loader here) with a CommonJS dependency, bundled by webpack 5 and run under
// zone.js in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import tasklocal from 'tasklocal/webpack';
import webpack from 'webpack';
import { bothKept, makeProject, runBundle } from './project.mjs';

const dir = makeProject();

function build(plugins, filename) {
  const compiler = webpack({
    context: dir,
    mode: 'development',
    devtool: false,
    target: 'node',
    entry: './src/main.js',
    output: { path: path.join(dir, 'out'), filename, library: { type: 'commonjs2' } },
    externals: { tasklocal: 'commonjs tasklocal', 'zone.js/node': 'commonjs zone.js/node' },
    plugins,
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {});
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString('errors-only')));
      else resolve(path.join(dir, 'out', filename));
    });
  });
}

test('webpack: every task keeps its own values after each await, in app and dependency code', async () => {
  const file = await build([tasklocal()], 'lowered.cjs');
  const code = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /async function retrying/, 'the dependency in node_modules is lowered too');
  assert.deepEqual(runBundle(dir, file), bothKept());
});

test('webpack control: unlowered, the tasks lose their values', async () => {
  const { a, b } = runBundle(dir, await build([], 'native.cjs'));
  assert.notDeepEqual({ a, b }, bothKept());
  assert.equal(a.method, 'svc:1:undefined');
});
