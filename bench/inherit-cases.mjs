// Inheritance: what inheriting Locals (`new Local({ inherit: true })`) cost a
// spawn. Two shapes an app really has:
// - idle: a module made 1,000 inheriting Locals that the spawning task never
//   uses; a spawn should not pay for them.
// - one per task: each task in a long sequence makes its own inheriting Local,
//   writes it and spawns a child that reads it; the time per task should not
//   grow with the number of tasks already run, nor the heap stay grown after.
//
// These are timed here rather than by mitata: every run starts after a
// macrotask turn. V8 keeps a WeakRef's target alive until the current job's
// microtasks are done, so back-to-back runs in one job (mitata's warm-up and
// sample) would let one run's dead Locals slow the next on code that tracks
// Locals through WeakRefs (tasklocal 0.1's inheritance did).
import { local } from './contexts.mjs';
import { checkBatch } from './spawn-cases.mjs';
import { Local, spawn } from '../dist/tasklocal.mjs';

const hop = () => Promise.resolve();
/** A macrotask turn: pending zone.js bookkeeping settles, and WeakRef targets become collectable. */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
const REWARM_TASKS = 2000;

/** Spawns `n` tasks like the `tasklocal spawn` case, from a task that made `idle` inheriting Locals. */
function spawnBesideIdle(idle, n) {
  return spawn(() => {
    const unused = Array.from({ length: idle }, () => new Local({ inherit: true }));
    const all = new Array(n);
    for (let i = 0; i < n; i++) {
      all[i] = spawn(() => {
        local.x = i;
        return hop().then(() => local.x);
      });
    }
    // `unused` stays reachable until every child settled.
    return Promise.all(all).then((values) => (unused.length === idle ? values : null));
  });
}

export const idleInheritCases = [0, 1000].map((idle) => ({
  name: `tasklocal spawn, ${idle.toLocaleString('en')} idle inheriting Locals`,
  idle,
}));

/** One round of an idle case: an untimed warm-up batch, then a timed one; µs per task. */
export function timeIdleBatch(idleCase, n, gc) {
  let started;
  return turn()
    .then(() => spawnBesideIdle(idleCase.idle, n))
    .then(turn)
    .then(() => {
      gc?.();
      started = performance.now();
      return spawnBesideIdle(idleCase.idle, n);
    })
    .then((values) => {
      const microseconds = ((performance.now() - started) * 1000) / n;
      checkBatch(idleCase.name, values);
      return microseconds;
    });
}

/** One task of the sequence: its own inheriting Local, written, then read by its child. */
function taskWithItsOwnLocal(i) {
  return spawn(() => {
    const mine = new Local({ inherit: true });
    mine.x = i;
    return spawn(() => mine.x);
  });
}

/**
 * Runs `n` such tasks one after another, each started when the one before
 * settled (as `for (…) await spawn(…)` would, all in one job); resolves with
 * `n` once the last child read its value.
 */
export function runInSequence(n) {
  return new Promise((resolve, reject) => {
    const step = (i) => {
      if (i === n) return resolve(n);
      taskWithItsOwnLocal(i).then((read) => {
        if (read !== i) return reject(new Error(`sequence: task ${i}'s child read ${read}`));
        step(i + 1);
      }, reject);
    };
    step(0);
  });
}

let longLived; // made on first use: in tasklocal 0.1 every inheriting Local slowed every later spawn

/**
 * The same path as the sequence (a Local made, written and read; a child that
 * inherits) without leaving an inheriting Local behind per task: it inherits
 * through one long-lived Local instead.
 */
function rewarm(n) {
  longLived ??= new Local({ inherit: true });
  return new Promise((resolve, reject) => {
    const step = (i) => {
      if (i === n) return resolve();
      spawn(() => {
        const mine = new Local();
        mine.x = i;
        longLived.x = i;
        return spawn(() => mine.x + longLived.x);
      }).then(() => step(i + 1), reject);
    };
    step(0);
  });
}

/**
 * One timed run of `n` tasks in sequence, after a macrotask turn and a forced
 * GC (untimed), so that no run pays for Locals a run before it left behind:
 * code that tracks Locals through WeakRefs (tasklocal 0.1's inheritance) only
 * forgets one once GC collected it. With a heap hook, also the heap still held
 * after the run and GC, per task run, re-warm-up included (may be slightly
 * negative: GC noise).
 *
 * A forced full GC also throws away optimised code that refers to objects it
 * collected, so a run started right after one pays for recompiling, a fixed
 * cost that would weigh on the small sizes most; an untimed re-warm-up that
 * leaves no inheriting Local behind takes about half of it.
 */
function timeSequence(n, memory) {
  let before, started, milliseconds;
  return turn()
    .then(() => {
      memory?.gc();
      before = memory?.heapUsed();
      return rewarm(REWARM_TASKS);
    })
    .then(turn)
    .then(() => {
      started = performance.now();
      return runInSequence(n);
    })
    .then(() => {
      milliseconds = performance.now() - started;
      return turn();
    })
    .then(() => {
      if (memory === null) return { milliseconds, heldPerTask: null };
      memory.gc();
      memory.gc();
      return { milliseconds, heldPerTask: (memory.heapUsed() - before) / (n + REWARM_TASKS) };
    });
}

/**
 * One round over `sizes`, smallest first, after two untimed warm-up runs of
 * the smallest. A size is skipped (null) once a run took longer than `budget`
 * ms: quadratic code would take minutes at 16,000 tasks.
 */
export function sequenceRound(sizes, memory, budget) {
  const figures = [];
  let overBudget = false;
  const next = (index) => {
    if (index === sizes.length) return figures;
    if (overBudget) {
      figures.push(null);
      return next(index + 1);
    }
    return timeSequence(sizes[index], memory).then((run) => {
      overBudget = run.milliseconds > budget;
      figures.push({ microsecondsPerTask: (run.milliseconds * 1000) / sizes[index], ...run });
      return next(index + 1);
    });
  };
  const warmUp = () => runInSequence(sizes[0]);
  return warmUp()
    .then(turn)
    .then(warmUp)
    .then(() => next(0));
}
