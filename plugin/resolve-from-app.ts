// A lowered dependency imports tasklocal's coroutine(), though the dependency
// does not depend on tasklocal itself. Where its real files cannot see the
// app's node_modules (a pnpm workspace with hoist=false, any store kept apart
// from the app), that import would not resolve. Each bundler is told to
// resolve `tasklocal`, imported from inside node_modules, as if the app
// imported it: the app's own copy, with the app's export conditions.
import path from 'node:path';

const TASKLOCAL = /^tasklocal$/;
const IN_NODE_MODULES = /[\\/]node_modules[\\/]/;

/** Whether `importer` is a dependency's file: the imports the plugin may have added without the package's say. */
const fromDependency = (importer: string | undefined): boolean =>
  importer !== undefined && IN_NODE_MODULES.test(importer);

/** Vite: `resolve.dedupe` resolves the listed packages from the project root, for every importer. */
export const viteResolve = { dedupe: ['tasklocal'] };

interface RollupContext {
  resolve(source: string, importer: string, options: object): Promise<unknown>;
}
type RollupInput = string | string[] | Record<string, string> | undefined;

/**
 * Rollup: a dependency's `tasklocal` resolves as the app's first entry
 * module would import it (Rollup has no project root; its inputs are the app).
 */
export function rollupHooks() {
  let appFile = path.join(process.cwd(), 'package.json');
  return {
    buildStart(options: { input?: RollupInput }): void {
      const { input } = options;
      const first =
        typeof input === 'string' ? input : Array.isArray(input) ? input[0] : Object.values(input ?? {})[0];
      if (first !== undefined) appFile = path.resolve(first);
    },
    resolveId(
      this: RollupContext,
      source: string,
      importer: string | undefined,
      options: object,
    ): Promise<unknown> | null {
      if (source !== 'tasklocal' || !fromDependency(importer)) return null;
      return this.resolve(source, appFile, { ...options, skipSelf: true });
    },
  };
}

interface EsbuildBuild {
  initialOptions: { absWorkingDir?: string };
  onResolve(
    options: { filter: RegExp },
    callback: (args: EsbuildResolveArgs) => Promise<object | undefined> | undefined,
  ): void;
  resolve(
    path: string,
    options: { kind: string; resolveDir: string; pluginData: unknown },
  ): Promise<{ errors: object[]; path: string; namespace: string; external: boolean; sideEffects: boolean }>;
}
interface EsbuildResolveArgs {
  path: string;
  importer: string;
  kind: string;
  pluginData: unknown;
}
const FROM_APP = Symbol('tasklocal resolved from the app');

/** esbuild: a dependency's `tasklocal` resolves from absWorkingDir, the app's directory. */
export function esbuildSetup(build: EsbuildBuild): void {
  build.onResolve({ filter: TASKLOCAL }, async (args) => {
    if (args.pluginData === FROM_APP || !fromDependency(args.importer)) return undefined;
    const resolveDir = build.initialOptions.absWorkingDir ?? process.cwd();
    const result = await build.resolve(args.path, { kind: args.kind, resolveDir, pluginData: FROM_APP });
    if (result.errors.length > 0) return { errors: result.errors };
    const { path: file, namespace, external, sideEffects } = result;
    return { path: file, namespace, external, sideEffects };
  });
}

interface WebpackCompiler {
  context: string;
  hooks: {
    normalModuleFactory: {
      tap(name: string, callback: (factory: WebpackModuleFactory) => void): void;
    };
  };
}
interface WebpackModuleFactory {
  hooks: {
    beforeResolve: {
      tap(name: string, callback: (data: { request: string; context: string }) => void): void;
    };
  };
}

/** webpack: a dependency's `tasklocal` resolves from the compiler's context, the app's directory. */
export function webpackApply(compiler: WebpackCompiler): void {
  compiler.hooks.normalModuleFactory.tap('tasklocal', (factory) => {
    factory.hooks.beforeResolve.tap('tasklocal', (data) => {
      if (data.request === 'tasklocal' && fromDependency(data.context + path.sep))
        data.context = compiler.context;
    });
  });
}
