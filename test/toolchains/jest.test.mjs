// `node --test test/toolchains/jest.test.mjs`: an app tested by Jest 30
// (issue 17), with ts-jest or babel-jest. Twenty concurrent tests
// (test.concurrent) each handle a request in its own task, through
// fixture-runner-dep, an installed CommonJS library that awaits natively and
// then calls back into the app. Jest transforms neither native await nor
// node_modules; tasklocal/jest's jestTransform() wraps the app's transformer,
// lowers its output and lets dependencies through, on zone.js and on the
// standalone engine. The controls run the app's own setup without it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRunnerApp, removeWorkDir, runIn } from './runner-app.mjs';

const TESTS = 20;
const SETUP_FILES = { 'zone.js': 'zone.js/node', standalone: '<rootDir>/src/standalone-setup.ts' };

/** The README's jest.config.js for `transformer` and `engine`; without tasklocal, the app's own transform. */
function configText({ transformer, engine, tasklocal }) {
  const setupFiles = `setupFiles: ['${SETUP_FILES[engine]}']`;
  if (tasklocal) {
    return [
      "import { jestTransform } from 'tasklocal/jest';",
      '',
      `export default { ...jestTransform({ transformer: '${transformer}' }), ${setupFiles} };`,
      '',
    ].join('\n');
  }
  // babel-jest is Jest's default transformer; ts-jest is named for TypeScript files.
  const transform = transformer === 'ts-jest' ? "transform: { '\\\\.ts$': 'ts-jest' }, " : '';
  return `export default { ${transform}${setupFiles} };\n`;
}

/** Runs Jest under `config`; returns how many tests passed and failed, and the first failure. */
function runJest(dir, config) {
  const name = `${config.transformer}-${config.engine}${config.tasklocal ? '' : '-control'}`.replace('.', '');
  const configFile = `jest.${name}.config.js`;
  const results = path.join(dir, `results-${name}.json`);
  fs.writeFileSync(path.join(dir, configFile), configText(config));
  const { output } = runIn(dir, 'npx', [
    'jest',
    '--ci',
    '--config',
    configFile,
    '--cacheDirectory',
    path.join(dir, '.jest-cache'),
    '--json',
    `--outputFile=${results}`,
  ]);
  assert.ok(fs.existsSync(results), `jest wrote no results for ${name}:\n${output}`);
  const report = JSON.parse(fs.readFileSync(results, 'utf8'));
  const failures = report.testResults.flatMap((file) => [
    ...(file.message ? [file.message] : []),
    ...file.assertionResults.flatMap((test) => test.failureMessages),
  ]);
  return { passed: report.numPassedTests, failed: report.numFailedTests, firstFailure: failures[0] };
}

describe('an app tested by Jest 30 with concurrent tests and a dependency that awaits natively', () => {
  let app;
  before(() => {
    app = makeRunnerApp(
      'jest',
      'jest',
      [
        'jest',
        'babel-jest',
        '@jest/globals',
        '@babel/preset-typescript',
        '@babel/plugin-transform-modules-commonjs',
      ],
      ['ts-jest'],
    );
  });
  after(() => removeWorkDir(app?.workDir));

  const CASES = [
    { transformer: 'ts-jest', engine: 'zone.js', control: true },
    { transformer: 'ts-jest', engine: 'standalone' },
    { transformer: 'babel-jest', engine: 'zone.js' },
    { transformer: 'babel-jest', engine: 'standalone', control: true },
  ];
  for (const { transformer, engine, control } of CASES) {
    it(`${transformer} on ${engine}: jestTransform() keeps every request's task through the dependency`, (t) => {
      const result = runJest(app.dir, { transformer, engine, tasklocal: true });
      t.diagnostic(`${result.passed} of ${TESTS} tests passed`);
      const counts = { passed: result.passed, failed: result.failed };
      assert.deepEqual(counts, { passed: TESTS, failed: 0 }, result.firstFailure);
    });

    if (!control) continue;
    it(`${transformer} on ${engine}, without tasklocal/jest (control): the dependency's callback loses the task`, (t) => {
      const result = runJest(app.dir, { transformer, engine, tasklocal: false });
      t.diagnostic(`${result.failed} of ${TESTS} tests lost their request; first: ${result.firstFailure}`);
      assert.equal(result.passed + result.failed, TESTS, result.firstFailure);
      assert.ok(result.failed > 0, 'every test passed without tasklocal/jest: the other cases show nothing');
    });
  }
});
