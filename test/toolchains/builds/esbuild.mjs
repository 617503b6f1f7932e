// esbuild's JS API bundling the app from its consumer directory, with its
// default target (esnext: async/await stays native).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { writeBundlePage } from '../app.mjs';

/** Bundles src/main.ts into out/esbuild-<variant>/; returns the page's path. */
export async function buildWithEsbuild(dir, variant, plugins = []) {
  const outDir = path.join(dir, 'out', `esbuild-${variant}`);
  await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['src/main.ts'],
    bundle: true,
    format: 'iife',
    outfile: path.join(outDir, 'bundle.js'),
    logLevel: 'error',
    plugins,
  });
  return writeBundlePage(outDir);
}
