// One throwaway app per toolchain: the fixture's sources in a consumer project
// that installed the tasklocal tarball, zone.js, fixture-dep and the plugin's
// peers. Also what the page reports, and the two verdicts on it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { consoleUntilDone } from '../../scripts/packaging/chromium.mjs';
import { makeConsumer, repoPackageDir } from '../../scripts/packaging/pack.mjs';
import { fixturesDir } from './harness.mjs';

/** The plugin's peers, installed from the repository's node_modules. */
export const PLUGIN_PEERS = ['unplugin', 'oxc-parser', 'magic-string'];

/** A consumer project holding the fixture app (src/, tsconfig.json); returns its directory. */
export function makeApp(suite, name) {
  const dir = makeConsumer(suite.workDir, suite.tarball, name, {
    extraPackages: [suite.depTarball, ...PLUGIN_PEERS.map(repoPackageDir)],
  });
  fs.cpSync(path.join(fixturesDir, 'app'), dir, { recursive: true });
  return dir;
}

/**
 * The tasklocal plugin for `tool`, imported the way the app's own build
 * config would: `import tasklocal from 'tasklocal/<tool>'`, resolved from the
 * consumer, so it is the tarball's copy.
 */
export async function loadPlugin(dir, tool) {
  const reexport = path.join(dir, `tasklocal-${tool}.mjs`);
  fs.writeFileSync(reexport, `export { default } from 'tasklocal/${tool}';\n`);
  const { default: tasklocal } = await import(pathToFileURL(reexport).href);
  return tasklocal;
}

/** A page that runs a classic-script bundle next to it; returns the page's path. */
export function writeBundlePage(outDir) {
  const page = path.join(outDir, 'index.html');
  fs.writeFileSync(page, '<!doctype html>\n<meta charset="utf-8" />\n<script src="bundle.js"></script>\n');
  return page;
}

/** Opens the app's page and returns what each task read: { a: { afterFetch: 'a/a', … }, b: … }. */
export async function readsOnPage(suite, pageUrl) {
  const url = `${pageUrl}?data=${encodeURIComponent(suite.dataUrl)}`;
  const lines = await consoleUntilDone(suite.browser, url);
  const report = lines.find((line) => line.startsWith('reads '));
  assert.ok(report, `${url} reported no reads; it logged ${JSON.stringify(lines)}`);
  return JSON.parse(report.slice('reads '.length));
}

const CHECKPOINTS = ['afterFetch', 'afterTimer', 'inJsHelper', 'inDependencyHook', 'afterDependency'];

/** Every read, in both tasks, is the task's own Local attribute and TaskVar value. */
export function assertOwnValues(reads) {
  for (const name of ['a', 'b']) {
    const own = Object.fromEntries(CHECKPOINTS.map((checkpoint) => [checkpoint, `${name}/${name}`]));
    assert.deepEqual(reads[name], own, `task ${name} did not keep its own values`);
  }
}

/**
 * The control build (no plugin): native await must lose the task somewhere,
 * or the plugin cases prove nothing. Fails, saying so, if every read survived.
 */
export function assertValuesLost(reads, toolchain) {
  const kept = ['a', 'b'].every((name) =>
    CHECKPOINTS.every((checkpoint) => reads[name]?.[checkpoint] === `${name}/${name}`),
  );
  assert.ok(
    !kept,
    `${toolchain} without the plugin unexpectedly kept every task's values (${JSON.stringify(reads)}): ` +
      'something else lowers native async/await, so the plugin cases no longer show what the plugin does.',
  );
  for (const name of ['a', 'b']) assert.equal(Object.keys(reads[name]).length, CHECKPOINTS.length);
}
