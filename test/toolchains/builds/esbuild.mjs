// esbuild's JS API bundling the app from its consumer directory, with its
// default target (esnext: async/await stays native).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { writeBundlePage } from '../app.mjs';

/**
 * Bundles `entry` (src/main.ts unless told) into out/esbuild-<variant>/; returns the page's path.
 * `minify` as esbuild's own option, which also makes it define NODE_ENV as production.
 */
export async function buildWithEsbuild(
  dir,
  variant,
  plugins = [],
  { entry = 'src/main.ts', minify = false } = {},
) {
  const outDir = path.join(dir, 'out', `esbuild-${variant}`);
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    outfile: path.join(outDir, 'bundle.js'),
    logLevel: 'error',
    minify,
    plugins,
  });
  return writeBundlePage(outDir);
}
