// What the plugin makes of the async helpers compilers ship, read straight
// from its transform hook: the real helper files of tslib, @babel/runtime and
// @swc/helpers, and the inline helpers the compilers emit. Only the helper's
// definition changes; functions that merely share a name are left alone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import tasklocal from 'tasklocal/rollup';
import { repoRoot } from './project.mjs';

const plugin = tasklocal();
const context = { meta: {}, warn: (message) => assert.fail(message) };
const transform = async (code, id) => (await plugin.transform.handler.call(context, code, id))?.code ?? null;

const HELPER_FILES = {
  'tslib/tslib.es6.mjs':
    /export function __awaiter\(thisArg, _arguments, P, generator\) \{ return __tasklocal_coroutine\(generator\)\.apply\(thisArg, _arguments \|\| \[\]\); /,
  'tslib/tslib.js':
    /__awaiter = function \(thisArg, _arguments, P, generator\) \{ return __tasklocal_coroutine\(generator\)/,
  '@babel/runtime/helpers/asyncToGenerator.js':
    /function _asyncToGenerator\(n\) \{ return __tasklocal_coroutine\(n\); /,
  '@babel/runtime/helpers/esm/asyncToGenerator.js':
    /function _asyncToGenerator\(n\) \{ return __tasklocal_coroutine\(n\); /,
  '@swc/helpers/esm/_async_to_generator.js':
    /function _async_to_generator\(fn\) \{ return __tasklocal_coroutine\(fn\); /,
  '@swc/helpers/cjs/_async_to_generator.cjs':
    /function _async_to_generator\(fn\) \{ return __tasklocal_coroutine\(fn\); /,
};

for (const [file, rewritten] of Object.entries(HELPER_FILES)) {
  test(`${file}: the helper hands its generator to coroutine(), every line where it was`, async () => {
    const path = `${repoRoot}/node_modules/${file}`;
    const code = fs.readFileSync(path, 'utf8');
    const out = await transform(code, path);
    assert.match(out, rewritten);
    const esm = /\.mjs$|\/esm\//.test(file);
    assert.match(
      out,
      esm
        ? /import \{ coroutine as __tasklocal_coroutine \} from "tasklocal";/
        : /var __tasklocal_coroutine = require\("tasklocal"\)\.coroutine;/,
    );
    assert.equal(out.split('\n').length, code.split('\n').length);
  });
}

test('a CommonJS file keeps "use strict" first: the require goes after it', async () => {
  const out = await transform(
    '"use strict";\nfunction _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve) { resolve(fn.apply(self, args).next()); }); }; }\nexports.f = _asyncToGenerator(function* () {});\n',
    '/app/node_modules/dep/index.js',
  );
  assert.match(out, /^"use strict"; var __tasklocal_coroutine = require\("tasklocal"\)\.coroutine;\n/);
});

test('the transform filter lets files with a helper and no "async" through', () => {
  const [asyncWord, helpers] = plugin.transform.filter.code;
  const tslibCall = 'return __awaiter(this, void 0, void 0, function* () { yield x; });';
  assert.equal(asyncWord.test(tslibCall), false);
  assert.equal(helpers.test(tslibCall), true);
  for (const name of ['_asyncToGenerator(', '_async_to_generator(', '__async(this']) {
    assert.equal(helpers.test(name), true, name);
  }
});

test('functions that share a helper name but not its shape are left alone', async () => {
  const unrelated = [
    'export function __async(callback) { setTimeout(callback); }',
    'export const __awaiter = (value) => Promise.resolve(value);',
    'export function _asyncToGenerator(fn) { return fn; }',
    'export function _async_to_generator(fn) { return new Promise((resolve) => resolve(fn)); }',
    'export function __awaiter(a, b, c, d) { return d.next(a); }',
  ];
  for (const code of unrelated) assert.equal(await transform(code, '/app/src/helpers.js'), null, code);
});

test('a helper renamed to avoid a clash (_asyncToGenerator2) is still found; a longer name is not', async () => {
  const helper = (name) =>
    `function ${name}(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve) { resolve(fn.apply(self, args).next()); }); }; }`;
  assert.match(await transform(helper('_asyncToGenerator2'), '/app/src/a.js'), /__tasklocal_coroutine\(fn\)/);
  assert.equal(await transform(helper('my_asyncToGeneratorish'), '/app/src/a.js'), null);
});

test('a file that already uses the import name gets a fresh one', async () => {
  const out = await transform(
    'const __tasklocal_coroutine = 1;\nexport function _asyncToGenerator(fn) { return function () { return new Promise((r) => r(fn.apply(this, arguments))); }; }',
    '/app/src/a.js',
  );
  assert.match(out, /^import \{ coroutine as __tasklocal_coroutine2 \}/);
  assert.match(out, /return __tasklocal_coroutine2\(fn\);/);
});
