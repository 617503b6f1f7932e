// The one plugin, written once for every bundler through unplugin. It lowers
// native async functions to tasklocal's coroutine() in app code and in
// dependencies, for builds and for Vite's dev server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFilter, type FilterPattern } from './file-filter.js';
import { cleanPath, lowerAsyncOffThread } from './lower-async.js';
import { requirePeers } from './peers.js';
import {
  keepPrecompiledAsync,
  PRECOMPILED_ASYNC_HINT,
  type MagicStringClass,
  type Oxc,
} from './precompiled-async.js';
import { esbuildSetup, rollupHooks, webpackApply } from './resolve-from-app.js';
import { esbuildReport, rollupReport, webpackReport } from './report-hooks.js';
import { oxcParser } from './report-scan.js';
import { viteConfig } from './vite-config.js';
import { vitestConfig } from './vitest-deps.js';

/** Options of every tasklocal bundler plugin. */
export interface TasklocalPluginOptions {
  /**
   * Files to lower (default: every .js, .jsx, .ts, .tsx, .mjs, .cjs, .mts, .cts module, node_modules
   * included, and Vue and Svelte components as their compilers emit them). Globs are read from the
   * bundler's root; only JavaScript-like modules are ever lowered.
   */
  include?: FilterPattern;
  /** Files to leave alone, besides zone.js, tasklocal itself and virtual modules, which are never lowered. */
  exclude?: FilterPattern;
  /**
   * After bundling, native async functions left in the output, and externals
   * the plugin cannot lower on an engine that needs lowering, are reported as
   * a warning; `strict: true` makes the report an error that fails the build.
   */
  strict?: boolean;
}

/**
 * The modules that hold scripts: JavaScript-like ids by extension or by the `lang` query a framework puts
 * on a block (`App.vue?vue&type=script&setup=true&lang.ts`), and Vue and Svelte components themselves,
 * never their style blocks (`App.vue?vue&type=style…&lang.css`, `App.svelte?svelte&type=style…`).
 */
const SCRIPT_LIKE = /\.[cm]?[jt]sx?(?:$|[?#])|[?&]lang[.=][jt]sx?(?:$|[&#?])|\.(?:vue|svelte)$/;
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
  /[\\/]node_modules[\\/]vite[^\\/]*[\\/]dist[\\/]client[\\/]/, // vite, or an alias such as vite7
  /^\/@vite\//,
  /[\\/]node_modules[\\/]webpack-dev-server[\\/]client[\\/]/,
  /[\\/]node_modules[\\/]webpack[\\/]hot[\\/]/,
];

/** Marks the instance Vite 7 runs inside its esbuild pre-bundle. */
const PREBUNDLE = Symbol('tasklocal in Vite 7 pre-bundling');
type InstanceOptions = TasklocalPluginOptions & { [PREBUNDLE]?: boolean };

type Tool = 'vite' | 'rollup' | 'esbuild' | 'webpack' | 'rolldown';

interface Unplugin {
  createUnplugin: (
    factory: (options: InstanceOptions | undefined) => object,
  ) => Record<Tool, (options?: InstanceOptions) => unknown>;
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

  const report = { parse: oxcParser(oxc), strict: options.strict === true };

  const instance = createUnplugin((factoryOptions) => ({
    name: 'tasklocal',
    // 'post': the plugin lowers what the framework compilers (Vue, Svelte) and TypeScript emitted (Vite,
    // Rollup, webpack's post loader), in whatever order the user lists the plugins, so a type-checking
    // loader sees the sources as written. esbuild's onLoad still hands it raw TypeScript or JSX, which the
    // parser reads by the id's extension.
    enforce: 'post',
    transform: {
      // The cheap tests, run natively by Vite and rolldown: a script-like id, never one of NEVER, and code
      // that says `async` or names a compiler's async helper. `accepts` then applies the user's globs.
      filter: { id: { include: [SCRIPT_LIKE], exclude: NEVER }, code: [/\basync\b/, PRECOMPILED_ASYNC_HINT] },
      async handler(this: { warn(message: string): void }, code: string, id: string) {
        if (!accepts(id)) return null;
        // Helpers from tsc, Babel, SWC and esbuild in precompiled code (precompiled-async.ts), then native async.
        let helpers: ReturnType<typeof keepPrecompiledAsync> = null;
        try {
          helpers = keepPrecompiledAsync(oxc, magicString, code, id);
          return (await lowerAsyncOffThread(helpers?.code ?? code, id)) ?? helpers;
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
      // Vite's dev server pre-bundles dependencies before any transform hook
      // sees them (Vite 7 with esbuild, Vite 8 with Rolldown): lower them there too.
      // Vitest leaves dependencies to Node unless told to run them through Vite (vitest-deps.ts).
      config(this: { meta?: { viteVersion?: string } }) {
        const prebundle = viteConfig(this?.meta?.viteVersion, {
          esbuild: () => instance.esbuild({ ...options, [PREBUNDLE]: true }),
          rolldown: () => instance.rolldown(options),
        });
        return { ...prebundle, ...vitestConfig() };
      },
      configResolved(config: { root: string }) {
        setRoot(config.root);
      },
      generateBundle: rollupReport(report, () => root),
    },
    // The coroutine() import added to a dependency resolves from the app (resolve-from-app.ts).
    // After bundling, the report says what escaped lowering (report.ts).
    rollup: { ...rollupHooks(), generateBundle: rollupReport(report, () => root) },
    // Inside Vite's esbuild pre-bundle, Vite's own resolver (resolve.dedupe) finds tasklocal, and no report is made.
    esbuild: factoryOptions?.[PREBUNDLE]
      ? {}
      : {
          setup(build: Parameters<typeof esbuildSetup>[0] & Parameters<typeof esbuildReport>[1]) {
            setRoot(build.initialOptions.absWorkingDir);
            esbuildSetup(build);
            esbuildReport(report, build);
          },
        },
    webpack(compiler: Parameters<typeof webpackApply>[0] & Parameters<typeof webpackReport>[1]) {
      setRoot(compiler.context);
      webpackApply(compiler);
      webpackReport(report, compiler);
    },
  }));
  return instance[tool](options);
}
