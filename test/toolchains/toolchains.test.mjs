// `npm run test:toolchains`: the same small app, native async/await in
// TypeScript and plain JavaScript plus an installed dependency that awaits
// internally, built by each toolchain against the packed tarball and run in
// headless Chromium. With the tasklocal plugin every read is the task's own
// value; without it (the control) native await must lose them, which is what
// shows these checks can fail.
import { describe, it } from 'node:test';
import { assertOwnValues, assertValuesLost, loadPlugin, makeApp } from './app.mjs';
import { readsOf, suiteWithApps, TOOLCHAINS } from './toolchain-cases.mjs';

describe('apps built by each toolchain, run in headless Chromium', () => {
  const shared = suiteWithApps(makeApp);

  for (const toolchain of TOOLCHAINS) {
    const { name, app } = toolchain;
    it(`${name}: two tasks keep their own values across fetch, timers and a dependency hook with the plugin`, async (t) => {
      const dir = shared.appDir(app);
      const tasklocal = await loadPlugin(dir, app);
      const reads = await readsOf(shared.suite, toolchain, dir, 'plugin', [tasklocal()]);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertOwnValues(reads);
    });

    it(`${name} without the plugin (control): native await loses the tasks' values`, async (t) => {
      const reads = await readsOf(shared.suite, toolchain, shared.appDir(app), 'control', []);
      t.diagnostic(`read: ${JSON.stringify(reads)}`);
      assertValuesLost(reads, name);
    });
  }
});
