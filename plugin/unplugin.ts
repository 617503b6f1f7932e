// The one plugin, written once for every bundler through unplugin. It lowers
// native async functions to tasklocal's coroutine() in app code and in
// dependencies, for builds and for Vite's dev server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFilter, type FilterPattern } from './file-filter.js';
import { cleanPath, lowerAsync } from './lower-async.js';
import { requirePeers } from './peers.js';
import {
  keepPrecompiledAsync,
  PRECOMPILED_ASYNC_HINT,
  type MagicStringClass,
  type Oxc,
} from './precompiled-async.js';
import { esbuildSetup, rollupHooks, viteResolve, webpackApply } from './resolve-from-app.js';

/** Options of every tasklocal bundler plugin. */
export interface TasklocalPluginOptions {
  /**
   * Files to lower (default: every .js, .jsx, .ts, .tsx, .mjs, .cjs, .mts, .cts module, node_modules
   * included). Globs are read from the bundler's root; only JavaScript-like modules are ever lowered.
   */
  include?: FilterPattern;
  /** Files to leave alone, besides zone.js, tasklocal itself and virtual modules, which are never lowered. */
  exclude?: FilterPattern;
}

/** A JavaScript-like module id: by extension, or by the `lang` query a framework puts on a block. */
const SCRIPT_LIKE = /\.[cm]?[jt]sx?(?:$|[?#])|[?&]lang[.=][jt]sx?(?:$|[&#?])/;
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

type Tool = 'vite' | 'rollup' | 'esbuild' | 'webpack' | 'rolldown';

interface Unplugin {
  createUnplugin: (
    factory: (options: TasklocalPluginOptions | undefined) => object,
  ) => Record<Tool, (options?: TasklocalPluginOptions) => unknown>;
}

/**
 * Creates `tool`'s plugin, loading unplugin, Oxc's parser and magic-string
 * now so that a missing one is reported by the call that needs it.
 */
export function createPlugin(tool: Tool, options: TasklocalPluginOptions = {}): unknown {
  const peers = requirePeers(tool);
  const { createUnplugin } = peers.unplugin as Unplugin;
  // Globs read from the bundler's root, set by each bundler's hook below before any module is transformed.
  let root = process.cwd();
  let accepts = fileFilter(options.include, options.exclude, NEVER, root);
  const setRoot = (dir: string | undefined): void => {
    if (dir === undefined || dir === root) return;
    root = dir;
    accepts = fileFilter(options.include, options.exclude, NEVER, root);
  };
  const oxc = peers['oxc-parser'] as Oxc;
  const magicString = peers['magic-string'] as MagicStringClass;

  const instance = createUnplugin(() => ({
    name: 'tasklocal',
    // 'post': the plugin lowers what the framework compilers and TypeScript
    // emitted (Vite, Rollup, webpack's post loader), so a type-checking loader
    // sees the sources as written. esbuild's onLoad still hands it raw
    // TypeScript or JSX, which the parser reads by the id's extension.
    enforce: 'post',
    transform: {
      // The cheap tests, run natively by Vite and rolldown: a JavaScript-like id (by extension or `lang`
      // query), never one of NEVER, and code that says `async` or names a compiler's async helper.
      // `accepts` then applies the user's globs.
      filter: { id: { include: [SCRIPT_LIKE], exclude: NEVER }, code: [/\basync\b/, PRECOMPILED_ASYNC_HINT] },
      handler(this: { warn(message: string): void }, code: string, id: string) {
        if (!accepts(id)) return null;
        // Helpers from tsc, Babel, SWC and esbuild in precompiled code (precompiled-async.ts), then native async.
        let helpers: ReturnType<typeof keepPrecompiledAsync> = null;
        try {
          helpers = keepPrecompiledAsync(oxc, magicString, code, id);
          return lowerAsync(helpers?.code ?? code, id) ?? helpers;
        } catch (error) {
          // A dependency the parser cannot read (Flow, say) stays as it is;
          // the app's own files must lower, so their errors stop the build.
          if (!/[\\/]node_modules[\\/]/.test(id)) throw error;
          this.warn(`left ${cleanPath(id)} as it is (it could not be parsed): ${String(error)}`);
          return helpers;
        }
      },
    },
    vite: {
      // Vite's dev server pre-bundles dependencies with rolldown before any
      // transform hook sees them: lower them there too.
      configResolved: (config: { root: string }) => setRoot(config.root),
      config: () => ({
        resolve: viteResolve,
        optimizeDeps: { rolldownOptions: { plugins: [instance.rolldown(options)] } },
      }),
    },
    // The coroutine() import added to a dependency resolves from the app (resolve-from-app.ts).
    rollup: rollupHooks(),
    esbuild: {
      setup(build: Parameters<typeof esbuildSetup>[0]) {
        setRoot(build.initialOptions.absWorkingDir);
        esbuildSetup(build);
      },
    },
    webpack(compiler: Parameters<typeof webpackApply>[0]) {
      setRoot(compiler.context);
      webpackApply(compiler);
    },
  }));
  return instance[tool](options);
}
