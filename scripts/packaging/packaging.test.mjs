// `npm run test:packaging`: the package as users consume it. Builds and packs
// once, then installs the tarball into throwaway consumer projects under the
// system's temporary directory and checks every way in: Node ESM and CJS, a
// strict TypeScript compiler reading the README, <script> tags, a Rollup
// bundle, and the package linters.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { makeRollupPage, makeUmdPage } from './browser-consumers.mjs';
import { consoleUntilDone, withChromium } from './chromium.mjs';
import { runCjsSeed, runEsmSeed } from './node-consumers.mjs';
import { buildAndPack } from './pack.mjs';
import { areTheTypesWrong, publint } from './package-lint.mjs';
import { typecheckConsumer } from './typescript-consumer.mjs';

const SEED_OUTPUT = ['foo', 'bar'];
const lines = (text) => text.split('\n').filter((line) => line !== '');

describe('the packed tasklocal package', () => {
  let packed;
  before(() => {
    packed = buildAndPack();
  });
  after(() => {
    if (packed && !process.env.KEEP_CONSUMERS) fs.rmSync(packed.workDir, { recursive: true, force: true });
    else if (packed) console.log(`consumers kept in ${packed.workDir}`);
  });

  it('ships the builds, the types for import and require, and nothing from the source tree', () => {
    for (const file of [
      // Node and bundlers: the NODE_ENV build, and the development and production builds.
      'dist/tasklocal.mjs',
      'dist/tasklocal.cjs',
      'dist/tasklocal.development.mjs',
      'dist/tasklocal.development.cjs',
      'dist/tasklocal.production.mjs',
      'dist/tasklocal.production.cjs',
      // The browser condition, the same three.
      'dist/tasklocal.browser.mjs',
      'dist/tasklocal.browser.development.mjs',
      'dist/tasklocal.browser.production.mjs',
      // <script> tags: development, and production minified.
      'dist/tasklocal.umd.js',
      'dist/tasklocal.umd.min.js',
      'dist/tasklocal.d.ts',
      'dist/tasklocal.d.cts',
      'package.json',
      'README.md',
      'LICENSE',
    ]) {
      assert.ok(
        packed.files.includes(file),
        `the tarball lacks ${file}; it holds ${packed.files.join(', ')}`,
      );
    }
    const strays = packed.files.filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(file));
    assert.deepEqual(strays, [], 'the tarball holds files outside dist/');
    // Builds that no longer exist (0.3 made the production builds of these): a leftover dist/ must not ship them.
    const retired = packed.files.filter((file) => /^dist\/tasklocal(\.browser)?\.min\.mjs$/.test(file));
    assert.deepEqual(retired, [], 'the tarball holds retired builds');
  });

  it('runs the seed example when imported as ESM in Node', () => {
    assert.deepEqual(lines(runEsmSeed(packed.workDir, packed.tarball)), SEED_OUTPUT);
  });

  it('runs the seed example when required as CommonJS in Node', () => {
    assert.deepEqual(lines(runCjsSeed(packed.workDir, packed.tarball)), SEED_OUTPUT);
  });

  it("type-checks the README's ts blocks and rejects the misuse file under strict TypeScript", () => {
    const { checked } = typecheckConsumer(packed.workDir, packed.tarball);
    assert.ok(checked.length >= 5, `only ${checked.length} README blocks were type-checked`);
  });

  it('runs the seed page with zone.js and the minified UMD bundle loaded by <script> tags', async () => {
    const url = makeUmdPage(packed.workDir, packed.tarball);
    assert.deepEqual(await withChromium((browser) => consoleUntilDone(browser, url)), SEED_OUTPUT);
  });

  it('runs the seed page with the development UMD bundle in place of the minified one', async () => {
    const url = makeUmdPage(packed.workDir, packed.tarball, 'tasklocal.umd.js');
    assert.deepEqual(await withChromium((browser) => consoleUntilDone(browser, url)), SEED_OUTPUT);
  });

  it("runs the seed example bundled by Rollup from the package's browser production build, with no Node-only code", async () => {
    const url = await makeRollupPage(packed.workDir, packed.tarball);
    assert.deepEqual(await withChromium((browser) => consoleUntilDone(browser, url)), SEED_OUTPUT);
  });

  it('passes publint with warnings as errors', () => {
    publint(packed.tarball);
  });

  it('passes arethetypeswrong in every module resolution', () => {
    areTheTypesWrong(packed.tarball);
  });
});
