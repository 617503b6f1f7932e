// Bundles the specs, compiled to ES2016 so that async/await becomes generators
// (zone.js follows those; it cannot follow a native await).
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tasklocal from 'tasklocal/rollup';
import buildMode from './build-mode.cjs';

// The specs run against the development build unless TASKLOCAL_MODE=production
// (`npm run test:production`), as rollup.config.mjs builds them from src/;
// each mode has its own output folder, so both sets of bundles coexist.
const { MODE, OUTPUT } = buildMode;

const ts = () => typescript({ tsconfig: './test/tsconfig.json', outDir: OUTPUT, sourceMap: true });
// The standalone suite is built as a zoneless app is: TypeScript keeps async
// functions native (ES2022), then tasklocal's own plugin (from dist/, so build
// first) lowers them to coroutine(). 'tasklocal', which the lowered code
// imports, is the source the specs use, so the bundle holds one copy. The
// runtime itself and test/native-async.js (native on purpose) stay as they are.
const standaloneTs = () =>
  typescript({ tsconfig: './test/tsconfig.json', outDir: OUTPUT, sourceMap: true, target: 'ES2022' });
const tasklocalFromSource = {
  name: 'tasklocal-from-source',
  resolveId: (id) => (id === 'tasklocal' ? path.resolve('src/index.ts') : null),
};
const lowerAsync = () => tasklocal({ exclude: [/[\\/]src[\\/]/, /[\\/]test[\\/]native-async\.js$/] });

// src/base/dev.js becomes this mode's constant, for the runtime and for the
// specs that read it (test/mode.ts), so both see one answer.
const DEV_MODULE = path.resolve('src', 'base', 'dev.js');
const build = () => ({
  name: 'tasklocal-build',
  resolveId(source, importer) {
    if (importer === undefined || !source.startsWith('.')) return null;
    return path.resolve(path.dirname(importer), source) === DEV_MODULE ? '\0tasklocal-mode' : null;
  },
  load: (id) => (id === '\0tasklocal-mode' ? `export const DEV = ${MODE === 'development'};` : null),
});

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default [
  {
    input: 'test/node.ts',
    external: (id) => nodeBuiltins.includes(id) || /^(zone\.js|@angular|rxjs)/.test(id),
    plugins: [build(), ts(), nodeResolve()],
    output: { file: `${OUTPUT}/node.mjs`, format: 'es', sourcemap: true },
  },
  {
    input: 'test/node-als.ts',
    external: (id) => nodeBuiltins.includes(id),
    plugins: [build(), ts(), nodeResolve()],
    output: { file: `${OUTPUT}/node-als.mjs`, format: 'es', sourcemap: true },
  },
  {
    input: 'test/browser.ts',
    plugins: [build(), ts(), nodeResolve({ browser: true })],
    output: { file: `${OUTPUT}/browser.js`, format: 'iife', sourcemap: true },
  },
  {
    input: 'test/node-standalone.ts',
    external: (id) => nodeBuiltins.includes(id),
    plugins: [build(), tasklocalFromSource, standaloneTs(), lowerAsync(), nodeResolve()],
    output: { file: `${OUTPUT}/node-standalone.mjs`, format: 'es', sourcemap: true },
  },
  {
    input: 'test/browser-standalone.ts',
    plugins: [build(), tasklocalFromSource, standaloneTs(), lowerAsync(), nodeResolve({ browser: true })],
    output: { file: `${OUTPUT}/browser-standalone.js`, format: 'iife', sourcemap: true },
  },
];
