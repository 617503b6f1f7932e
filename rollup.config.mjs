// Builds dist/ from the one source tree. The runtime is compiled once, module
// by module, into .build/runtime/; its builds are then made from that
// JavaScript, each choosing its engines (engines/defaults*.ts) and its mode
// (base/dev.ts): development keeps every check and message, production drops
// what only catches mistakes in code as written, and the plain build reads
// NODE_ENV, as bundlers and Node expect. zone.js is never bundled: tasklocal
// reads the global Zone at first use.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dts } from 'rollup-plugin-dts';

const minify = () =>
  terser({ compress: { passes: 2 }, format: { comments: false }, mangle: { properties: false } });

// tasklocal/opentelemetry imports the runtime as 'tasklocal', so an app holds one copy of it.
const runtimeAsPackage = {
  name: 'tasklocal-runtime-as-package',
  resolveId(source, importer) {
    const inOpentelemetry = `${path.sep}opentelemetry${path.sep}`;
    if (source === '../index.js' && importer?.includes(inOpentelemetry))
      return { id: 'tasklocal', external: true };
    return null;
  },
};

const COMPILED = '.build/runtime';
/** The runtime, compiled once: every entry, and every build's engines module. */
const compileRuntime = {
  input: ['src/index.ts', 'src/engines/defaults.browser.ts', 'src/opentelemetry/index.ts'],
  external: (id) => id === 'tasklocal' || id.startsWith('@opentelemetry/'),
  plugins: [
    runtimeAsPackage,
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: COMPILED, rootDir: 'src' }),
  ],
  output: { dir: COMPILED, format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

/** What base/dev.ts becomes in each mode. */
const MODES = {
  // Node reads NODE_ENV as it runs, and bundlers replace it: development unless it says production.
  env: "export const DEV = process.env.NODE_ENV !== 'production';",
  development: 'export const DEV = true;',
  production: 'export const DEV = false;',
};

/**
 * Builds from the compiled runtime: engines/defaults.js becomes `defaults.<engines>.js`
 * (none: the Node build's own), base/dev.js the mode's flag; the compiled
 * modules' source maps are handed on, so dist/ maps to src/.
 */
export const variant = (engines, mode) => ({
  name: 'tasklocal-variant',
  resolveId(source, importer) {
    if (importer === undefined || !importer.includes(COMPILED)) return null;
    const target = path.resolve(path.dirname(importer), source);
    if (engines && target.endsWith(`${path.sep}engines${path.sep}defaults.js`)) {
      return target.replace(/defaults\.js$/, `defaults.${engines}.js`);
    }
    if (target.endsWith(`${path.sep}base${path.sep}dev.js`)) return `\0tasklocal-mode-${mode}`;
    return null;
  },
  load(id) {
    if (id.startsWith('\0tasklocal-mode-')) return MODES[id.slice('\0tasklocal-mode-'.length)];
    const map = `${id}.map`;
    return id.includes(COMPILED) && existsSync(map)
      ? { code: readFileSync(id, 'utf8'), map: readFileSync(map, 'utf8') }
      : null;
  },
});

const runtime = (entry, engines, mode, output) => ({
  input: `${COMPILED}/${entry}.js`,
  plugins: [variant(engines, mode)],
  output,
});
const files = (name, formats, extra = {}) =>
  formats.map((format) => ({
    file: `dist/${name}.${format === 'es' ? 'mjs' : 'cjs'}`,
    format,
    sourcemap: true,
    ...extra,
  }));

const runtimeBuilds = [
  // Node and bundlers without the browser condition: AsyncLocalStorage and zone.js.
  runtime('index', null, 'env', files('tasklocal', ['es', 'cjs'])),
  runtime('index', null, 'development', files('tasklocal.development', ['es', 'cjs'])),
  runtime('index', null, 'production', files('tasklocal.production', ['es', 'cjs'])),
  // The browser condition: zone.js only.
  runtime('index', 'browser', 'env', files('tasklocal.browser', ['es'])),
  runtime('index', 'browser', 'development', files('tasklocal.browser.development', ['es'])),
  runtime('index', 'browser', 'production', files('tasklocal.browser.production', ['es'])),
  // <script> tags: development, and production minified.
  runtime('index', 'browser', 'development', {
    file: 'dist/tasklocal.umd.js',
    format: 'umd',
    name: 'TaskLocal',
    sourcemap: true,
  }),
  runtime('index', 'browser', 'production', {
    file: 'dist/tasklocal.umd.min.js',
    format: 'umd',
    name: 'TaskLocal',
    sourcemap: true,
    plugins: [minify()],
  }),
];

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
const otelExternal = (id) => id === 'tasklocal' || id.startsWith('@opentelemetry/');
const OTEL_MODES = {
  opentelemetry: 'env',
  'opentelemetry.development': 'development',
  'opentelemetry.production': 'production',
};
const opentelemetryBuilds = [
  ...Object.entries(OTEL_MODES).map(([name, mode]) => ({
    input: `${COMPILED}/opentelemetry/index.js`,
    external: otelExternal,
    plugins: [runtimeAsPackage, variant(null, mode)],
    output: files(name, ['es', 'cjs']),
  })),
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
  compileRuntime,
  ...runtimeBuilds,
  {
    input: 'src/index.ts',
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
