// What tasklocal's Vite plugin costs a production build and a dev server's
// cold start: generates a mid-size app (300 modules, ~30k lines, half
// TypeScript, async code throughout) in a temporary directory, then times
// `vite build` of it, and a `vite dev` server's start plus the transform of
// every module (what the first page load asks for), with and without the
// plugin, alternating, and prints the medians and their ratios.
// Usage: npm run build && node bench/experiments/plugin-build-cost.mjs [rounds=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rawTransferSupported } from 'oxc-parser';
import { build, createServer } from 'vite';
import tasklocal from 'tasklocal/vite';
import { MODULES, moduleText } from './generated-app.mjs';
import { measure, reportRatio } from './ratios.mjs';

const rounds = Number(process.argv[2] ?? 3);

function generateApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklocal-build-cost-'));
  fs.mkdirSync(path.join(dir, 'src'));
  let lines = 0;
  for (let i = 0; i < MODULES; i++) {
    const typed = i % 2 === 0;
    const text = moduleText(i, typed);
    lines += text.split('\n').length - 1;
    fs.writeFileSync(path.join(dir, 'src', `m${i}.${typed ? 'ts' : 'js'}`), text);
  }
  const imports = Array.from(
    { length: MODULES },
    (_, i) => `import * as m${i} from './m${i}${i % 2 ? '.js' : ''}';`,
  );
  const main = `${imports.join('\n')}\nexport const all = [${imports.map((_, i) => `m${i}`).join(', ')}];\n`;
  fs.writeFileSync(path.join(dir, 'src/main.ts'), main);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    '{ "name": "build-cost", "private": true, "type": "module" }',
  );
  // The lowered modules import coroutine from tasklocal: link this repository in.
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(path.resolve(import.meta.dirname, '../..'), path.join(dir, 'node_modules/tasklocal'), 'dir');
  return { dir, lines: lines + MODULES + 2 };
}

function timeBuild(dir, plugins) {
  return measure(() =>
    build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins,
      build: { outDir: 'dist', emptyOutDir: true, rolldownOptions: { input: path.join(dir, 'src/main.ts') } },
    }),
  );
}

async function timeDevStart(dir, plugins) {
  let server;
  const sample = await measure(async () => {
    server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins,
      server: { host: '127.0.0.1', port: 0, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    await server.transformRequest('/src/main.ts');
    await Promise.all(
      Array.from({ length: MODULES }, (_, i) => server.transformRequest(`/src/m${i}.${i % 2 ? 'js' : 'ts'}`)),
    );
  });
  await server.close(); // not timed: the cold start ends with the last module transformed
  return sample;
}

const { dir, lines } = generateApp();
console.log(`${MODULES + 1} modules, ${lines} lines, in ${dir}`);
await timeBuild(dir, []); // warm-up: Node's and Vite's caches
await timeDevStart(dir, [tasklocal()]);
// Where Oxc's raw transfer works (Node 22+), the plugin is timed over JSON too (Node 20's path), in the same run.
const alsoOverJson = rawTransferSupported();
const times = { without: [], with: [], devWithout: [], devWith: [], withJson: [], devWithJson: [] };
for (let round = 0; round < rounds; round++) {
  times.without.push(await timeBuild(dir, []));
  times.with.push(await timeBuild(dir, [tasklocal()]));
  times.devWithout.push(await timeDevStart(dir, []));
  times.devWith.push(await timeDevStart(dir, [tasklocal()]));
  if (alsoOverJson) {
    process.env.TASKLOCAL_RAW_TRANSFER = '0';
    times.withJson.push(await timeBuild(dir, [tasklocal()]));
    times.devWithJson.push(await timeDevStart(dir, [tasklocal()]));
    delete process.env.TASKLOCAL_RAW_TRANSFER;
  }
  const last = (key) => `${times[key].at(-1).wall.toFixed(0)} ms`;
  console.log(
    `round ${round + 1}: build without ${last('without')}, with ${last('with')}; ` +
      `dev start without ${last('devWithout')}, with ${last('devWith')}`,
  );
}
reportRatio('vite build', times.without, times.with);
reportRatio('vite dev cold start', times.devWithout, times.devWith);
if (alsoOverJson) {
  reportRatio('vite build, over JSON', times.without, times.withJson);
  reportRatio('vite dev cold start, over JSON', times.devWithout, times.devWithJson);
}
fs.rmSync(dir, { recursive: true, force: true });
