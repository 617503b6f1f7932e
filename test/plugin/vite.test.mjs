// tasklocal/vite: the fixture app built by Vite 8 (rolldown) and run under
// zone.js in Node; and Vite's dev server, which serves app modules and
// pre-bundled dependencies lowered.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import tasklocal from 'tasklocal/vite';
import { build, createServer } from 'vite';
import { bothKept, makeProject, NATIVE_ASYNC, runBundle } from './project.mjs';

const dir = makeProject();

async function buildApp(plugins, outDir) {
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins,
    // A Node build of the app, so that it can run here; the dependency is bundled.
    ssr: { noExternal: ['cjs-dep'], external: ['tasklocal', 'zone.js'] },
    build: { ssr: 'src/main-ts.ts', outDir, minify: false },
  });
  return path.join(dir, outDir, 'main-ts.js');
}

test('vite build: every task keeps its own values after each await', async () => {
  const file = await buildApp([tasklocal()], 'out-lowered');
  assert.doesNotMatch(fs.readFileSync(file, 'utf8'), NATIVE_ASYNC, 'no native async function is left');
  assert.deepEqual(runBundle(dir, file), bothKept({ typed: true }));
});

test('vite build control: unlowered, the tasks lose their values', async () => {
  const { a, b } = runBundle(dir, await buildApp([], 'out-native'));
  assert.notDeepEqual({ a, b }, bothKept({ typed: true }));
  assert.equal(b.declared, undefined);
});

test('vite dev: app modules and pre-bundled dependencies are served lowered', async (t) => {
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [tasklocal()],
    server: { host: '127.0.0.1', port: 0, ws: false },
    optimizeDeps: { entries: ['src/main-ts.ts'], include: ['cjs-dep', 'esm-dep'] },
  });
  await server.listen();
  after(() => server.close());
  const base = `http://127.0.0.1:${server.httpServer.address().port}`;
  const get = async (url) => (await fetch(base + url)).text();

  const typed = await get('/src/typed.ts');
  assert.match(
    typed,
    /import \{ startCoroutine as _tl\$start \} from "\/node_modules\/\.vite\/deps\/tasklocal\.js/,
  );
  assert.doesNotMatch(typed, NATIVE_ASYNC);

  const main = await get('/src/main-ts.ts');
  const depUrl = main.match(/"(\/node_modules\/\.vite\/deps\/cjs-dep\.js[^"]*)"/)?.[1];
  assert.ok(depUrl, `main-ts.ts imports the pre-bundled dependency:\n${main}`);
  const dep = await get(depUrl);
  await t.test('the CommonJS dependency, pre-bundled by rolldown, is lowered', () => {
    assert.match(
      dep,
      /function retrying\(ms, read\) \{\s*try \{\s*const _tl\$g = \{ retrying: function\* \(\)/,
    );
    assert.doesNotMatch(dep, /async function retrying/);
  });
});
