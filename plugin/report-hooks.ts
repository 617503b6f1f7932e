// Each bundler's way to the build-time report (report.ts): the hook that
// runs once the output exists, where it finds the emitted modules and the
// externals, and how it raises a warning or an error.
import path from 'node:path';
import fs from 'node:fs';
import { BuildReport } from './report.js';
import { findNativeAsync, type ParseOutput } from './report-scan.js';
import { positionOf, sourceLookup } from './report-sourcemap.js';

/** What every report hook needs: the parser, and whether the report is an error. */
export interface ReportSettings {
  parse: ParseOutput;
  strict: boolean;
}

interface RollupChunk {
  type: 'chunk' | 'asset';
  modules?: Record<string, { code: string | null }>;
  imports?: string[];
  dynamicImports?: string[];
}
interface RollupContext {
  warn(message: string): void;
  error(message: string): never;
}

/**
 * Rollup and Vite (Rollup or Rolldown): generateBundle reads each chunk's
 * modules as rendered into it, and the externals the chunks import.
 */
export function rollupReport(settings: ReportSettings, rootOf: () => string) {
  return function generateBundle(this: RollupContext, _output: unknown, bundle: Record<string, RollupChunk>) {
    const report = new BuildReport(rootOf());
    for (const file of Object.values(bundle)) {
      for (const [id, rendered] of Object.entries(file.type === 'chunk' ? (file.modules ?? {}) : {})) {
        report.addModule(
          id,
          rendered.code === null ? 0 : findNativeAsync(settings.parse, rendered.code)?.length,
        );
      }
    }
    // A chunk's imports are other chunks' file names or external modules (Rolldown's
    // getModuleInfo does not say isExternal, so the chunks' imports are the fact used).
    for (const file of Object.values(bundle)) {
      for (const imported of [...(file.imports ?? []), ...(file.dynamicImports ?? [])])
        if (!(imported in bundle)) report.addExternal(imported);
    }
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
 * esbuild: asks for the metafile, then reads each JavaScript output back. Each
 * async function is named by the output's source map when it has one, else
 * by the `// path` comment esbuild puts before each module's code when not
 * minifying, else by the output file itself.
 */
export function esbuildReport(settings: ReportSettings, build: EsbuildBuild): void {
  build.initialOptions.metafile = true;
  const root = build.initialOptions.absWorkingDir ?? process.cwd();
  build.onEnd((result) => {
    if (result.errors.length > 0 || result.metafile === undefined) return undefined;
    const { outputs } = result.metafile;
    const read = (file: string) =>
      result.outputFiles?.find((written) => written.path === file)?.text ?? fs.readFileSync(file, 'utf8');
    const report = new BuildReport(root);
    for (const [output, { inputs, imports }] of Object.entries(outputs)) {
      for (const input of Object.keys(inputs)) report.addBundledId(path.resolve(root, input));
      for (const { path: imported, external } of imports) if (external) report.addExternal(imported);
      if (!/\.[cm]?js$/.test(output)) continue;
      const file = path.resolve(root, output);
      const code = read(file);
      const starts = findNativeAsync(settings.parse, code);
      if (starts === undefined) {
        report.addModule(file, undefined);
        continue;
      }
      const mapFile = `${output}.map` in outputs ? `${file}.map` : undefined;
      const fromMap = mapFile === undefined ? undefined : sourceLookup(JSON.parse(read(mapFile)) as never);
      for (const start of starts) {
        const source = fromMap?.(...positionOf(code, start));
        const named =
          source === undefined
            ? moduleAt(code, start, inputs, root)
            : path.resolve(path.dirname(file), source);
        report.addModule(named ?? file, 1);
      }
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
          report.addModule(module.resource, findNativeAsync(settings.parse, code)?.length);
        }
      }
    }
    const message = report.message();
    if (message === undefined) return;
    const error = new (compiler.webpack?.WebpackError ?? Error)(message);
    (settings.strict ? compilation.errors : compilation.warnings).push(error);
  });
}
