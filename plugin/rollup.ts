// `import tasklocal from 'tasklocal/rollup'` → `plugins: [tasklocal()]`.
import type { Plugin } from 'rollup';
import { createPlugin, type TasklocalPluginOptions } from './unplugin.js';

export type { TasklocalPluginOptions };
// The same function by name, for CommonJS configs: `const { tasklocal } = require(…)`.
export { tasklocal };

/**
 * Rollup plugin lowering native async functions to tasklocal's coroutine(),
 * in the app and in whatever node_modules code Rollup bundles.
 *
 * @example
 * // rollup.config.mjs
 * export default { input: 'src/main.ts', plugins: [tasklocal(), nodeResolve()] };
 */
export default function tasklocal(options?: TasklocalPluginOptions): Plugin {
  return createPlugin('rollup', options) as Plugin;
}
