// `node --test test/toolchains/vitest.test.mjs`: an app tested by Vitest 4
// (issue 17). Twenty concurrent tests (describe.concurrent) each handle a
// request in its own task, through fixture-runner-dep, an installed library
// that awaits natively and then calls back into the app. Vitest hands
// installed packages to Node untransformed, so without help that callback
// runs outside the task; `plugins: [tasklocal()]` alone must cover it, on
// zone.js and on the standalone engine, in the node and happy-dom
// environments. The controls run the same tests without the plugin.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRunnerApp, removeWorkDir, runIn } from './runner-app.mjs';

const TESTS = 20;

/** The README's vitest.config.ts, with the plugin or without it, and one setup file. */
const configText = ({ plugin, setupFile }) =>
  [
    ...(plugin ? ["import tasklocal from 'tasklocal/vite';"] : []),
    "import { defineConfig } from 'vitest/config';",
    '',
    'export default defineConfig({',
    `  plugins: [${plugin ? 'tasklocal()' : ''}],`,
    `  test: { setupFiles: ['${setupFile}'] },`,
    '});',
    '',
  ].join('\n');

/** The engines, each as its setup file in each environment: zone.js as Node or a page loads it. */
const SETUPS = [
  { engine: 'zone.js', environment: 'node', setupFile: 'zone.js/node' },
  { engine: 'zone.js', environment: 'happy-dom', setupFile: 'zone.js' },
  { engine: 'standalone', environment: 'node', setupFile: './src/standalone-setup.ts' },
  { engine: 'standalone', environment: 'happy-dom', setupFile: './src/standalone-setup.ts' },
];

/** Runs the suite under `config`; returns how many tests passed and failed, and the first failure. */
function runVitest(dir, name, { environment, ...config }) {
  const configFile = `vitest.${name}.config.ts`;
  const results = path.join(dir, `results-${name}.json`);
  fs.writeFileSync(path.join(dir, configFile), configText(config));
  const { output } = runIn(dir, 'npx', [
    'vitest',
    'run',
    '--config',
    configFile,
    '--environment',
    environment,
    '--reporter=json',
    `--outputFile=${results}`,
  ]);
  assert.ok(fs.existsSync(results), `vitest wrote no results for ${name}:\n${output}`);
  const report = JSON.parse(fs.readFileSync(results, 'utf8'));
  const failures = report.testResults.flatMap((file) =>
    file.assertionResults.flatMap((test) => test.failureMessages),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests, firstFailure: failures[0] };
}

describe('an app tested by Vitest 4 with concurrent tests and a dependency that awaits natively', () => {
  let app;
  before(() => {
    app = makeRunnerApp('vitest', 'vitest', ['vitest', 'happy-dom']);
  });
  after(() => removeWorkDir(app?.workDir));

  for (const setup of SETUPS) {
    const label = `${setup.engine}, ${setup.environment} environment`;
    const name = `${setup.engine}-${setup.environment}`.replace('.', '');

    it(`${label}: plugins: [tasklocal()] keeps every request's task through the dependency`, (t) => {
      const result = runVitest(app.dir, name, { ...setup, plugin: true });
      t.diagnostic(`${result.passed} of ${TESTS} tests passed`);
      assert.deepEqual(
        { passed: result.passed, failed: result.failed },
        { passed: TESTS, failed: 0 },
        result.firstFailure,
      );
    });

    it(`${label}, without the plugin (control): the dependency's callback loses the task`, (t) => {
      const result = runVitest(app.dir, `${name}-control`, { ...setup, plugin: false });
      t.diagnostic(
        `${result.failed} of ${TESTS} tests lost their request in the hook; first: ${result.firstFailure}`,
      );
      assert.equal(result.passed + result.failed, TESTS);
      assert.ok(result.failed > 0, 'every test passed without the plugin: the plugin case shows nothing');
    });
  }
});
