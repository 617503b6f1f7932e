// `node --test test/toolchains/vue.test.mjs`: a Vue 3.5 + Pinia app (issue 17)
// built and served by Vite 8 with @vitejs/plugin-vue and tasklocal/vite from
// the packed tarball, clicked in headless Chromium. Each save runs the async
// function of a <script setup lang="ts">, a plain-JS <script setup>, and an
// Options API component in TypeScript and in JavaScript, then a Pinia action
// awaiting a dependency that awaits. On the standalone engine and on zone.js,
// in `vite dev` and `vite build`, with the plugin listed before vue() and
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

const PARTS = ['setupTs', 'setupJs', 'optionsTs', 'optionsJs'];
const READS = [
  ...PARTS.flatMap((part) => [`${part}.afterFetch`, `${part}.afterTimer`]),
  'store.inDependencyHook',
  'store.afterDependency',
  'afterAll',
];

/** The README's lines: `plugins: [tasklocal(), vue()]`, in either order. */
const ORDERS = {
  'tasklocal() before vue()': (tasklocal, vue) => [tasklocal(), vue()],
  'vue() before tasklocal()': (tasklocal, vue) => [vue(), tasklocal()],
};
const ENGINES = [
  { engine: 'standalone', zone: 'undefined', order: 'tasklocal() before vue()' },
  { engine: 'zone', zone: 'function', order: 'vue() before tasklocal()' },
];

describe('a Vue 3 + Pinia app built and served by Vite 8, in headless Chromium', () => {
  const shared = suiteWithApps((suite) =>
    makeFrameworkApp(suite, 'vite-vue', 'vue', ['vue', 'pinia', '@vitejs/plugin-vue']),
  );
  const app = {};
  before(async () => {
    app.dir = shared.appDir('vue');
    app.vue = await importFromApp(app.dir, '@vitejs/plugin-vue');
    app.tasklocal = await loadPlugin(app.dir, 'vite');
  });

  for (const { engine, zone, order } of ENGINES) {
    describe(`on the ${engine} engine`, () => {
      before(() => useEngineIn(app.dir, engine));

      for (const [mode, showOf] of Object.entries(MODES)) {
        it(`${mode}, ${order}: two interleaved saves keep their values in every kind of component and the store`, async (t) => {
          const plugins = ORDERS[order](app.tasklocal, app.vue);
          const shown = await showOf(shared.suite, app.dir, `vue-${engine}-plugin`, plugins);
          t.diagnostic(`shown: ${JSON.stringify(shown)}`);
          assert.equal(shown.zone, zone);
          assertOwnValues(shown, READS);
        });

        it(`${mode} without tasklocal() (control): native await loses the saves their values`, async (t) => {
          const shown = await showOf(shared.suite, app.dir, `vue-${engine}-control`, [app.vue()]);
          t.diagnostic(`wrong reads: ${wrongReads(shown)} of ${2 * READS.length}; ${JSON.stringify(shown)}`);
          assert.equal(shown.zone, zone);
          assertValuesLost(shown, READS, `Vue ${mode} on the ${engine} engine`);
        });
      }
    });
  }
});
