// Rollup 4 bundling the app from its consumer directory: node-resolve for the
// packages, @rollup/plugin-typescript reading the app's tsconfig (ES2022, so
// async/await stays native), and the tasklocal plugin after it when asked.
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import path from 'node:path';
import { rollup } from 'rollup';
import { writeBundlePage } from '../app.mjs';

/**
 * Bundles `entry` (src/main.ts unless told) into out/rollup-<variant>/; returns the page's path.
 * `exportConditions` goes to node-resolve as given (its own defaults when absent).
 */
export async function buildWithRollup(
  dir,
  variant,
  plugins = [],
  { entry = 'src/main.ts', exportConditions } = {},
) {
  const outDir = path.join(dir, 'out', `rollup-${variant}`);
  const bundle = await rollup({
    input: path.join(dir, entry),
    plugins: [
      nodeResolve({ browser: true, rootDir: dir, ...(exportConditions && { exportConditions }) }),
      typescript({ tsconfig: path.join(dir, 'tsconfig.json'), filterRoot: dir }),
      ...plugins,
    ],
    onwarn(warning, warn) {
      // zone.js's bundle uses `this` at the top level; Rollup says so for every build.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    await bundle.write({ file: path.join(outDir, 'bundle.js'), format: 'iife' });
  } finally {
    await bundle.close();
  }
  return writeBundlePage(outDir);
}
