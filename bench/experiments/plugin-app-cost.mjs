// What tasklocal's Vite plugin costs the real apps the toolchain tests build
// (test/toolchains/fixtures: Vue 3 + Pinia, React 19, Svelte 5, each with its
// framework's Vite plugin, installed from the packed tarball as a user's app
// is): `vite build` of each, and the Vue app's `vite dev` cold start (server
// start, dependency pre-bundling from an empty cache, and the first page load
// in headless Chromium until the app shows its buttons), without and with
// tasklocal(), alternating; prints the medians and their ratios.
// Usage: npm run build && TASKLOCAL_PREBUILT=1 node bench/experiments/plugin-app-cost.mjs [rounds=5]
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import chromium from '../../scripts/chromium.cjs';
import { buildAndPack } from '../../scripts/packaging/pack.mjs';
import { loadPlugin } from '../../test/toolchains/app.mjs';
import { buildWithVite, withViteDevServer } from '../../test/toolchains/builds/vite.mjs';
import { importFromApp, makeFrameworkApp } from '../../test/toolchains/framework-app.mjs';
import { packFixtureDep } from '../../test/toolchains/harness.mjs';
import { reportRatio } from './ratios.mjs';

const rounds = Number(process.argv[2] ?? 5);

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

async function timed(run) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** `vite dev` from an empty dependency cache until the page shows its save buttons. */
async function timeDevStart(browser, dir, variant, plugins) {
  fs.rmSync(path.join(dir, 'node_modules', `.vite-${variant}`), { recursive: true, force: true });
  return timed(() =>
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
    const times = { without: [], with: [], devWithout: [], devWith: [] };
    const dev = name === 'vue';
    for (const side of Object.keys(sides)) await buildWithVite(dir, side, sides[side]()); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const [side, plugins] of Object.entries(sides)) {
        times[side].push(await timed(() => buildWithVite(dir, side, plugins())));
        if (dev)
          times[`dev${side[0].toUpperCase()}${side.slice(1)}`].push(
            await timeDevStart(browser, dir, side, plugins()),
          );
      }
    }
    reportRatio(`${name}: vite build`, times.without, times.with);
    if (dev) reportRatio(`${name}: vite dev cold start`, times.devWithout, times.devWith);
  }
} finally {
  await browser.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}
