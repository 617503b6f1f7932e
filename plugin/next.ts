// `tasklocal/next`: withTasklocal(nextConfig) puts tasklocal/loader on the
// browser compilation of a Next.js app, for both of its bundlers: a
// `turbopack.rules` entry (Turbopack, Next.js 16's default) and a webpack
// rule (`next build --webpack`). Only the browser needs lowering: the server
// runs tasklocal on AsyncLocalStorage, which follows native await. Next.js's
// own runtime is never lowered.

/** The parts of a Next.js config this reads and extends. */
export interface NextConfigLike {
  turbopack?: { rules?: Record<string, unknown> } & Record<string, unknown>;
  webpack?: ((config: WebpackConfigLike, context: WebpackContextLike) => WebpackConfigLike) | null;
  [key: string]: unknown;
}
interface WebpackConfigLike {
  module?: { rules?: unknown[] };
  [key: string]: unknown;
}
interface WebpackContextLike {
  isServer: boolean;
  [key: string]: unknown;
}

/** The loader, as both bundlers resolve it from the app. */
const LOADER = 'tasklocal/loader';
/** Every script file Turbopack reads, app and node_modules alike. */
export const TURBOPACK_SCRIPT_GLOB = '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}';
const SCRIPT_FILES = /\.[cm]?[jt]sx?$/;
/** Next.js's runtime, zone.js and tasklocal: never lowered. */
const NEVER_LOWERED = /[\\/]node_modules[\\/](?:next|@next[\\/][^\\/]+|zone\.js|tasklocal)[\\/]/;

/** The Turbopack rule: tasklocal/loader on browser code, Next.js's runtime left out before the loader is even called. */
const turbopackRule = {
  loaders: [LOADER],
  condition: { all: ['browser', { not: { path: NEVER_LOWERED } }] },
};

/** Adds the rule to the app's own rules for the same files, if it has any. */
function withRule(existing: unknown): unknown[] {
  if (existing === undefined) return [turbopackRule];
  return [...(Array.isArray(existing) ? (existing as unknown[]) : [existing]), turbopackRule];
}

/**
 * Returns `config` with tasklocal/loader on the browser compilation, for
 * Turbopack (`next dev`, `next build`) and webpack (`--webpack`); the app's
 * own `turbopack.rules` and `webpack()` are kept.
 *
 * @example
 * // next.config.mjs
 * import { withTasklocal } from 'tasklocal/next';
 * export default withTasklocal({});
 */
export function withTasklocal<T extends NextConfigLike>(config: T = {} as T): T {
  const rules = { ...config.turbopack?.rules };
  rules[TURBOPACK_SCRIPT_GLOB] = withRule(rules[TURBOPACK_SCRIPT_GLOB]);
  const appWebpack = config.webpack;
  return {
    ...config,
    turbopack: { ...config.turbopack, rules },
    webpack(webpackConfig: WebpackConfigLike, context: WebpackContextLike): WebpackConfigLike {
      const result = appWebpack ? appWebpack(webpackConfig, context) : webpackConfig;
      if (!context.isServer) {
        result.module ??= {};
        result.module.rules ??= [];
        // 'pre': the loader reads the sources, as Turbopack's rule does.
        const rule = { test: SCRIPT_FILES, exclude: NEVER_LOWERED, enforce: 'pre', use: [LOADER] };
        result.module.rules.push(rule);
      }
      return result;
    },
  };
}

export default withTasklocal;
