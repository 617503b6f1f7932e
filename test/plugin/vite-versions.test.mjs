// tasklocal/vite and the Vite versions it supports (issue 17): its config
// hook reads the running Vite's version, as Vite 7 and 8 hand it in
// `this.meta.viteVersion`, adds itself to the dependency pre-bundler that
// version runs, and stops any other version with an error naming the
// supported ones.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import tasklocal from 'tasklocal/vite';
import { repoRoot } from './project.mjs';

/** What the plugin's config hook returns when `viteVersion` (or none: Vite 6 and older) runs it. */
function configFor(viteVersion) {
  const { config } = tasklocal();
  const meta = viteVersion === undefined ? {} : { viteVersion };
  return config.call({ meta }, {}, { command: 'serve', mode: 'development' });
}

const SUPPORTED = /tasklocal\/vite supports Vite 7 and 8, and this build runs (.+?): .*npm install -D vite@8/;

test('Vite 8 pre-bundles dependencies with Rolldown: the plugin joins optimizeDeps.rolldownOptions', () => {
  const { optimizeDeps } = configFor('8.3.8');
  assert.equal(optimizeDeps.rolldownOptions.plugins.length, 1);
  assert.equal(optimizeDeps.rolldownOptions.plugins[0].name, 'tasklocal');
  assert.equal(optimizeDeps.esbuildOptions, undefined);
});

test('Vite 7 pre-bundles dependencies with esbuild: the plugin joins optimizeDeps.esbuildOptions', () => {
  const { optimizeDeps } = configFor('7.3.8');
  assert.equal(optimizeDeps.esbuildOptions.plugins.length, 1);
  assert.equal(typeof optimizeDeps.esbuildOptions.plugins[0].setup, 'function');
  assert.equal(optimizeDeps.rolldownOptions, undefined);
});

test('any other Vite stops the build with an error naming the supported versions', () => {
  assert.throws(
    () => configFor('9.0.0'),
    (error) => SUPPORTED.exec(error.message)?.[1] === 'Vite 9.0.0',
  );
  assert.throws(
    () => configFor('6.4.1'),
    (error) => SUPPORTED.exec(error.message)?.[1] === 'Vite 6.4.1',
  );
  assert.throws(
    () => configFor(undefined),
    (error) => SUPPORTED.exec(error.message)?.[1] === 'Vite 6 or older',
  );
});

test('package.json states the same range as an optional peer', () => {
  const manifest = JSON.parse(fs.readFileSync(`${repoRoot}/package.json`, 'utf8'));
  assert.equal(manifest.peerDependencies.vite, '^7.0.0 || ^8.0.0');
  assert.deepEqual(manifest.peerDependenciesMeta.vite, { optional: true });
});
