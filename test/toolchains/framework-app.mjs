// What the Vue and Svelte app tests share: a consumer project holding a
// framework fixture with its packages installed offline, the engine written
// into it, Vite's two modes, and the page's verdicts. Each app has two
// buttons starting a save in its own task; the test clicks both in one turn,
// so the saves interleave, and each save shows what its task read.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeConsumer, repoPackageDir, repoRoot } from '../../scripts/packaging/pack.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { PLUGIN_PEERS } from './app.mjs';
import { fixturesDir } from './harness.mjs';

/**
 * A consumer project `name` holding fixtures/<fixture>, with fixture-dep,
 * the plugin's peers and `packages` (names installed in the repository).
 */
export function makeFrameworkApp(suite, name, fixture, packages) {
  // Some packages' exports hide package.json, which repoPackageDir resolves: found by path instead.
  const dirs = packages.map((pkg) => path.join(repoRoot, 'node_modules', pkg));
  const dir = makeConsumer(suite.workDir, suite.tarball, name, {
    extraPackages: [suite.depTarball, ...PLUGIN_PEERS.map(repoPackageDir), ...dirs],
  });
  fs.cpSync(path.join(fixturesDir, fixture), dir, { recursive: true });
  return dir;
}

const ENGINES = {
  standalone: "import { standalone, useEngine } from 'tasklocal';\n\nuseEngine(standalone);\n",
  zone: "import 'zone.js';\n",
};

/** Rewrites the app's src/engine.ts (imported first by its entry) to load `engine`. */
export function useEngineIn(dir, engine) {
  fs.writeFileSync(path.join(dir, 'src', 'engine.ts'), ENGINES[engine]);
}

/** A package's export `name` as the app's vite.config would import it: resolved from the consumer. */
export async function importFromApp(dir, specifier, name = 'default') {
  const reexport = path.join(dir, `${specifier.replace(/\W/g, '_')}.mjs`);
  fs.writeFileSync(reexport, `export { ${name} } from '${specifier}';\n`);
  return (await import(pathToFileURL(reexport).href))[name];
}

/** Opens the app, clicks both save buttons in one turn; returns what each save showed, and whether Zone exists. */
export async function clickBoth(suite, pageUrl) {
  const tab = await suite.browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.goto(`${pageUrl}?data=${encodeURIComponent(suite.dataUrl)}`);
    await tab.waitForSelector('#save-b');
    // One evaluate, so both clicks run in the same turn and the saves interleave.
    await tab.$$eval('#save-a, #save-b', (buttons) => buttons.forEach((button) => button.click()));
    const bothShown = Promise.all(
      ['a', 'b'].map((id) => tab.waitForSelector(`#result-${id}:not(:empty)`, { timeout: 10_000 })),
    );
    await bothShown.catch((error) => {
      throw new Error(`the app did not show both saves' results (page errors: ${JSON.stringify(errors)})`, {
        cause: error,
      });
    });
    const [a, b] = await tab.$$eval('#result-a, #result-b', (outputs) =>
      outputs.map((output) => output.textContent),
    );
    return { a: JSON.parse(a), b: JSON.parse(b), zone: await tab.evaluate(() => typeof globalThis.Zone) };
  } finally {
    await tab.close();
  }
}

/** Vite's two modes, each returning what the clicked saves showed. */
export const MODES = {
  'vite build': async (suite, dir, variant, plugins) =>
    clickBoth(suite, suite.urlOf(await buildWithVite(dir, variant, plugins))),
  'vite dev': (suite, dir, variant, plugins) =>
    withViteDevServer(dir, variant, plugins, (url) => clickBoth(suite, url)),
};

/** How many reads show something other than the save's own values. */
export const wrongReads = (shown) =>
  ['a', 'b'].flatMap((id) => Object.values(shown[id]).filter((value) => value !== `${id}/${id}`)).length;

/** Every read of both saves is the save's own; `expected` lists the reads each must have made. */
export function assertOwnValues(shown, expected) {
  for (const id of ['a', 'b']) {
    const own = Object.fromEntries(expected.map((read) => [read, `${id}/${id}`]));
    assert.deepEqual(shown[id], own, `save ${id} did not keep its own values`);
  }
}

/**
 * The control (no tasklocal plugin): native await must lose the saves their
 * values somewhere, or the plugin cases prove nothing.
 */
export function assertValuesLost(shown, expected, what) {
  for (const id of ['a', 'b']) assert.deepEqual(Object.keys(shown[id]).sort(), [...expected].sort());
  assert.ok(
    wrongReads(shown) > 0,
    `${what} without the plugin unexpectedly kept every save's values (${JSON.stringify(shown)}): ` +
      'something else lowers native async/await, so the plugin cases no longer show what the plugin does.',
  );
}
