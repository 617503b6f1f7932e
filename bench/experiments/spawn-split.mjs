// Experiment behind BENCHMARKS.md's issue 20 section (not part of `npm run
// bench`): where a spawn's cost over raw zone.js fork+run goes. The same task
// body with nothing task-local in it, with a TaskVar, and with a Local (the
// harness's case): time per task, best of 5, N tasks at once.
//   node --expose-gc bench/experiments/spawn-split.mjs
import 'zone.js/node';
import { Local, spawn, TaskVar } from '../../dist/tasklocal.mjs';

const N = 100_000;
const local = new Local();
const variable = new TaskVar();
const hop = () => Promise.resolve();
const fork = (i) => Zone.current.fork({ name: 'raw task', properties: { x: i } });

const variants = {
  'raw fork+run': (i) => fork(i).run(() => hop().then(() => Zone.current.get('x'))),
  'spawn, nothing set': (i) => spawn(() => hop().then(() => i)),
  'spawn + TaskVar': (i) =>
    spawn(() => {
      variable.set(i);
      return hop().then(() => variable.get());
    }),
  'spawn + Local': (i) =>
    spawn(() => {
      local.x = i;
      return hop().then(() => local.x);
    }),
};

const time = {};
for (let round = 0; round < 5; round++) {
  for (const [name, start] of Object.entries(variants)) {
    gc();
    const t0 = performance.now();
    const all = new Array(N);
    for (let i = 0; i < N; i++) all[i] = start(i);
    await Promise.all(all);
    time[name] = Math.min(time[name] ?? Infinity, ((performance.now() - t0) * 1000) / N);
  }
}
for (const [name, perTask] of Object.entries(time)) {
  console.log(
    `${name.padEnd(20)} ${perTask.toFixed(2)} µs/task (${(perTask / time['raw fork+run']).toFixed(2)}× raw)`,
  );
}
