// The one plugin, written once for every bundler through unplugin. It lowers
// native async functions to tasklocal's coroutine() in app code and in
// dependencies, for builds and for Vite's dev server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPath, lowerAsync, type Babel } from './lower-async.js';
import { requirePeers } from './peers.js';
import { esbuildSetup, rollupHooks, viteResolve, webpackApply } from './resolve-from-app.js';
import { vitestConfig } from './vitest-deps.js';

type FilterPattern = string | RegExp | ReadonlyArray<string | RegExp>;

/** Options of every tasklocal bundler plugin. */
export interface TasklocalPluginOptions {
  /** Files to lower (default: every .js, .jsx, .ts, .tsx, .mjs, .cjs, .mts, .cts file, node_modules included). */
  include?: FilterPattern;
  /** Files to leave alone, besides zone.js, tasklocal itself and virtual modules, which are never lowered. */
  exclude?: FilterPattern;
}

const SCRIPT_FILES = /\.[cm]?[jt]sx?(?:$|[?#])/;
/** tasklocal's dist/ (this file is built to dist/plugin/), wherever it is linked from. */
const OWN_DIST = path.dirname(path.dirname(fileURLToPath(import.meta.url))) + path.sep;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NEVER = [
  /^\0/, // virtual modules
  /[\\/]node_modules[\\/]zone\.js[\\/]/,
  /[\\/]node_modules[\\/]tasklocal[\\/]/,
  new RegExp(`^${escape(OWN_DIST)}`),
  /[\\/]node_modules[\\/]\.vite[\\/]/, // Vite's pre-bundled deps: lowered while they were bundled
  // Dev-server clients run before the app loads zone.js, and have no tasks to keep.
  /[\\/]node_modules[\\/]vite[\\/]dist[\\/]client[\\/]/,
  /^\/@vite\//,
  /[\\/]node_modules[\\/]webpack-dev-server[\\/]client[\\/]/,
  /[\\/]node_modules[\\/]webpack[\\/]hot[\\/]/,
];

const list = (pattern: FilterPattern | undefined): Array<string | RegExp> =>
  pattern === undefined
    ? []
    : typeof pattern === 'string' || pattern instanceof RegExp
      ? [pattern]
      : [...pattern];

type Tool = 'vite' | 'rollup' | 'esbuild' | 'webpack' | 'rolldown';

interface Unplugin {
  createUnplugin: (
    factory: (options: TasklocalPluginOptions | undefined) => object,
  ) => Record<Tool, (options?: TasklocalPluginOptions) => unknown>;
}

/**
 * Creates `tool`'s plugin, loading unplugin and Babel now so that a missing
 * one is reported by the call that needs it.
 */
export function createPlugin(tool: Tool, options: TasklocalPluginOptions = {}): unknown {
  const peers = requirePeers(tool);
  const { createUnplugin } = peers.unplugin as Unplugin;
  const babel = peers['@babel/core'] as Babel;
  const asyncToGenerator = peers['@babel/plugin-transform-async-to-generator'];

  const instance = createUnplugin(() => ({
    name: 'tasklocal',
    // 'pre': the plugin sees each file as its author wrote it, before Vite's
    // Oxc (or another tool's TypeScript/JSX step) rewrites it. That is the
    // same input esbuild's onLoad and webpack's first loader give, so every
    // bundler runs one code path, and the source maps point at the sources.
    enforce: 'pre',
    transform: {
      filter: {
        id: {
          include: options.include ? list(options.include) : [SCRIPT_FILES],
          exclude: [...NEVER, ...list(options.exclude)],
        },
        code: /\basync\b/, // the cheap test: no Babel parse for files that cannot hold an async function
      },
      handler(this: { warn(message: string): void }, code: string, id: string) {
        try {
          return lowerAsync(babel, asyncToGenerator, code, id);
        } catch (error) {
          // A dependency Babel cannot read (Flow, say) stays as it is; the
          // app's own files must lower, so their errors stop the build.
          if (!/[\\/]node_modules[\\/]/.test(id)) throw error;
          this.warn(`left ${cleanPath(id)} as it is (Babel could not parse it): ${String(error)}`);
          return null;
        }
      },
    },
    vite: {
      // Vite's dev server pre-bundles dependencies with rolldown before any
      // transform hook sees them: lower them there too. Vitest leaves
      // dependencies to Node unless told to run them through Vite (vitest-deps.ts).
      config: () => ({
        resolve: viteResolve,
        optimizeDeps: { rolldownOptions: { plugins: [instance.rolldown(options)] } },
        ...vitestConfig(),
      }),
    },
    // The coroutine() import added to a dependency resolves from the app (resolve-from-app.ts).
    rollup: rollupHooks(),
    esbuild: { setup: esbuildSetup },
    webpack: webpackApply,
  }));
  return instance[tool](options);
}
