// `import tasklocal from 'tasklocal/esbuild'` → `plugins: [tasklocal()]`.
import type { Plugin } from 'esbuild';
import { createPlugin, type TasklocalPluginOptions } from './unplugin.js';

export type { TasklocalPluginOptions };
// The same function by name, for CommonJS configs: `const { tasklocal } = require(…)`.
export { tasklocal };

/**
 * esbuild plugin lowering native async functions to tasklocal's coroutine(),
 * in the app and in the node_modules code esbuild bundles.
 *
 * @example
 * // build.mjs
 * await esbuild.build({ entryPoints: ['src/main.ts'], bundle: true, plugins: [tasklocal()] });
 */
export default function tasklocal(options?: TasklocalPluginOptions): Plugin {
  return createPlugin('esbuild', options) as Plugin;
}
