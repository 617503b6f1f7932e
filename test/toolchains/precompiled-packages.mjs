// The precompiled dependencies, built inside the test run by the compilers
// packages ship with, from one source (fixtures/precompiled/dep/visit.ts):
// each compiler's async helper, inline or imported from its runtime package,
// packed as a tarball so that it lands in node_modules as a real copy.
import * as babel from '@babel/core';
import * as swc from '@swc/core';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCommand } from '../../scripts/packaging/command.mjs';
import { repoPackageDir } from '../../scripts/packaging/pack.mjs';
import { fixturesDir } from './harness.mjs';

const SOURCE = path.join(fixturesDir, 'precompiled', 'dep', 'visit.ts');

const tsc = (source, options = {}) =>
  ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext, ...options },
  }).outputText;

/** The source with its types stripped and async/await kept native, as Babel's input. */
const plainJs = (source) =>
  ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;

const babelWith = (source, plugins) =>
  babel.transformSync(plainJs(source), { babelrc: false, configFile: false, plugins }).code;

const swcWith = (source, externalHelpers) =>
  swc.transformSync(source, {
    filename: 'visit.ts',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2016', externalHelpers },
    module: { type: 'es6' },
  }).code;

/** Package name → how its index.js is compiled and what it depends on. */
export const PRECOMPILED = {
  'precompiled-tsc': { compile: (source) => tsc(source) },
  'precompiled-tsc-tslib': {
    compile: (source) => tsc(source, { importHelpers: true }),
    dependencies: { tslib: '^2.0.0' },
  },
  'precompiled-babel': {
    compile: (source) => babelWith(source, ['@babel/plugin-transform-async-to-generator']),
  },
  'precompiled-babel-runtime': {
    compile: (source) =>
      babelWith(source, ['@babel/plugin-transform-async-to-generator', '@babel/plugin-transform-runtime']),
    dependencies: { '@babel/runtime': '^7.0.0' },
  },
  'precompiled-swc': { compile: (source) => swcWith(source, false) },
  'precompiled-swc-helpers': {
    compile: (source) => swcWith(source, true),
    dependencies: { '@swc/helpers': '^0.5.0' },
  },
  'precompiled-esbuild': {
    compile: (source) =>
      esbuild.transformSync(source, { loader: 'ts', target: 'es2016', format: 'esm' }).code,
  },
};

/** The helper each package must hold, so that a compiler that stopped emitting it fails the test, not passes it. */
export const HELPER_OF = {
  'precompiled-tsc': /var __awaiter = \(this && this\.__awaiter\) \|\| function/,
  'precompiled-tsc-tslib': /import \{ __awaiter \} from "tslib"/,
  'precompiled-babel': /function _asyncToGenerator\(/,
  'precompiled-babel-runtime': /from "@babel\/runtime\/helpers\/asyncToGenerator"/,
  'precompiled-swc': /function _async_to_generator\(/,
  'precompiled-swc-helpers': /from "@swc\/helpers\/_\/_async_to_generator"/,
  'precompiled-esbuild': /var __async = \(__this, __arguments, generator\) =>/,
};

/** Builds and packs every package into workDir; returns the tarballs and the runtime packages they need. */
export function packPrecompiled(workDir) {
  const source = fs.readFileSync(SOURCE, 'utf8');
  const tarballs = Object.entries(PRECOMPILED).map(([name, { compile, dependencies = {} }]) => {
    const dir = path.join(workDir, 'precompiled-src', name);
    fs.mkdirSync(dir, { recursive: true });
    const code = compile(source);
    if (!HELPER_OF[name].test(code)) throw new Error(`${name} was compiled without its helper:\n${code}`);
    fs.writeFileSync(path.join(dir, 'index.js'), code);
    const manifest = { name, version: '1.0.0', type: 'module', exports: './index.js', dependencies };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const [packed] = JSON.parse(runCommand('npm', ['pack', '--json', '--pack-destination', workDir, dir]));
    return path.join(workDir, packed.filename);
  });
  const runtimes = ['tslib', '@babel/runtime', '@swc/helpers'].map(repoPackageDir);
  return [...tarballs, ...runtimes];
}
