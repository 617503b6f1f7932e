// `import tasklocal from 'tasklocal/webpack'` → `plugins: [tasklocal()]`.
import type { WebpackPluginInstance } from 'webpack';
import { createPlugin, type TasklocalPluginOptions } from './unplugin.js';

export type { TasklocalPluginOptions };
// The same function by name, for CommonJS configs: `const { tasklocal } = require(…)`.
export { tasklocal };

/**
 * webpack plugin: a loader lowering native async functions to tasklocal's
 * coroutine(), over the app and node_modules alike.
 *
 * @example
 * // webpack.config.mjs
 * export default { entry: './src/main.ts', plugins: [tasklocal()] };
 */
export default function tasklocal(options?: TasklocalPluginOptions): WebpackPluginInstance {
  return createPlugin('webpack', options) as WebpackPluginInstance;
}
