// Bundles the specs, compiled to ES2016 so that async/await becomes generators
// (zone.js follows those; it cannot follow a native await).
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { builtinModules } from 'node:module';

const ts = () => typescript({ tsconfig: './test/tsconfig.json', outDir: '.build/test', sourceMap: true });
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default [
  {
    input: 'test/node.ts',
    external: (id) => nodeBuiltins.includes(id) || /^(zone\.js|@angular|rxjs)/.test(id),
    plugins: [ts(), nodeResolve()],
    output: { file: '.build/test/node.mjs', format: 'es', sourcemap: true },
  },
  {
    input: 'test/node-als.ts',
    external: (id) => nodeBuiltins.includes(id),
    plugins: [ts(), nodeResolve()],
    output: { file: '.build/test/node-als.mjs', format: 'es', sourcemap: true },
  },
  {
    input: 'test/browser.ts',
    plugins: [ts(), nodeResolve({ browser: true })],
    output: { file: '.build/test/browser.js', format: 'iife', sourcemap: true },
  },
];
