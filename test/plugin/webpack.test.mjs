// tasklocal/webpack: the fixture app (JavaScript: webpack has no TypeScript
// loader here) with a CommonJS dependency, bundled by webpack 5 and run under
// zone.js in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import tasklocal from 'tasklocal/webpack';
import { bothKept, makeProject, runBundle, runWebpack } from './project.mjs';

const dir = makeProject();

function build(plugins, filename) {
  return runWebpack(dir, { entry: './src/main.js', filename, plugins });
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
