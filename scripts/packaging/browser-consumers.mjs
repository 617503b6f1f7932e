// Browser consumers of the installed package: the seed page loading zone.js
// and the minified UMD bundle with <script> tags, and an app bundled by Rollup
// from the package's browser ESM build, as a Rollup config with no options
// but `browser: true` takes it. Both report through the page's console.
import nodeResolve from '@rollup/plugin-node-resolve';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { copyInto, makeConsumer } from './pack.mjs';

/**
 * examples/seed/index.html, its script paths pointed from the repository's
 * dist/ and node_modules/ to the consumer's installed packages, loading
 * `umd` (the page's own, the minified production UMD, unless told).
 */
export function makeUmdPage(workDir, tarball, umd = 'tasklocal.umd.min.js') {
  const dir = makeConsumer(workDir, tarball, `browser-${umd.replace(/\W/g, '-')}`);
  const page = copyInto(dir, 'examples/seed/index.html', 'index.html', (html) => {
    const rewritten = html
      .replace('src="../../dist/tasklocal.umd.min.js"', `src="node_modules/tasklocal/dist/${umd}"`)
      .replace('src="../../node_modules/', 'src="node_modules/');
    if (!rewritten.includes(`node_modules/tasklocal/dist/${umd}`)) {
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
    // A browser bundle takes the browser build, which carries no AsyncLocalStorage engine, in the
    // mode node-resolve (16 and later) asks for: production, unless NODE_ENV names another mode.
    const mode = process.env.NODE_ENV && process.env.NODE_ENV !== 'production' ? 'development' : 'production';
    const build = `tasklocal.browser.${mode}.mjs`;
    if (fromPackage.length === 0 || !fromPackage.every((id) => path.basename(id) === build)) {
      throw new Error(`Rollup did not take tasklocal from ${build}; bundled modules: ${bundled.join(', ')}`);
    }
    if (/async_hooks|getBuiltinModule/.test(output[0].code)) {
      throw new Error('The browser bundle carries Node-only code (async_hooks / getBuiltinModule).');
    }
  } finally {
    await bundle.close();
  }
  return pathToFileURL(page).href;
}
