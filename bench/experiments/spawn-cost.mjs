// Experiment behind BENCHMARKS.md's spawn and memory recommendations (not part
// of `npm run bench`): raw zone forks with tasklocal's extra layers added one at
// a time: a wrapper promise resolved with the body's promise, and a non-promise
// thenable handed to Promise.all. Time per task (best of 5, wall clock and the
// process's CPU time: on a shared, loaded machine the CPU time is the steadier
// of the two) and heap per live task.
//   node --expose-gc bench/experiments/spawn-cost.mjs
import 'zone.js/node';
import { Local, spawn } from '../../dist/tasklocal.mjs';

const N = 100_000;
const local = new Local();
const fork = (i) => Zone.current.fork({ name: 'raw task', properties: { x: i } });

class Thenable {
  constructor(promise) {
    this.promise = promise;
  }
  then(onFulfilled, onRejected) {
    return this.promise.then(onFulfilled, onRejected);
  }
}
function wrapped(body) {
  let resolve;
  const promise = new Promise((onResolve) => (resolve = onResolve));
  resolve(body());
  return promise;
}

const variants = {
  'raw fork+run': (i, wait) => fork(i).run(() => wait().then(() => Zone.current.get('x'))),
  '+ wrapper promise': (i, wait) =>
    wrapped(() => fork(i).run(() => wait().then(() => Zone.current.get('x')))),
  '+ thenable': (i, wait) => new Thenable(fork(i).run(() => wait().then(() => Zone.current.get('x')))),
  'tasklocal spawn': (i, wait) =>
    spawn(() => {
      local.x = i;
      return wait().then(() => local.x);
    }),
};

const time = {};
const cpu = {};
for (let round = 0; round < 5; round++) {
  for (const [name, start] of Object.entries(variants)) {
    gc();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const all = new Array(N);
    for (let i = 0; i < N; i++) all[i] = start(i, () => Promise.resolve());
    await Promise.all(all);
    const used = process.cpuUsage(c0);
    time[name] = Math.min(time[name] ?? Infinity, ((performance.now() - t0) * 1000) / N);
    cpu[name] = Math.min(cpu[name] ?? Infinity, (used.user + used.system) / N);
  }
}
for (const [name, start] of Object.entries(variants)) {
  let open;
  const gate = new Promise((resolve) => (open = resolve));
  gc();
  const before = process.memoryUsage().heapUsed;
  let all = new Array(N);
  for (let i = 0; i < N; i++) all[i] = start(i, () => gate);
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / N;
  open();
  await Promise.all(all);
  all = null;
  const ratio = time[name] / time['raw fork+run'];
  const cpuRatio = cpu[name] / cpu['raw fork+run'];
  console.log(
    `${name.padEnd(20)} ${time[name].toFixed(2)} µs/task (${ratio.toFixed(2)}× raw)  ` +
      `CPU ${cpu[name].toFixed(2)} µs/task (${cpuRatio.toFixed(2)}× raw)  ${bytes.toFixed(0)} B/live task`,
  );
}
