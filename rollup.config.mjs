// Builds dist/ from the one source tree: ESM, CJS, UMD (plain and minified)
// and a single bundled .d.ts. zone.js is never bundled: tasklocal reads the
// global Zone at first use.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import path from 'node:path';
import { dts } from 'rollup-plugin-dts';

const input = 'src/index.ts';
const ts = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src' });
const minify = () => terser({ compress: { passes: 2 }, format: { comments: false } });

// The browser builds (the `browser` export condition, UMD) take als-engine.browser.ts
// in place of the AsyncLocalStorage engine, which no browser can use.
const forBrowsers = () => ({
  name: 'tasklocal-browser-engines',
  resolveId(source, importer) {
    if (source === './als-engine.js' && importer?.includes(`${path.sep}src${path.sep}`)) {
      return path.resolve('src/als-engine.browser.ts');
    }
    return null;
  },
});

// The bundler plugins (plugin/): build-time code for Node, one self-contained
// file per tool and format. Their peers and Node's builtins stay imports.
const pluginTools = ['vite', 'rollup', 'esbuild', 'webpack', 'jest', 'loader', 'next'];
const pluginExternal = (id) =>
  /^(node:|unplugin$|oxc-parser$|magic-string$|tasklocal$|vite$|rollup$|esbuild$|webpack$)/.test(id);
const pluginTs = () => typescript({ tsconfig: './plugin/tsconfig.json', declaration: false });
// tasklocal/jest composes source maps with @jridgewell/remapping, bundled in.
const pluginResolve = (tool) => (tool === 'jest' ? [nodeResolve()] : []);
const pluginBuilds = pluginTools.flatMap((tool) => [
  {
    input: `plugin/${tool}.ts`,
    external: pluginExternal,
    plugins: [...pluginResolve(tool), pluginTs()],
    output: [
      { file: `dist/plugin/${tool}.mjs`, format: 'es', sourcemap: true },
      // exports.default and exports.tasklocal: the .d.cts below says the same.
      { file: `dist/plugin/${tool}.cjs`, format: 'cjs', exports: 'named', sourcemap: true },
    ],
  },
  {
    input: `plugin/${tool}.ts`,
    external: pluginExternal,
    plugins: [dts({ tsconfig: './plugin/tsconfig.json' })],
    output: [
      { file: `dist/plugin/${tool}.d.ts`, format: 'es' },
      { file: `dist/plugin/${tool}.d.cts`, format: 'es' },
    ],
  },
]);

// tasklocal/opentelemetry: its own ESM, CJS and types. It imports the runtime
// as 'tasklocal', so an app holds one copy of it, and @opentelemetry/api stays
// the app's (an optional peer).
const otelInput = 'src/opentelemetry/index.ts';
const runtimeAsPackage = {
  name: 'tasklocal-runtime-as-package',
  resolveId(source, importer) {
    if (source === '../index.js' && importer?.includes(`${path.sep}src${path.sep}opentelemetry${path.sep}`)) {
      return { id: 'tasklocal', external: true };
    }
    return null;
  },
};
const otelExternal = (id) => id === 'tasklocal' || id.startsWith('@opentelemetry/');
const opentelemetryBuilds = [
  {
    input: otelInput,
    external: otelExternal,
    plugins: [runtimeAsPackage, ts()],
    output: [
      { file: 'dist/opentelemetry.mjs', format: 'es', sourcemap: true },
      { file: 'dist/opentelemetry.cjs', format: 'cjs', sourcemap: true },
    ],
  },
  {
    input: otelInput,
    external: otelExternal,
    plugins: [runtimeAsPackage, dts()],
    output: [
      { file: 'dist/opentelemetry.d.ts', format: 'es' },
      { file: 'dist/opentelemetry.d.cts', format: 'es' },
    ],
  },
];

export default [
  {
    input,
    plugins: [ts()],
    output: [
      { file: 'dist/tasklocal.mjs', format: 'es', sourcemap: true },
      { file: 'dist/tasklocal.cjs', format: 'cjs', sourcemap: true },
      { file: 'dist/tasklocal.min.mjs', format: 'es', sourcemap: true, plugins: [minify()] },
    ],
  },
  {
    input,
    plugins: [forBrowsers(), ts()],
    output: [
      { file: 'dist/tasklocal.browser.mjs', format: 'es', sourcemap: true },
      { file: 'dist/tasklocal.browser.min.mjs', format: 'es', sourcemap: true, plugins: [minify()] },
      { file: 'dist/tasklocal.umd.js', format: 'umd', name: 'TaskLocal', sourcemap: true },
      {
        file: 'dist/tasklocal.umd.min.js',
        format: 'umd',
        name: 'TaskLocal',
        sourcemap: true,
        plugins: [minify()],
      },
    ],
  },
  {
    input,
    plugins: [dts()],
    // The same declarations twice: .d.cts types require(), .d.ts types import.
    output: [
      { file: 'dist/tasklocal.d.ts', format: 'es' },
      { file: 'dist/tasklocal.d.cts', format: 'es' },
    ],
  },
  ...pluginBuilds,
  ...opentelemetryBuilds,
];
