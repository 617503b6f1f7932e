// `node --test test/toolchains/next.test.mjs`: a Next.js 16 App Router app
// (issue 17) whose client component runs the toolchain app's native async
// action in two concurrent tasks on the standalone engine, through an
// installed dependency that awaits internally. With withTasklocal() from
// tasklocal/next, `next build` (Turbopack, the default), `next build
// --webpack` and `next dev` keep every task's values, with one copy of
// tasklocal in the client chunks; the control, the same app without it, loses
// them. Next.js is installed once, each configuration built once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeConsumer, repoPackageDir } from '../../scripts/packaging/pack.mjs';
import { assertOwnValues, assertValuesLost, PLUGIN_PEERS, readsOnPage } from './app.mjs';
import { fixturesDir } from './harness.mjs';
import { installLinked } from './linked-install.mjs';
import { nextBuild, withNextServer, writeNextConfig } from './next-server.mjs';
import { suiteWithApps } from './toolchain-cases.mjs';

const NEXT_PACKAGES = [
  'next',
  'react',
  'react-dom',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];
const README_CONFIG = fs.readFileSync(path.join(fixturesDir, 'next', 'next.config.mjs'), 'utf8');
const CONTROL_CONFIG = '// The control: the same app without tasklocal/next.\nexport default {};\n';

/** The Next.js app: the toolchain app's action and values, the standalone setup, the App Router files. */
function makeNextApp(suite) {
  const dir = makeConsumer(suite.workDir, suite.tarball, 'next', {
    extraPackages: [suite.depTarball, ...PLUGIN_PEERS.map(repoPackageDir)],
  });
  // Real (hard-linked) copies: Turbopack reads nothing outside the project.
  installLinked(dir, NEXT_PACKAGES);
  fs.cpSync(path.join(fixturesDir, 'app', 'src'), path.join(dir, 'src'), { recursive: true });
  fs.cpSync(
    path.join(fixturesDir, 'standalone', 'src', 'tasklocal-setup.ts'),
    path.join(dir, 'src', 'tasklocal-setup.ts'),
  );
  // The App Router files, without the lint-only declaration of the action.
  const filter = (source) => !source.endsWith('.d.ts');
  fs.cpSync(path.join(fixturesDir, 'next'), dir, { recursive: true, filter });
  return dir;
}

/** Copies of tasklocal in the client chunks: its realm key appears once in each. */
function copiesOfTasklocal(dir) {
  const chunks = path.join(dir, '.next', 'static');
  const files = fs.readdirSync(chunks, { recursive: true }).filter((file) => String(file).endsWith('.js'));
  const text = files.map((file) => fs.readFileSync(path.join(chunks, String(file)), 'utf8')).join('\n');
  return text.split('tasklocal.realm').length - 1;
}

/**
 * `next dev` compiles a page on its first load, which can take longer than
 * a page check waits on a loaded machine: one load first, in a tab of its own.
 */
async function warmUp(browser, url) {
  const tab = await browser.newPage();
  try {
    await tab.goto(url, { timeout: 120_000 });
  } finally {
    await tab.close();
  }
}

describe('a Next.js 16 App Router client component on the standalone engine, in headless Chromium', () => {
  const shared = suiteWithApps(makeNextApp);
  const app = () => shared.appDir('next');

  /** Builds with `config` and `args`, serves the build, and returns what the page's tasks read. */
  async function readsOfBuild(config, args = []) {
    writeNextConfig(app(), config);
    nextBuild(app(), args);
    return withNextServer(app(), 'start', (origin) => readsOnPage(shared.suite, `${origin}/`));
  }

  it("next build (Turbopack) with withTasklocal(): every read is the task's own; one copy of tasklocal", async (t) => {
    const reads = await readsOfBuild(README_CONFIG);
    t.diagnostic(JSON.stringify(reads));
    assertOwnValues(reads);
    assert.equal(copiesOfTasklocal(app()), 1, 'the client chunks hold more than one copy of tasklocal');
  });

  it("next build --webpack with withTasklocal(): every read is the task's own; one copy of tasklocal", async (t) => {
    const reads = await readsOfBuild(README_CONFIG, ['--webpack']);
    t.diagnostic(JSON.stringify(reads));
    assertOwnValues(reads);
    assert.equal(copiesOfTasklocal(app()), 1, 'the client chunks hold more than one copy of tasklocal');
  });

  it('next build without tasklocal/next (control): native await loses the tasks their values', async (t) => {
    const reads = await readsOfBuild(CONTROL_CONFIG);
    t.diagnostic(JSON.stringify(reads));
    assertValuesLost(reads, 'next build (Turbopack)');
  });

  it("next dev (Turbopack) with withTasklocal(), one page load: every read is the task's own", async (t) => {
    writeNextConfig(app(), README_CONFIG);
    const reads = await withNextServer(app(), 'dev', async (origin) => {
      await warmUp(shared.suite.browser, `${origin}/`);
      return readsOnPage(shared.suite, `${origin}/`);
    });
    t.diagnostic(JSON.stringify(reads));
    assertOwnValues(reads);
  });
});
