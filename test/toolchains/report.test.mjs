// `node --test test/toolchains/report.test.mjs`: the plugin's build-time
// report (issue 17), from the packed tarball. After bundling, Vite, Rollup,
// webpack and esbuild each name the module left with a native async function
// (values.js, excluded from lowering): a warning by default, a failed build
// with `strict: true`; a clean app gets no report. A Node server bundle on
// zone.js with esbuild's `packages: 'external'` really loses its requests'
// values, and the report names the externals the plugin could not lower.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { loadPlugin, makeApp } from './app.mjs';
import { fixturesDir } from './harness.mjs';
import { REPORT_BUILDS } from './report-builds.mjs';
import { suiteWithApps } from './toolchain-cases.mjs';

const TOOLS = { 'Vite build': 'vite', Rollup: 'rollup', webpack: 'webpack', esbuild: 'esbuild' };
const LEFT_IN_VALUES = /1 native async function was left in the output.*src\/values\.js \(1\)/s;

/** One consumer for every case: the toolchain app, with the server fixture in server/. */
function makeReportApp(suite) {
  const dir = makeApp(suite, 'report');
  fs.cpSync(path.join(fixturesDir, 'server', 'src'), path.join(dir, 'server'), { recursive: true });
  return dir;
}

/** A local HTTP server the server bundle's dependency fetches from; `use(url)` runs while it listens. */
async function withDataServer(use) {
  const server = http.createServer((request, response) => response.end('some data'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the build-time report', () => {
  const shared = suiteWithApps(makeReportApp);
  let dir;
  before(() => {
    dir = shared.appDir('report');
  });

  for (const [name, build] of Object.entries(REPORT_BUILDS)) {
    describe(name, () => {
      it('a fully lowered app gets no report', async () => {
        const tasklocal = await loadPlugin(dir, TOOLS[name]);
        assert.deepEqual(await build(dir, `${name}-clean`, [tasklocal()]), {
          warnings: [],
          error: undefined,
        });
      });

      it('a module excluded from lowering is named in a warning, and the build succeeds', async () => {
        const tasklocal = await loadPlugin(dir, TOOLS[name]);
        const { warnings, error } = await build(dir, `${name}-excluded`, [
          tasklocal({ exclude: /values\.js$/ }),
        ]);
        assert.equal(error, undefined);
        assert.equal(warnings.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
        assert.match(warnings[0], LEFT_IN_VALUES);
      });

      it('with strict: true, the same module fails the build, named in the error', async () => {
        const tasklocal = await loadPlugin(dir, TOOLS[name]);
        const { error } = await build(dir, `${name}-strict`, [
          tasklocal({ exclude: /values\.js$/, strict: true }),
        ]);
        assert.match(String(error), LEFT_IN_VALUES);
      });
    });
  }

  it('esbuild, minified with a source map: the map names the module left unlowered', async () => {
    const tasklocal = await loadPlugin(dir, 'esbuild');
    const plugins = [tasklocal({ exclude: /values\.js$/ })];
    const options = { minify: true, sourcemap: true };
    const { warnings, error } = await REPORT_BUILDS.esbuild(dir, 'esbuild-minified', plugins, options);
    assert.equal(error, undefined);
    assert.equal(warnings.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
    assert.match(warnings[0], LEFT_IN_VALUES);
  });

  for (const name of ['Vite build', 'Rollup', 'webpack']) {
    it(`${name} with fixture-dep external: a browser build, so the report names it`, async () => {
      const tasklocal = await loadPlugin(dir, TOOLS[name]);
      const build = REPORT_BUILDS[name];
      const { warnings, error } = await build(dir, `${name}-external`, [tasklocal()], {
        external: ['fixture-dep'],
      });
      assert.equal(error, undefined);
      assert.equal(warnings.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
      assert.match(
        warnings[0],
        /tasklocal: this bundle leaves fixture-dep external, and it (?:loads zone\.js|runs in a browser)/,
      );
    });
  }

  describe('a Node server bundle on zone.js with esbuild packages: "external"', () => {
    /** Bundles server/server.ts for Node into out/<name>.mjs; returns tasklocal's messages and what a run printed. */
    async function buildAndRun(name, plugins, options) {
      const outfile = path.join(dir, 'out', `${name}.mjs`);
      const messages = [];
      try {
        const result = await esbuild.build({
          absWorkingDir: dir,
          entryPoints: ['server/server.ts'],
          bundle: true,
          platform: 'node',
          format: 'esm',
          outfile,
          logLevel: 'silent',
          plugins,
          ...options,
        });
        messages.push(...result.warnings.map((warning) => `warning: ${warning.text}`));
      } catch (error) {
        return { messages: (error.errors ?? []).map((message) => `error: ${message.text}`) };
      }
      // Asynchronously: the child fetches from this process's data server.
      const printed = await withDataServer(async (url) => {
        const env = { ...process.env, DATA_URL: url };
        const { stdout } = await promisify(execFile)(process.execPath, [outfile], { cwd: dir, env });
        return JSON.parse(stdout);
      });
      return { messages: messages.filter((text) => text.includes('tasklocal:')), printed };
    }
    const OWN = {
      a: { inDependencyHook: 'a', afterDependency: 'a' },
      b: { inDependencyHook: 'b', afterDependency: 'b' },
    };

    it('the requests lose their values, and the report names the externals the plugin cannot lower', async (t) => {
      const tasklocal = await loadPlugin(dir, 'esbuild');
      const { messages, printed } = await buildAndRun('external', [tasklocal()], { packages: 'external' });
      t.diagnostic(`printed: ${JSON.stringify(printed)}`);
      assert.notDeepEqual(printed, OWN, 'the external dependency was expected to lose the task');
      assert.equal(messages.length, 1, JSON.stringify(messages));
      assert.match(
        messages[0],
        /^warning: tasklocal: this bundle leaves fixture-dep external, and it loads zone\.js/,
      );
    });

    it('with strict: true, the externals fail the build', async () => {
      const tasklocal = await loadPlugin(dir, 'esbuild');
      const { messages } = await buildAndRun('external-strict', [tasklocal({ strict: true })], {
        packages: 'external',
      });
      assert.equal(messages.length, 1, JSON.stringify(messages));
      assert.match(messages[0], /^error: tasklocal: this bundle leaves fixture-dep external/);
    });

    it('bundled with its dependency, every request keeps its values and nothing is reported', async () => {
      const tasklocal = await loadPlugin(dir, 'esbuild');
      const { messages, printed } = await buildAndRun('bundled', [tasklocal()], {});
      assert.deepEqual(printed, OWN);
      assert.deepEqual(messages, []);
    });
  });
});
