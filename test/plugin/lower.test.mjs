// What the plugin makes of single modules, read straight from its transform
// hook (the Rollup flavour; every bundler runs the same hook).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import tasklocal from 'tasklocal/rollup';

const plugin = tasklocal();
const context = { meta: {}, warn: (message) => assert.fail(message) };
const lower = async (code, id) => (await plugin.transform.handler.call(context, code, id))?.code ?? null;

test('an ES module imports startCoroutine at its end (no line moves) and keeps each function in place', async () => {
  const code = await lower(
    'export async function load(url) {\n  const response = await fetch(url);\n  return response.json();\n}\n',
    '/app/src/load.js',
  );
  assert.match(code, /^export {2}function load\(url\) \{try \{ const _tl\$g = \{ load: function\* \(\) \{\n/);
  assert.match(code, /\n {2}const response = yield fetch\(url\);\n/);
  assert.match(
    code,
    /\} \}\.load\.call\(this\); return _tl\$start\(_tl\$g, _tl\$g\.next\(\)\); \} catch \(_tl\$e\) \{ return Promise\.reject\(_tl\$e\); \}\}\nimport \{ startCoroutine as _tl\$start \} from "tasklocal";\n$/,
  );
});

test('a CommonJS file requires it on its first line, after "use strict"', async () => {
  const code = await lower(
    '"use strict";\nmodule.exports = async function get(key) { return await cache.get(key); };',
    '/app/node_modules/dep/get.js',
  );
  assert.match(code, /^"use strict";var _tl\$start = require\("tasklocal"\)\.startCoroutine;\n/);
  assert.match(
    await lower('exports.x = async () => 1;', '/app/node_modules/dep/x.cjs'),
    /require\("tasklocal"\)/,
  );
});

