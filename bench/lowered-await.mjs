// A lowered `await` against a native one, in Node: a loop of awaits of
// resolved promises inside a task, timed both ways in the same process, on
// each engine (one child process per engine: zone.js, once loaded, stays).
// The lowered loop is what tasklocal's bundler plugin makes of the native one.
// Usage: npm run build && node bench/lowered-await.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const AWAITS = 20_000; // per timed run
const RUNS = 31; // timed runs per variant, after as many warm-up runs

/** The loop as an app writes it; the plugin lowers this very text. */
const SOURCE = `export async function awaitLoop(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await Promise.resolve(i);
  return sum;
}
`;

async function measure(engineName) {
  if (engineName === 'zone') await import('zone.js/node');
  const dist = new URL('../dist/', import.meta.url);
  const tasklocal = await import(new URL('tasklocal.mjs', dist).href);
  tasklocal.useEngine(engineName);
  const native = await importSource(SOURCE);
  const lowered = await importSource(await lower(SOURCE, dist));

  const timeRun = (fn) =>
    tasklocal.spawn(() => {
      const start = process.hrtime.bigint();
      return fn(AWAITS).then(() => Number(process.hrtime.bigint() - start) / AWAITS);
    });
  const samples = { native: [], lowered: [] };
  for (let round = 0; round < 2 * RUNS; round++) {
    // Alternate the two, so that drift in the machine's speed hits both alike.
    const nativeNs = await timeRun(native.awaitLoop);
    const loweredNs = await timeRun(lowered.awaitLoop);
    if (round < RUNS) continue; // the first half warms up
    samples.native.push(nativeNs);
    samples.lowered.push(loweredNs);
  }
  const n = median(samples.native);
  const l = median(samples.lowered);
  console.log(`| ${engineName} | ${n.toFixed(1)} ns | ${l.toFixed(1)} ns | ${(l / n).toFixed(2)}× |`);
}

/** Runs the plugin's transform over `source`, pointing the coroutine import at dist/. */
async function lower(source, dist) {
  const { default: tasklocalPlugin } = await import(new URL('plugin/rollup.mjs', dist).href);
  const plugin = tasklocalPlugin();
  const result = plugin.transform.handler.call(
    { meta: {}, warn: console.warn },
    source,
    '/app/await-loop.js',
  );
  if (!result?.code.includes('_tl$start(')) throw new Error('the plugin did not lower the loop');
  return result.code.replace('"tasklocal"', JSON.stringify(new URL('tasklocal.mjs', dist).href));
}

async function importSource(code) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tasklocal-bench-')), 'loop.mjs');
  fs.writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const engine = process.argv[2];
if (engine === undefined) {
  console.log(`Node ${process.version}: ${RUNS} runs of ${AWAITS} awaits each, median per await\n`);
  console.log('| engine | native await | lowered await | lowered / native |');
  console.log('| --- | --- | --- | --- |');
  for (const name of ['async-local-storage', 'zone']) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    console.log(child.stdout.trim());
  }
} else {
  await measure(engine);
}
