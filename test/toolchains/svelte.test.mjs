// `node --test test/toolchains/svelte.test.mjs`: a Svelte 5 app (issue 17)
// built and served by Vite 8 with @sveltejs/vite-plugin-svelte and
// tasklocal/vite from the packed tarball, clicked in headless Chromium. Each
// save runs the async function of a `<script lang="ts">` and a plain-JS
// component, of a .svelte.js module and of a .svelte.ts class with $state
// awaiting a dependency that awaits. On the standalone engine and on zone.js,
// in `vite dev` and `vite build`, with the plugin listed before svelte() and
// after it, every read is the save's own; without the plugin (the controls)
// the saves lose their values.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadPlugin } from './app.mjs';
import {
  assertOwnValues,
  assertValuesLost,
  importFromApp,
  makeFrameworkApp,
  MODES,
  useEngineIn,
  wrongReads,
} from './framework-app.mjs';
import { suiteWithApps } from './toolchain-cases.mjs';

const READS = [
  'componentTs.afterFetch',
  'componentTs.afterTimer',
  'componentJs.afterFetch',
  'componentJs.afterTimer',
  'moduleJs.afterTimer',
  'moduleTs.inDependencyHook',
  'moduleTs.afterDependency',
  'afterAll',
];

/** The README's lines: `plugins: [tasklocal(), svelte()]`, in either order. */
const ORDERS = {
  'tasklocal() before svelte()': (tasklocal, svelte) => [tasklocal(), svelte()],
  'svelte() before tasklocal()': (tasklocal, svelte) => [svelte(), tasklocal()],
};
const ENGINES = [
  { engine: 'standalone', zone: 'undefined', order: 'svelte() before tasklocal()' },
  { engine: 'zone', zone: 'function', order: 'tasklocal() before svelte()' },
];

describe('a Svelte 5 app built and served by Vite 8, in headless Chromium', () => {
  const shared = suiteWithApps((suite) =>
    makeFrameworkApp(suite, 'vite-svelte', 'svelte', ['svelte', '@sveltejs/vite-plugin-svelte']),
  );
  const app = {};
  before(async () => {
    app.dir = shared.appDir('svelte');
    app.svelte = await importFromApp(app.dir, '@sveltejs/vite-plugin-svelte', 'svelte');
    app.tasklocal = await loadPlugin(app.dir, 'vite');
  });

  for (const { engine, zone, order } of ENGINES) {
    describe(`on the ${engine} engine`, () => {
      before(() => useEngineIn(app.dir, engine));

      for (const [mode, showOf] of Object.entries(MODES)) {
        it(`${mode}, ${order}: two interleaved saves keep their values in components and rune modules`, async (t) => {
          const plugins = ORDERS[order](app.tasklocal, app.svelte);
          const shown = await showOf(shared.suite, app.dir, `svelte-${engine}-plugin`, plugins);
          t.diagnostic(`shown: ${JSON.stringify(shown)}`);
          assert.equal(shown.zone, zone);
          assertOwnValues(shown, READS);
        });

        it(`${mode} without tasklocal() (control): native await loses the saves their values`, async (t) => {
          const shown = await showOf(shared.suite, app.dir, `svelte-${engine}-control`, [app.svelte()]);
          t.diagnostic(`wrong reads: ${wrongReads(shown)} of ${2 * READS.length}; ${JSON.stringify(shown)}`);
          assert.equal(shown.zone, zone);
          assertValuesLost(shown, READS, `Svelte ${mode} on the ${engine} engine`);
        });
      }
    });
  }
});
