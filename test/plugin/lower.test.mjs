// What the plugin makes of single modules, read straight from its transform
// hook (the Rollup flavour; every bundler runs the same hook).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import tasklocal from 'tasklocal/rollup';

const plugin = tasklocal();
const context = { meta: {}, warn: (message) => assert.fail(message) };
const lower = (code, id) => plugin.transform.handler.call(context, code, id)?.code ?? null;

test('an ES module imports coroutine from tasklocal and wraps each async function', () => {
  const code = lower(
    'export async function load(url) {\n  const response = await fetch(url);\n  return response.json();\n}\n',
    '/app/src/load.js',
  );
  assert.match(code, /^import \{ coroutine as _coroutine \} from "tasklocal";/);
  assert.match(code, /_coroutine\(function\* \(url\) \{\n\s+const response = yield fetch\(url\);/);
});

test('a CommonJS file requires it', () => {
  const code = lower(
    'module.exports = async function get(key) { return await cache.get(key); };',
    '/app/node_modules/dep/get.js',
  );
  assert.match(code, /^var _coroutine = require\("tasklocal"\)\.coroutine;/);
  assert.match(lower('exports.x = async () => 1;', '/app/node_modules/dep/x.cjs'), /require\("tasklocal"\)/);
});

test('a file with neither imports nor require is taken as a module, as bundlers take it', () => {
  assert.match(
    lower('async function main() { await 0; }\nmain();', '/app/src/main.js'),
    /^import \{ coroutine/,
  );
});

test('methods keep this and arguments; arrows keep the outer this', () => {
  const code = lower(
    'export class Store {\n  async save(item) {\n    await this.db.put(item);\n    return arguments.length;\n  }\n}\nexport const f = async () => this;\n',
    '/app/src/store.js',
  );
  assert.match(code, /var _arguments = arguments,\s+_this = this;/);
  assert.match(code, /yield _this\.db\.put\(item\);\s+return _arguments\.length;/);
});

test('TypeScript keeps its types (and decorators) for the bundler to strip', () => {
  const code = lower(
    '@Injectable()\nexport class Api {\n  constructor(@Inject(HTTP) private http: Http) {}\n  async get<T>(url: string): Promise<T> {\n    const body: T = await this.http.get<T>(url);\n    return body;\n  }\n}\n',
    '/app/src/api.ts',
  );
  assert.match(code, /@Injectable\(\)/);
  assert.match(code, /get<T>\(url: string\): Promise<T> \{/);
  assert.match(code, /const body: T = yield _this\.http\.get<T>\(url\);/);
  assert.match(lower('const C = async () => <div>{await x}</div>;', '/app/src/c.tsx') ?? '', /_coroutine/);
});

test('async generators, for await and top-level await are left as they are', () => {
  const source = 'export async function* lines(s) { for await (const l of s) yield l; }\nawait ready;\n';
  assert.equal(lower(source, '/app/src/lines.js'), null);
});

test('zone.js, tasklocal, virtual modules and files without async are not touched', () => {
  const source = 'export async function f() { await 1; }';
  assert.equal(lower(source, '/app/node_modules/zone.js/fesm2015/zone.js'), null);
  assert.equal(lower(source, '/app/node_modules/tasklocal/dist/tasklocal.mjs'), null);
  assert.equal(lower(source, '\0virtual:thing'), null);
  assert.equal(lower('export const asyncIterator = 1; // not async code', '/app/src/x.js'), null);
  assert.equal(lower(source, '/app/src/styles.css'), null);
});

test("dev-server clients (Vite's, webpack's) are not touched: they run before the app loads zone.js", () => {
  const source = 'export async function connect() { await fetch("/ping"); }';
  assert.equal(lower(source, '/app/node_modules/vite/dist/client/client.mjs'), null);
  assert.equal(lower(source, '/@vite/client'), null);
  assert.equal(lower(source, '/app/node_modules/webpack-dev-server/client/index.js'), null);
  assert.notEqual(lower(source, '/app/node_modules/vite-plugin-thing/index.js'), null);
});

test('include and exclude narrow the files lowered', () => {
  const narrow = tasklocal({ exclude: [/legacy/] });
  const run = (id) => narrow.transform.handler.call(context, 'export async function f() {}', id);
  assert.equal(run('/app/src/legacy/f.js') ?? null, null);
  assert.notEqual(run('/app/src/f.js'), null);
});