test('a file with neither imports nor require is taken as a module, as bundlers take it', async () => {
  assert.match(
    await lower('async function main() { await 0; }\nmain();', '/app/src/main.js'),
    /\nimport \{ startCoroutine/,
  );
});

test('the module format comes from real syntax, never from comments or strings', async () => {
  const source =
    '// call require("x") here one day\nconst s = "module.exports";\nasync function main() { await 0; }\n';
  const code = await lower(source, '/app/src/main.js');
  assert.doesNotMatch(code, /require\("tasklocal"\)/);
  assert.match(code, /import \{ startCoroutine as _tl\$start \} from "tasklocal";\n$/);
});

test('methods pass this and arguments to the generator; arrows pass the outer this', async () => {
  const code = await lower(
    'export class Store {\n  async save(item) {\n    await this.db.put(item);\n    return arguments.length;\n  }\n}\nexport const f = async () => this;\n',
    '/app/src/store.js',
  );
  assert.match(
    code,
    /save\(item\) \{try \{ const _tl\$g = \{ save: function\* \(\) \{\n\s+yield this\.db\.put\(item\);/,
  );
  assert.match(code, /return arguments\.length;\n {2}\} \}\.save\.apply\(this, arguments\);/);
  assert.match(
    code,
    /const f = {2}\(\) => \{ try \{ const _tl\$g = \{ f: function\* \(\) \{ return this; \} \}\.f\.call\(this\);/,
  );
});

test('TypeScript keeps its types (and decorators) for the bundler to strip', async () => {
  const code = await lower(
    '@Injectable()\nexport class Api {\n  constructor(@Inject(HTTP) private http: Http) {}\n  async get<T>(url: string): Promise<T> {\n    const body: T = await this.http.get<T>(url);\n    return body;\n  }\n}\n',
    '/app/src/api.ts',
  );
  assert.match(code, /@Injectable\(\)/);
  assert.match(code, /get<T>\(url: string\): Promise<T> \{try \{ const _tl\$g = \{ get: function\* \(\) \{/);
  assert.match(code, /const body: T = yield this\.http\.get<T>\(url\);/);
  assert.match(
    (await lower('const C = async () => <div>{await x}</div>;', '/app/src/c.tsx')) ?? '',
    /_tl\$start/,
  );
  assert.match(
    (await lower('const C = async () => <div>{await x}</div>;', '/app/src/c.js')) ?? '',
    /_tl\$start/,
  );
});

test('only JavaScript-like modules are parsed, whatever include says', async () => {
  const everything = tasklocal({ include: [/./] });
  const run = async (code, id) => (await everything.transform.handler.call(context, code, id)) ?? null;
  assert.equal(await run('{ "async": true }', '/app/src/data.json'), null);
  assert.equal(await run('.async { color: red }', '/app/src/async.css'), null);
  assert.notEqual(
    await run('export async function f() { await 1; }', '/app/src/App.vue?vue&type=script&lang.ts'),
    null,
  );
});

test('a module that says async only in strings, comments and keys is left as it is; one async arrow among them is lowered', async () => {
  const words =
    'const s = \'"async":true\', t = `async ${s}`; // async function f() {}\n' +
    'export const options = { async: true, "async": false }; /* async () => {} */ el.async = s;\n';
  assert.equal(await lower(words, '/app/src/words.js'), null);
  assert.equal(await lower(`${words}async function* gen() {}\n`, '/app/src/words.js'), null);
  const lowered = await lower(`${words}export const load = async () => await s;\n`, '/app/src/words.js');
  assert.match(lowered ?? '', /_tl\$start/);
  assert.ok(lowered.startsWith(words), 'the rest stays byte for byte');
});

test('async generators and top-level await (and its for await) are left as they are', async () => {
  const source =
    'export async function* lines(s) { for await (const l of s) yield l; }\nawait ready;\nfor await (const x of xs) use(x);\n';
  assert.equal(await lower(source, '/app/src/lines.js'), null);
});

test('zone.js, tasklocal, virtual modules and files without async are not touched', async () => {
  const source = 'export async function f() { await 1; }';
  assert.equal(await lower(source, '/app/node_modules/zone.js/fesm2015/zone.js'), null);
  assert.equal(await lower(source, '/app/node_modules/tasklocal/dist/tasklocal.mjs'), null);
  assert.equal(await lower(source, '\0virtual:thing'), null);
  assert.equal(await lower('export const asyncIterator = 1; // not async code', '/app/src/x.js'), null);
  assert.equal(await lower(source, '/app/src/styles.css'), null);
});

test("dev-server clients (Vite's, webpack's) are not touched: they run before the app loads zone.js", async () => {
  const source = 'export async function connect() { await fetch("/ping"); }';
  assert.equal(await lower(source, '/app/node_modules/vite/dist/client/client.mjs'), null);
  assert.equal(await lower(source, '/@vite/client'), null);
  assert.equal(await lower(source, '/app/node_modules/webpack-dev-server/client/index.js'), null);
  assert.notEqual(await lower(source, '/app/node_modules/vite-plugin-thing/index.js'), null);
});

test('include and exclude narrow the files lowered', async () => {
  const narrow = tasklocal({ exclude: [/legacy/] });
  const run = (id) => narrow.transform.handler.call(context, 'export async function f() {}', id);
  assert.equal((await run('/app/src/legacy/f.js')) ?? null, null);
  assert.notEqual(await run('/app/src/f.js'), null);
});

test('newer syntax passes through untouched around the lowered functions', async () => {
  const sources = {
    '/app/src/assert.ts':
      'import data from "./d.json" assert { type: "json" };\nexport async function f() { return await data; }\n',
    '/app/src/with.mjs':
      'import data from "./d.json" with { type: "json" };\nexport const f = async () => await data;\n',
    '/app/src/legacy.ts':
      '@Component({})\nexport class A {\n  @Input() name!: string;\n  async f(@Inject(X) x: X) { await x; }\n}\n',
    '/app/src/accessor.ts':
      'export class E {\n  @property() accessor count = 0;\n  async f() { await this.count; }\n}\n',
    '/app/src/decorated.js': 'export class W {\n  @tagged async load() { return await 1; }\n}\n',
    '/app/src/using.js': 'export async function f() {\n  using a = open();\n  return await a.read();\n}\n',
    '/app/src/view.jsx': 'export const View = async () => <p>{await load()}</p>;\n',
  };
  for (const [id, source] of Object.entries(sources)) {
    const code = await lower(source, id);
    assert.ok(code, `${id} is lowered`);
    // Import lines (attributes, assertions) and decorators come out as they went in.
    for (const part of source.match(/^import .*$|@[\w.]+(?:\([^)]*\))?|\baccessor\b|\busing\b/gm) ?? [])
      assert.ok(code.includes(part), `${id} keeps "${part}"`);
    assert.doesNotMatch(code, /\bawait\b/, `${id}: no await is left`);
  }
});

test('the source map leads each lowered function and each await back to its line and column', async () => {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const source =
    'import x from "x";\n\nexport class Store {\n  async save(item) {\n    const saved = await x.put(item);\n    return saved;\n  }\n}\n';
  const result = await tasklocal().transform.handler.call(context, source, '/app/src/store.js');
  const map = new TraceMap(result.map);
  const position = (needle) => {
    const lines = result.code.split('\n');
    const line = lines.findIndex((text) => text.includes(needle));
    return { line: line + 1, column: lines[line].indexOf(needle) };
  };
  assert.deepEqual(pick(originalPositionFor(map, position('save(item)'))), { line: 4, column: 8 });
  assert.deepEqual(pick(originalPositionFor(map, position('yield x.put'))), { line: 5, column: 18 });
  assert.deepEqual(pick(originalPositionFor(map, position('return saved'))), { line: 6, column: 4 });
});

const pick = ({ line, column }) => ({ line, column });

test('super forms it cannot rewrite stop the build with where they are and what to write instead', async () => {
  await assert.rejects(
    () => lower('class A extends B {\n  async m() {\n    super.count++;\n  }\n}\n', '/app/src/a.js'),
    (error) =>
      /cannot lower `super\.count\+\+` inside an async function \(\/app\/src\/a\.js:3:5\)/.test(
        error.message,
      ) &&
      /read and assign it in separate statements/.test(error.message) &&
      /`exclude` option/.test(error.message),
  );
  const code = await lower(
    'class A extends B {\n  async m() {\n    super.count += await 1;\n  }\n}\n',
    '/app/src/b.js',
  );
  assert.match(code, /_tl\$superSet\("count", _tl\$super\("count"\) \+ \(yield 1\)\)/);
});

test('directives without semicolons, hashbangs and trailing commas stay valid code', async () => {
  const { parseSync } = await import('oxc-parser');
  const sources = {
    '/app/node_modules/dep/standard.js':
      "'use strict'\n\nmodule.exports = async function f () { return await 1 }\n",
    '/app/node_modules/dep/inner.js':
      "module.exports = async function f () {\n  'use strict'\n  return await 1\n}\n",
    '/app/node_modules/dep/bin.js': '#!/usr/bin/env node\nrequire("x");\n(async () => { await 1; })();\n',
    '/app/src/trailing.ts':
      'export async function f(\n  channel: string = "nightly",\n): Promise<string> {\n  return await channel;\n}\n',
  };
  for (const [id, source] of Object.entries(sources)) {
    const code = await lower(source, id);
    const { errors } = parseSync(id, code, { sourceType: 'unambiguous' });
    assert.deepEqual(errors, [], `${id} lowers to valid code:\n${code}`);
    assert.equal(
      code.split('\n').length,
      source.split('\n').length + (code.includes('import {') ? 1 : 0),
      id,
    );
  }
});
