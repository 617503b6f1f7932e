// Browser consumers of the installed package: the seed page loading zone.js
// and the minified UMD bundle with <script> tags, and an app bundled by Rollup
// from the package's ESM build. Both report through the page's console.
import nodeResolve from '@rollup/plugin-node-resolve';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { copyInto, makeConsumer } from './pack.mjs';

/**
 * examples/seed/index.html, its script paths pointed from the repository's
 * dist/ and node_modules/ to the consumer's installed packages.
 */
export function makeUmdPage(workDir, tarball) {
  const dir = makeConsumer(workDir, tarball, 'browser-umd');
  const page = copyInto(dir, 'examples/seed/index.html', 'index.html', (html) => {
    const rewritten = html
      .replace('src="../../dist/', 'src="node_modules/tasklocal/dist/')
      .replace('src="../../node_modules/', 'src="node_modules/');
    if (!rewritten.includes('node_modules/tasklocal/dist/tasklocal.umd.min.js')) {
      throw new Error(
        'examples/seed/index.html no longer loads ../../dist/tasklocal.umd.min.js: update makeUmdPage() ' +
          'in scripts/packaging/browser-consumers.mjs to point at the page’s new script path.',
      );
    }
    return rewritten;
  });
  return pathToFileURL(page).href;
}

/** Bundles fixtures/seed-app.mjs inside a consumer with Rollup; returns the page's URL. */
export async function makeRollupPage(workDir, tarball) {
  const dir = makeConsumer(workDir, tarball, 'browser-rollup');
  const entry = copyInto(dir, 'scripts/packaging/fixtures/seed-app.mjs', 'app.mjs');
  const page = copyInto(dir, 'scripts/packaging/fixtures/seed-app.html', 'index.html');
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true, rootDir: dir })] });
  try {
    const { output } = await bundle.write({ file: path.join(dir, 'bundle.js'), format: 'iife' });
    const bundled = output[0].moduleIds;
    const fromPackage = bundled.filter((id) =>
      id.includes(`${path.sep}node_modules${path.sep}tasklocal${path.sep}`),
    );
    // A browser bundle takes the browser build, which carries no AsyncLocalStorage engine.
    if (fromPackage.length === 0 || !fromPackage.every((id) => id.endsWith('tasklocal.browser.mjs'))) {
      throw new Error(
        `Rollup did not take tasklocal from its browser build; bundled modules: ${bundled.join(', ')}`,
      );
    }
    if (/async_hooks|getBuiltinModule/.test(output[0].code)) {
      throw new Error('The browser bundle carries Node-only code (async_hooks / getBuiltinModule).');
    }
  } finally {
    await bundle.close();
  }
  return pathToFileURL(page).href;
}
