// The one plugin, written once for every bundler through unplugin. It lowers
// native async functions to tasklocal's coroutine() in app code and in
// dependencies, for builds and for Vite's dev server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPath, lowerAsync, type Babel } from './lower-async.js';
import { requirePeers } from './peers.js';
import { esbuildSetup, rollupHooks, webpackApply } from './resolve-from-app.js';
import { esbuildReport, rollupReport, webpackReport } from './report-hooks.js';
import { babelParser } from './report-scan.js';
import { viteConfig } from './vite-config.js';

type FilterPattern = string | RegExp | ReadonlyArray<string | RegExp>;

/** Options of every tasklocal bundler plugin. */
export interface TasklocalPluginOptions {
  /**
   * Files to lower (default: every .js, .jsx, .ts, .tsx, .mjs, .cjs, .mts, .cts
   * file, node_modules included, and Vue and Svelte components as their
   * compilers emit them).
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
 * The modules that hold scripts: JavaScript and TypeScript files (a Vue
 * sub-module such as `App.vue?vue&type=script&setup=true&lang.ts` ends in
 * one), and Vue and Svelte components themselves, never their style blocks
 * (`App.vue?vue&type=style…&lang.css`, `App.svelte?svelte&type=style…`).
 */
const SCRIPT_MODULES = [/\.[cm]?[jt]sx?(?:$|[?#])/, /\.(?:vue|svelte)$/, /\.vue\?vue&type=script\b/];
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
 * Creates `tool`'s plugin, loading unplugin and Babel now so that a missing
 * one is reported by the call that needs it.
 */
export function createPlugin(tool: Tool, options: TasklocalPluginOptions = {}): unknown {
  const peers = requirePeers(tool);
  const { createUnplugin } = peers.unplugin as Unplugin;
  const babel = peers['@babel/core'] as Babel;
  const asyncToGenerator = peers['@babel/plugin-transform-async-to-generator'];

  const report = { parse: babelParser(babel), strict: options.strict === true };
  let viteRoot = process.cwd();

  const instance = createUnplugin((factoryOptions) => ({
    name: 'tasklocal',
    // 'post': the plugin lowers what Vue's and Svelte's compilers and Vite's
    // Oxc emit, JavaScript whatever the source language, in whatever order
    // the user lists the plugins. (esbuild's onLoad and Rollup's plugin order
    // may still hand it TypeScript: the file's extension says which.)
    enforce: 'post',
    transform: {
      filter: {
        id: {
          include: options.include ? list(options.include) : SCRIPT_MODULES,
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
      // Vite's dev server pre-bundles dependencies before any transform hook
      // sees them (Vite 7 with esbuild, Vite 8 with Rolldown): lower them there too.
      config(this: { meta?: { viteVersion?: string } }) {
        return viteConfig(this?.meta?.viteVersion, {
          esbuild: () => instance.esbuild({ ...options, [PREBUNDLE]: true }),
          rolldown: () => instance.rolldown(options),
        });
      },
      configResolved(config: { root: string }) {
        viteRoot = config.root;
      },
      generateBundle: rollupReport(report, () => viteRoot),
    },
    // The coroutine() import added to a dependency resolves from the app (resolve-from-app.ts).
    // After bundling, the report says what escaped lowering (report.ts).
    rollup: { ...rollupHooks(), generateBundle: rollupReport(report, () => process.cwd()) },
    // Inside Vite's esbuild pre-bundle, Vite's own resolver (resolve.dedupe) finds tasklocal, and no report is made.
    esbuild: factoryOptions?.[PREBUNDLE]
      ? {}
      : {
          setup(build: Parameters<typeof esbuildSetup>[0] & Parameters<typeof esbuildReport>[1]) {
            esbuildSetup(build);
            esbuildReport(report, build);
          },
        },
    webpack(compiler: Parameters<typeof webpackApply>[0] & Parameters<typeof webpackReport>[1]) {
      webpackApply(compiler);
      webpackReport(report, compiler);
    },
  }));
  return instance[tool](options);
}
