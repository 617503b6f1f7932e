// Many tasks run one after another, each storing a value in a Local: once
// they are done and garbage is collected, the heap must be back where it
// started (within `tolerance`), or finished tasks are being kept alive.
// "Started" is measured after a warm-up of the same work: the first tasks a
// process runs leave one-time allocations (compiled code, zone.js's lazily
// made structures, optimised code: 0.3 to 1 MB here, until some 50,000 tasks ran)
// that do not grow with the count.
import { Local, spawn } from 'tasklocal';

const gc = globalThis.gc;

function settledHeap() {
  // Several rounds, with a macrotask between them, so that WeakMap entries
  // whose keys died in one round are gone by the last.
  let rounds = 4;
  return new Promise((resolve) => {
    const round = () => {
      gc();
      if (--rounds === 0) resolve(process.memoryUsage().heapUsed);
      else setImmediate(round);
    };
    round();
  });
}

/** Runs `count` tasks one after another; returns how many read back a value not their own. */
async function runInSequence(local, count, onProgress) {
  let wrong = 0;
  for (let index = 0; index < count; index++) {
    const value = { index, bytes: new Uint8Array(256) };
    const seen = await spawn(function* () {
      local.value = value;
      yield Promise.resolve();
      return local.value;
    });
    if (seen !== value) wrong++;
    if (index % 50_000 === 0) onProgress();
  }
  return wrong;
}

export async function sequentialHeap(count, { tolerance = 0.05, warmUp = 50_000 } = {}) {
  if (!gc) throw new Error('run with node --expose-gc (npm run stress does)');
  const local = new Local();
  const cold = await settledHeap();
  await runInSequence(local, warmUp, () => {});
  const before = await settledHeap();
  let peak = before;
  const crossed = await runInSequence(local, count, () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const after = await settledHeap();
  const growth = (after - before) / before;
  return { tasks: count, warmUp, crossed, cold, before, after, peak, growth, ok: growth <= tolerance };
}
