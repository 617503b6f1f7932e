// The four bundlers as the build-time report tests run them: each builds the
// toolchain app's src/main.ts and returns what the tasklocal plugin said, its
// warnings and (when the build failed) its error, instead of a page.
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';

const typescriptLoader = fileURLToPath(new URL('builds/ts-loader.cjs', import.meta.url));
const fromTasklocal = (messages) => messages.filter((message) => message.includes('tasklocal:'));

/** Runs `build(warnings)`; returns { warnings, error } with tasklocal's messages only. */
async function said(build) {
  const warnings = [];
  try {
    await build(warnings);
    return { warnings: fromTasklocal(warnings), error: undefined };
  } catch (error) {
    return { warnings: fromTasklocal(warnings), error: String(error.message ?? error) };
  }
}

const out = (dir, name) => path.join(dir, 'out', `report-${name}`);

export const REPORT_BUILDS = {
  'Vite build': (dir, name, plugins, { external } = {}) =>
    said((warnings) =>
      viteBuild({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        plugins,
        build: {
          outDir: out(dir, name),
          emptyOutDir: true,
          rollupOptions: { external, onwarn: (warning) => warnings.push(warning.message) },
        },
      }),
    ),
  Rollup: (dir, name, plugins, { external } = {}) =>
    said(async (warnings) => {
      const bundle = await rollup({
        input: path.join(dir, 'src/main.ts'),
        plugins: [
          nodeResolve({ browser: true, rootDir: dir }),
          typescript({ tsconfig: path.join(dir, 'tsconfig.json'), filterRoot: dir }),
          ...plugins,
        ],
        external,
        onwarn: (warning) => warnings.push(warning.message),
      });
      try {
        await bundle.write({ file: path.join(out(dir, name), 'bundle.js'), format: 'es' });
      } finally {
        await bundle.close();
      }
    }),
  webpack: (dir, name, plugins, { external = [] } = {}) =>
    said(async (warnings) => {
      const compiler = webpack({
        mode: 'production',
        context: dir,
        entry: './src/main.ts',
        output: { path: out(dir, name), filename: 'bundle.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: { rules: [{ test: /\.ts$/, loader: typescriptLoader }] },
        externals: Object.fromEntries(external.map((id) => [id, 'globalThis.external'])),
        plugins,
      });
      const stats = await new Promise((resolve, reject) =>
        compiler.run((error, result) => (error ? reject(error) : resolve(result))),
      );
      await new Promise((resolve) => compiler.close(resolve));
      warnings.push(...stats.compilation.warnings.map((warning) => warning.message));
      if (stats.hasErrors())
        throw new Error(stats.compilation.errors.map((error) => error.message).join('\n'));
    }),
  esbuild: (dir, name, plugins, options = {}) =>
    said(async (warnings) => {
      try {
        const result = await esbuild.build({
          absWorkingDir: dir,
          entryPoints: ['src/main.ts'],
          bundle: true,
          format: 'iife',
          outfile: path.join(out(dir, name), 'bundle.js'),
          logLevel: 'silent',
          plugins,
          ...options,
        });
        warnings.push(...result.warnings.map((warning) => warning.text));
      } catch (error) {
        warnings.push(...(error.warnings ?? []).map((warning) => warning.text));
        const text = (error.errors ?? []).map((message) => message.text).join('\n');
        throw new Error(text || error.message, { cause: error });
      }
    }),
};
