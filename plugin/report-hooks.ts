// Each bundler's way to the build-time report (report.ts): the hook that
// runs once the output exists, where it finds the emitted modules and the
// externals, and how it raises a warning or an error.
import path from 'node:path';
import fs from 'node:fs';
import type { Babel } from './lower-async.js';
import { BuildReport } from './report.js';
import { findNativeAsync } from './report-scan.js';

/** What every report hook needs: the parser, and whether the report is an error. */
export interface ReportSettings {
  babel: Babel;
  strict: boolean;
}

interface RollupChunk {
  type: 'chunk' | 'asset';
  modules?: Record<string, { code: string | null }>;
}
interface RollupContext {
  getModuleIds(): Iterable<string>;
  getModuleInfo(id: string): { isExternal: boolean } | null;
  warn(message: string): void;
  error(message: string): never;
}

/**
 * Rollup and Vite (Rollup or Rolldown): generateBundle reads each chunk's
 * modules as rendered into it, and the module graph's externals.
 */
export function rollupReport(settings: ReportSettings, rootOf: () => string) {
  return function generateBundle(this: RollupContext, _output: unknown, bundle: Record<string, RollupChunk>) {
    const report = new BuildReport(rootOf());
    for (const file of Object.values(bundle)) {
      for (const [id, rendered] of Object.entries(file.type === 'chunk' ? (file.modules ?? {}) : {})) {
        report.addModule(
          id,
          rendered.code === null ? 0 : findNativeAsync(settings.babel, rendered.code)?.length,
        );
      }
    }
    for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isExternal) report.addExternal(id);
    const message = report.message();
    if (message === undefined) return;
    if (settings.strict) this.error(message);
    else this.warn(message);
  };
}

interface EsbuildMetafile {
  inputs: Record<string, unknown>;
  outputs: Record<
    string,
    { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[] }
  >;
}
interface EsbuildBuild {
  initialOptions: { absWorkingDir?: string; metafile?: boolean };
  onEnd(
    callback: (result: {
      metafile?: EsbuildMetafile;
      outputFiles?: { path: string; text: string }[];
      errors: object[];
    }) => { errors?: object[]; warnings?: object[] } | undefined,
  ): void;
}

/**
 * esbuild: asks for the metafile, then reads each JavaScript output. Without
 * minification esbuild marks each module's code with a `// path` comment;
 * each async function is named by the last one before it (minified output
 * is named by its own file).
 */
export function esbuildReport(settings: ReportSettings, build: EsbuildBuild): void {
  build.initialOptions.metafile = true;
  const root = build.initialOptions.absWorkingDir ?? process.cwd();
  build.onEnd((result) => {
    if (result.errors.length > 0 || result.metafile === undefined) return undefined;
    const report = new BuildReport(root);
    for (const [output, { inputs, imports }] of Object.entries(result.metafile.outputs)) {
      for (const input of Object.keys(inputs)) report.addBundledId(path.resolve(root, input));
      for (const { path: imported, external } of imports) if (external) report.addExternal(imported);
      if (!/\.[cm]?js$/.test(output)) continue;
      const file = path.resolve(root, output);
      const code =
        result.outputFiles?.find((written) => written.path === file)?.text ?? fs.readFileSync(file, 'utf8');
      const starts = findNativeAsync(settings.babel, code);
      if (starts === undefined) report.addModule(file, undefined);
      else for (const start of starts) report.addModule(moduleAt(code, start, inputs, root) ?? file, 1);
    }
    const message = report.message();
    if (message === undefined) return undefined;
    return settings.strict ? { errors: [{ text: message }] } : { warnings: [{ text: message }] };
  });
}

/** The input whose `// path` marker comes last before `offset` in esbuild's output. */
function moduleAt(code: string, offset: number, inputs: Record<string, unknown>, root: string) {
  const marker = /^\s*\/\/ (\S+)$/gm;
  let found: string | undefined;
  for (let match = marker.exec(code); match !== null && match.index < offset; match = marker.exec(code)) {
    if (match[1] in inputs) found = path.resolve(root, match[1]);
  }
  return found;
}

interface WebpackModule {
  resource?: string;
  userRequest?: string;
  externalType?: string;
  modules?: Iterable<WebpackModule>;
  originalSource(): { source(): string | Buffer } | null;
}
interface WebpackCompilation {
  modules: Iterable<WebpackModule>;
  chunkGraph: { getNumberOfModuleChunks(module: WebpackModule): number };
  warnings: Error[];
  errors: Error[];
}
interface WebpackCompiler {
  context: string;
  hooks: { afterCompile: { tap(name: string, callback: (compilation: WebpackCompilation) => void): void } };
  webpack?: { WebpackError: new (message: string) => Error };
}

/**
 * webpack: once compiled, reads each module in a chunk (inside concatenated
 * ones too) as its loaders, this plugin's last, left it, and the externals.
 */
export function webpackReport(settings: ReportSettings, compiler: WebpackCompiler): void {
  compiler.hooks.afterCompile.tap('tasklocal', (compilation) => {
    const report = new BuildReport(compiler.context);
    for (const outer of compilation.modules) {
      if (compilation.chunkGraph.getNumberOfModuleChunks(outer) === 0) continue;
      for (const module of outer.modules ?? [outer]) {
        if (module.externalType !== undefined) {
          if (module.userRequest !== undefined) report.addExternal(module.userRequest);
        } else if (module.resource !== undefined) {
          const source = module.originalSource()?.source();
          const code = typeof source === 'string' ? source : (source?.toString('utf8') ?? '');
          report.addModule(module.resource, findNativeAsync(settings.babel, code)?.length);
        }
      }
    }
    const message = report.message();
    if (message === undefined) return;
    const error = new (compiler.webpack?.WebpackError ?? Error)(message);
    (settings.strict ? compilation.errors : compilation.warnings).push(error);
  });
}
