// `import tasklocal from 'tasklocal/vite'` → `plugins: [tasklocal()]`.
import type { Plugin } from 'vite';
import { createPlugin, type TasklocalPluginOptions } from './unplugin.js';

export type { TasklocalPluginOptions };
// The same function by name, for CommonJS configs: `const { tasklocal } = require(…)`.
export { tasklocal };

/**
 * Vite plugin lowering native async functions to tasklocal's coroutine(), in
 * the app and its dependencies, in `vite dev` and `vite build`.
 *
 * @example
 * // vite.config.ts
 * export default defineConfig({ plugins: [tasklocal()] });
 */
export default function tasklocal(options?: TasklocalPluginOptions): Plugin {
  return createPlugin('vite', options) as Plugin;
}
