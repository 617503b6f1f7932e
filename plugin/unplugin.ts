// The one plugin, written once for every bundler through unplugin. It lowers
// native async functions to tasklocal's coroutine() in app code and in
// dependencies, for builds and for Vite's dev server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPath, lowerAsync, type Babel } from './lower-async.js';
import { requirePeers } from './peers.js';
import {
  keepPrecompiledAsync,
  PRECOMPILED_ASYNC_HINT,
  type MagicStringClass,
  type Oxc,
} from './precompiled-async.js';
import { esbuildSetup, rollupHooks, viteResolve, webpackApply } from './resolve-from-app.js';

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
  const oxc = peers['oxc-parser'] as Oxc;
  const magicString = peers['magic-string'] as MagicStringClass;

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
        // The cheap test: no parse for files that can hold neither an async function nor a compiler's async helper.
        code: [/\basync\b/, PRECOMPILED_ASYNC_HINT],
      },
      handler(this: { warn(message: string): void }, code: string, id: string) {
        // Helpers from tsc, Babel, SWC and esbuild in precompiled code (precompiled-async.ts), then native async.
        const helpers = keepPrecompiledAsync(oxc, magicString, code, id);
        try {
          return lowerAsync(babel, asyncToGenerator, helpers?.code ?? code, id) ?? helpers;
        } catch (error) {
          // A dependency Babel cannot read (Flow, say) stays as it is; the
          // app's own files must lower, so their errors stop the build.
          if (!/[\\/]node_modules[\\/]/.test(id)) throw error;
          this.warn(`left ${cleanPath(id)} as it is (Babel could not parse it): ${String(error)}`);
          return helpers;
        }
      },
    },
    vite: {
      // Vite's dev server pre-bundles dependencies with rolldown before any
      // transform hook sees them: lower them there too.
      config: () => ({
        resolve: viteResolve,
        optimizeDeps: { rolldownOptions: { plugins: [instance.rolldown(options)] } },
      }),
    },
    // The coroutine() import added to a dependency resolves from the app (resolve-from-app.ts).
    rollup: rollupHooks(),
    esbuild: { setup: esbuildSetup },
    webpack: webpackApply,
  }));
  return instance[tool](options);
}
