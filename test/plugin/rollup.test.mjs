// tasklocal/rollup: the fixture app with an ES module dependency, bundled by
// Rollup with node-resolve and run under zone.js in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import tasklocal from 'tasklocal/rollup';
import { bothKept, makeProject, NATIVE_ASYNC, runBundle } from './project.mjs';

const dir = makeProject();

async function build(plugins, name) {
  const bundle = await rollup({
    input: path.join(dir, 'src/main-esm.js'),
    external: ['tasklocal', 'zone.js/node'],
    plugins: [...plugins, nodeResolve({ rootDir: dir })],
  });
  const file = path.join(dir, 'out', name);
  await bundle.write({ file, format: 'es' });
  await bundle.close();
  return file;
}

test('rollup: every task keeps its own values after each await, in app and dependency code', async () => {
  const file = await build([tasklocal()], 'lowered.mjs');
  const code = fs.readFileSync(file, 'utf8');
  assert.match(code, /import \{[^}]*\bstartCoroutine\b[^}]*\} from 'tasklocal'/);
  assert.doesNotMatch(code, NATIVE_ASYNC);
  assert.deepEqual(runBundle(dir, file), bothKept());
});

test('rollup control: unlowered, the tasks lose their values', async () => {
  const { a, b } = runBundle(dir, await build([], 'native.mjs'));
  assert.notDeepEqual({ a, b }, bothKept());
  assert.equal(b.classMethod, 'repo:1:undefined');
});
