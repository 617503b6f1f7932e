// What tasklocal's Vite plugin costs the real apps the toolchain tests build
// (test/toolchains/fixtures: Vue 3 + Pinia, React 19, Svelte 5, each with its
// framework's Vite plugin, installed from the packed tarball as a user's app
// is): `vite build` of each, and the Vue app's `vite dev` cold start (server
// start, dependency pre-bundling from an empty cache, and the first page load
// in headless Chromium until the app shows its buttons), without and with
// tasklocal(), alternating; prints the medians and their ratios.
// Usage: npm run build && TASKLOCAL_PREBUILT=1 node bench/experiments/plugin-app-cost.mjs [rounds=5]
//   [another build's dist/plugin/vite.mjs, timed in the same rounds: a before/after of the plugin]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import chromium from '../../scripts/chromium.cjs';
import { buildAndPack } from '../../scripts/packaging/pack.mjs';
import { loadPlugin } from '../../test/toolchains/app.mjs';
import { buildWithVite, withViteDevServer } from '../../test/toolchains/builds/vite.mjs';
import { importFromApp, makeFrameworkApp } from '../../test/toolchains/framework-app.mjs';
import { packFixtureDep } from '../../test/toolchains/harness.mjs';
import { measure, reportRatio } from './ratios.mjs';

const rounds = Number(process.argv[2] ?? 5);
const against = process.argv[3] && (await import(pathToFileURL(path.resolve(process.argv[3])).href)).default;

/** Each app's packages (besides tasklocal's peers) and its framework plugin's module and export. */
const APPS = {
  vue: { packages: ['vue', 'pinia', '@vitejs/plugin-vue'], plugin: ['@vitejs/plugin-vue', 'default'] },
  react: {
    packages: ['react', 'react-dom', '@vitejs/plugin-react'],
    plugin: ['@vitejs/plugin-react', 'default'],
  },
  svelte: {
    packages: ['svelte', '@sveltejs/vite-plugin-svelte'],
    plugin: ['@sveltejs/vite-plugin-svelte', 'svelte'],
  },
};

/** `vite dev` from an empty dependency cache until the page shows its save buttons. */
async function timeDevStart(browser, dir, variant, plugins) {
  fs.rmSync(path.join(dir, 'node_modules', `.vite-${variant}`), { recursive: true, force: true });
  return measure(() =>
    withViteDevServer(dir, variant, plugins, async (url) => {
      const tab = await browser.newPage();
      try {
        await tab.goto(url);
        await tab.waitForSelector('#save-b', { timeout: 30_000 });
      } finally {
        await tab.close();
      }
    }),
  );
}

const { workDir, tarball } = buildAndPack();
const suite = { workDir, tarball, depTarball: packFixtureDep(workDir) };
const browser = await puppeteer.launch({
  executablePath: chromium.chromiumPath(),
  headless: true,
  args: chromium.CHROMIUM_FLAGS,
});
try {
  for (const [name, { packages, plugin }] of Object.entries(APPS)) {
    const dir = makeFrameworkApp(suite, `vite-${name}`, name, packages);
    const framework = await importFromApp(dir, ...plugin);
    const tasklocal = await loadPlugin(dir, 'vite');
    const sides = { without: () => [framework()], with: () => [framework(), tasklocal()] };
    if (against) sides.against = () => [framework(), against()];
    const times = Object.fromEntries(
      Object.keys(sides).flatMap((side) => [
        [side, []],
        [`dev ${side}`, []],
      ]),
    );
    const dev = name === 'vue';
    for (const side of Object.keys(sides)) await buildWithVite(dir, side, sides[side]()); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const [side, plugins] of Object.entries(sides)) {
        times[side].push(await measure(() => buildWithVite(dir, side, plugins())));
        if (dev) times[`dev ${side}`].push(await timeDevStart(browser, dir, side, plugins()));
      }
    }
    reportRatio(`${name}: vite build`, times.without, times.with);
    if (dev) reportRatio(`${name}: vite dev cold start`, times['dev without'], times['dev with']);
    if (against) {
      reportRatio(`${name}: vite build, the other plugin`, times.without, times.against);
      if (dev)
        reportRatio(
          `${name}: vite dev cold start, the other plugin`,
          times['dev without'],
          times['dev against'],
        );
    }
  }
} finally {
  await browser.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}
