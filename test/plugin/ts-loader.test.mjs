// webpack with ts-loader type-checking (its default): the plugin lowers after
// ts-loader (a post loader), so the type check sees the app as written and
// the lowered bundle keeps the task.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import tasklocal from 'tasklocal/webpack';
import { makeProject, repoRoot, runBundle, runWebpack } from './project.mjs';

const dir = makeProject('typed');
fs.writeFileSync(
  path.join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      noEmitOnError: true,
      types: [],
      lib: ['ES2022', 'DOM'],
    },
    include: ['src'],
  }),
);

function build(plugins, filename) {
  return runWebpack(dir, {
    entry: './src/main.ts',
    filename,
    plugins,
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: createRequire(path.join(repoRoot, 'package.json')).resolve('ts-loader'),
          options: { compiler: createRequire(path.join(repoRoot, 'package.json')).resolve('typescript') },
        },
      ],
    },
  });
}

test('webpack + ts-loader type-checks the app as written, and the lowered bundle keeps the task', async () => {
  const lowered = runBundle(dir, await build([tasklocal()], 'lowered.cjs'));
  assert.deepEqual(lowered.results, {
    readings: [
      { id: 'typed', step: 0 },
      { id: 'typed', step: 1 },
    ],
    label: 'item:typed',
  });
  const native = runBundle(dir, await build([], 'native.cjs'));
  assert.match(JSON.stringify(native.results), /lost/, 'control: native awaits lose the task under zone.js');
});
