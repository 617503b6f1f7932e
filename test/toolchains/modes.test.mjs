// `node --test test/toolchains/modes.test.mjs`: which build of tasklocal each
// tool picks from the packed tarball, the way users build. One small app
// (fixtures/modes) runs a task and calls spawn() with no function; the thrown
// message's form is the build that ran: the full text in development, a code
// in production. Each case also checks which dist/ file the tool resolved, and
// the production bundles are searched for the standalone engine, which an app
// that never imports it must not carry.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { consoleUntilDone } from '../../scripts/packaging/chromium.mjs';
import { runCommand } from '../../scripts/packaging/command.mjs';
import { makeApp } from './app.mjs';
import { buildWithEsbuild } from './builds/esbuild.mjs';
import { buildWithRollup } from './builds/rollup.mjs';
import { buildWithVite, withViteDevServer } from './builds/vite.mjs';
import { buildWithWebpack } from './builds/webpack.mjs';
import { fixturesDir, startSuite } from './harness.mjs';
import { filesSeenBy, viteDevFile } from './modes-observers.mjs';

const DEVELOPMENT_TEXT = 'spawn() needs a function to run as the task';
const PRODUCTION_TEXT =
  /^tasklocal error TL\d{3}: see https:\/\/www\.npmjs\.com\/package\/tasklocal#error-codes$/;
