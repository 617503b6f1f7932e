// The Local subclass corpus (corpus.js) as written, minified by terser and
// esbuild, and compiled by TypeScript, esbuild, Babel and SWC, run against the
// built package: every legitimate class is accepted and rebuilt for each task,
// and each wrong shape is refused exactly where tasklocal can know it.
// Run with `npm run test:subclass-corpus` (it builds dist/ first).
import { transformAsync } from '@babel/core';
import { transformSync as swc } from '@swc/core';
import { transformSync as esbuild } from 'esbuild';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const { Local, spawn } = await import(pathToFileURL(path.resolve(here, '../../dist/tasklocal.mjs')).href);
const source = readFileSync(path.join(here, 'corpus.js'), 'utf8');

const tsc = (target) =>
  ts.transpileModule(source, {
    fileName: 'corpus.ts',
    compilerOptions: { target, module: ts.ModuleKind.ESNext },
  }).outputText;
const terser = async (code) => (await minify(code, { module: true, compress: { passes: 2 } })).code;
const babel = async (code) =>
  (
    await transformAsync(code, {
      babelrc: false,
      configFile: false,
      presets: [['@babel/preset-env', { targets: 'ie 11', modules: false }]],
    })
  ).code;
const swcTo = (target) =>
  swc(source, { jsc: { target, parser: { syntax: 'ecmascript' } }, module: { type: 'es6' } }).code;

/** Each build, and what becomes of private members in it: refused by the engine's or a helper's error, or shared (TypeScript's WeakMaps). */
const builds = [
  { name: 'as written', build: () => source, privates: 'refused' },
  { name: 'minified by terser', build: () => terser(source), privates: 'refused' },
  {
    name: 'minified by esbuild',
    build: () => esbuild(source, { minify: true, format: 'esm' }).code,
    privates: 'refused',
  },
  {
    name: 'compiled by esbuild to ES2019',
    build: () => esbuild(source, { target: 'es2019', format: 'esm' }).code,
    privates: 'refused',
  },
  {
    name: 'compiled by esbuild to ES2019, minified',
    build: () => esbuild(source, { target: 'es2019', minify: true, format: 'esm' }).code,
    privates: 'refused',
  },
  { name: 'compiled by TypeScript to ES2015', build: () => tsc(ts.ScriptTarget.ES2015), privates: 'shared' },
  {
    name: 'compiled by TypeScript to ES2020, minified by terser',
    build: () => terser(tsc(ts.ScriptTarget.ES2020)),
    privates: 'shared',
  },
  { name: 'compiled by Babel (preset-env, ES5)', build: () => babel(source), privates: 'refused' },
  { name: 'compiled by SWC to ES5', build: () => swcTo('es5'), privates: 'refused' },
  {
    name: 'compiled by SWC to ES2019, minified by terser',
    build: () => terser(swcTo('es2019')),
    privates: 'refused',
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'tasklocal-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

for (const { name, build, privates } of builds) {
  describe(`Local subclasses ${name}`, () => {
    let corpus;
    const load = async () => {
      if (corpus) return corpus;
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(file, await build());
      return (corpus = await import(pathToFileURL(file).href));
    };

    it('are all accepted, and every task rebuilds them from the same arguments', async () => {
      const { legitimate } = await load();
      for (const [what, make, check, expected] of legitimate(Local)) {
        const instance = make();
        const seen = [await spawn(() => check(instance)), await spawn(() => check(instance))];
        assert.deepEqual(seen, [expected, expected], what);
      }
    });

    it('are refused at construction when the constructor derives or drops what it hands super()', async () => {
      const { wrong } = await load();
      assert.throws(
        wrong(Local).derived,
        /hands super\(\) values derived from its parameters: given \("\/api\/users"\), it hands on \("\/api\/api\/users"\)/,
      );
      assert.throws(wrong(Local).dropped, /declares 2 parameters and hands super\(\) only the first 1/);
      assert.throws(wrong(Local).options, /got Local's options \(\{ inherit \}\) as an argument/);
    });

    it(`with private members: ${privates === 'refused' ? "refused at a task's first use" : 'shared by every task, a documented limit'}`, async () => {
      const { wrong } = await load();
      const visits = wrong(Local).privateMembers();
      // Task a visits, task b visits twice, then a again: a's count tells whether b's visits reached it.
      let resume;
      const paused = new Promise((resolve) => (resume = resolve));
      const a = spawn(async () => {
        visits.visit();
        await paused;
        return visits.visit();
      });
      const b = spawn(() => [visits.visit(), visits.visit()]);
      await Promise.allSettled([b]);
      resume();
      const outcome = await Promise.allSettled([a, b]).then(([first, second]) => {
        if (first.status === 'rejected' || second.status === 'rejected') {
          const error = (first.reason ?? second.reason).message;
          return /could not be set up for a new task/.test(error) ? 'refused' : error;
        }
        return first.value === 2 ? 'separate' : 'shared';
      });
      assert.equal(outcome, privates);
    });
  });
}