/** Code only the standalone engine has, minified or not: its own name (Vite's minifier quotes with backticks). */
const STANDALONE_ENGINE = /\bname\s*[:=]\s*["'`]standalone["'`]/;

/** The build that threw `message`, by the message's form. */
function buildOf(message) {
  if (message?.startsWith(DEVELOPMENT_TEXT)) return 'development';
  if (PRODUCTION_TEXT.test(message)) return 'production';
  return `neither build (${JSON.stringify(message)})`;
}

/** The toolchain app with fixtures/modes copied over it: its page now runs src/page.js. */
function makeModesApp(suite) {
  const dir = makeApp(suite, 'modes');
  fs.cpSync(path.join(fixturesDir, 'modes'), dir, { recursive: true });
  return dir;
}

/** What a page logged as its probe. */
async function probeOnPage(suite, url) {
  const lines = await consoleUntilDone(suite.browser, url);
  const line = lines.find((text) => text.startsWith('probe '));
  assert.ok(line, `${url} logged no probe; it logged ${JSON.stringify(lines)}`);
  return JSON.parse(line.slice('probe '.length));
}

/** A static build's probe, tasklocal files and bundle text; `build(plugins)` returns the page's path. */
async function built(suite, tool, build) {
  const seen = filesSeenBy(tool);
  const page = await build(seen.plugins);
  const outDir = path.dirname(page);
  const code = fs
    .readdirSync(outDir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => fs.readFileSync(path.join(outDir, file), 'utf8'))
    .join('\n');
  return { probe: await probeOnPage(suite, suite.urlOf(page)), files: seen.files(), code };
}

/** The Node app run with `args` before it and `env`; its probe carries the file Node resolved. */
function inNode(dir, entry, args = [], env = {}) {
  const probe = JSON.parse(runCommand(process.execPath, [...args, entry], { cwd: dir, env }));
  return { probe, files: [path.basename(probe.file)] };
}

/** Each way of building the app: the build it must run, and the dist/ file that build is. */
const CASES = [
  {
    name: 'Vite build',
    expect: 'production',
    file: 'tasklocal.browser.production.mjs',
    run: (suite, dir) => built(suite, 'vite', (plugins) => buildWithVite(dir, 'modes', plugins)),
  },
  {
    name: 'Vite dev server',
    expect: 'development',
    file: 'tasklocal.browser.development.mjs',
    run: (suite, dir) =>
      withViteDevServer(
        dir,
        'modes',
        [],
        async (url) => ({ probe: await probeOnPage(suite, url), files: [viteDevFile(dir, 'modes')] }),
        'tasklocal',
      ),
  },
  {
    name: 'webpack, mode production',
    expect: 'production',
    file: 'tasklocal.browser.production.mjs',
    run: (suite, dir) =>
      built(suite, 'webpack', (plugins) =>
        buildWithWebpack(dir, 'modes-production', plugins, { entry: './src/page.js', mode: 'production' }),
      ),
  },
  {
    name: 'webpack, mode development',
    expect: 'development',
    file: 'tasklocal.browser.development.mjs',
    run: (suite, dir) =>
      built(suite, 'webpack', (plugins) =>
        buildWithWebpack(dir, 'modes-development', plugins, { entry: './src/page.js', mode: 'development' }),
      ),
  },
  {
    // esbuild sets no development/production condition; minify defines NODE_ENV as production.
    name: 'esbuild, minify',
    expect: 'production',
    file: 'tasklocal.browser.mjs',
    run: (suite, dir) =>
      built(suite, 'esbuild', (plugins) =>
        buildWithEsbuild(dir, 'modes-minify', plugins, { entry: 'src/page.js', minify: true }),
      ),
  },
  {
    name: 'esbuild, no minify',
    expect: 'development',
    file: 'tasklocal.browser.mjs',
    run: (suite, dir) =>
      built(suite, 'esbuild', (plugins) =>
        buildWithEsbuild(dir, 'modes-plain', plugins, { entry: 'src/page.js' }),
      ),
  },
  {
    name: "Rollup, node-resolve exportConditions: ['production']",
    expect: 'production',
    file: 'tasklocal.browser.production.mjs',
    run: (suite, dir) =>
      built(suite, 'rollup', (plugins) =>
        buildWithRollup(dir, 'modes-production', plugins, {
          entry: 'src/page.js',
          exportConditions: ['production'],
        }),
      ),
  },
  {
    name: "Rollup, node-resolve exportConditions: ['development']",
    expect: 'development',
    file: 'tasklocal.browser.development.mjs',
    run: (suite, dir) =>
      built(suite, 'rollup', (plugins) =>
        buildWithRollup(dir, 'modes-development', plugins, {
          entry: 'src/page.js',
          exportConditions: ['development'],
        }),
      ),
  },
  {
    // node-resolve 16 adds `production` itself unless NODE_ENV names another mode (unset here).
    name: 'Rollup, node-resolve defaults',
    expect: 'production',
    file: 'tasklocal.browser.production.mjs',
    run: (suite, dir) =>
      built(suite, 'rollup', (plugins) =>
        buildWithRollup(dir, 'modes-defaults', plugins, { entry: 'src/page.js' }),
      ),
  },
  {
    // The same config in a shell that says development.
    name: 'Rollup, node-resolve defaults, NODE_ENV=development',
    expect: 'development',
    file: 'tasklocal.browser.development.mjs',
    nodeEnv: 'development',
    run: (suite, dir) =>
      built(suite, 'rollup', (plugins) =>
        buildWithRollup(dir, 'modes-defaults-development', plugins, { entry: 'src/page.js' }),
      ),
  },
  {
    name: 'Node, import',
    expect: 'development',
    file: 'tasklocal.mjs',
    run: (suite, dir) => inNode(dir, 'src/node.js'),
  },
  {
    name: 'Node, import with --conditions=production',
    expect: 'production',
    file: 'tasklocal.production.mjs',
    run: (suite, dir) => inNode(dir, 'src/node.js', ['--conditions=production']),
  },
  {
    name: 'Node, import with NODE_ENV=production',
    expect: 'production',
    file: 'tasklocal.mjs',
    run: (suite, dir) => inNode(dir, 'src/node.js', [], { NODE_ENV: 'production' }),
  },
  {
    name: 'Node, require',
    expect: 'development',
    file: 'tasklocal.cjs',
    run: (suite, dir) => inNode(dir, 'src/node.cjs'),
  },
  {
    name: 'Node, require with NODE_ENV=production',
    expect: 'production',
    file: 'tasklocal.cjs',
    run: (suite, dir) => inNode(dir, 'src/node.cjs', [], { NODE_ENV: 'production' }),
  },
  {
    name: 'Node, require with --conditions=production',
    expect: 'production',
    file: 'tasklocal.production.cjs',
    run: (suite, dir) => inNode(dir, 'src/node.cjs', ['--conditions=production']),
  },
];

/**
 * Runs `use()` with NODE_ENV as `value` (unset unless told), as a build started
 * from a shell; restores it after (Vite's build sets it in the process that runs it).
 */
async function withNodeEnv(value, use) {
  const saved = process.env.NODE_ENV;
  if (value === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = value;
  try {
    return await use();
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

describe('the development or production build, as each tool picks it from the packed tarball', () => {
  let suite;
  let dir;
  before(async () => {
    suite = await startSuite();
    dir = makeModesApp(suite);
  });
  after(async () => {
    await suite?.close();
  });

  for (const { name, expect, file, nodeEnv, run } of CASES) {
    it(`${name}: runs the ${expect} build (${file})`, async (t) => {
      const { probe, files, code } = await withNodeEnv(nodeEnv, () => run(suite, dir));
      t.diagnostic(`files: ${files.join(', ')}; message: ${probe.message}`);
      assert.equal(probe.seen, 'own', 'the task did not read its own attribute');
      assert.deepEqual(files, [file], 'the tool resolved tasklocal to another file');
      assert.equal(buildOf(probe.message), expect);
      if (expect === 'production' && code !== undefined) {
        assert.doesNotMatch(code, STANDALONE_ENGINE, 'an app that never imports standalone carries it');
      }
    });
  }

  it('esbuild, minify: an app that calls useEngine(standalone) runs on it, in production', async (t) => {
    const { probe, code } = await withNodeEnv(undefined, () =>
      built(suite, 'esbuild', (plugins) =>
        buildWithEsbuild(dir, 'modes-standalone', plugins, { entry: 'src/standalone-page.js', minify: true }),
      ),
    );
    t.diagnostic(`engine: ${probe.engine}; message: ${probe.message}`);
    assert.equal(probe.engine, 'standalone');
    assert.equal(probe.seen, 'own');
    assert.equal(buildOf(probe.message), 'production');
    // The search the other production bundles pass finds the engine where it is used.
    assert.match(code, STANDALONE_ENGINE);
  });
});
