// Runs every case in the current environment (Node or a page) and returns
// plain figures; reporting and ratios live in report.mjs. This module never
// uses native async/await inside measurements: only promise chains between them.
import { measure } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { MEMORY, SPAWN } from './groups.mjs';
import { measureMemory, memoryCases } from './memory-cases.mjs';
import { microCases } from './micro-cases.mjs';
import { INNER } from './settings.mjs';
import { checkBatch, spawnCases } from './spawn-cases.mjs';

/** Runs the promise-returning steps one after another. */
function sequence(steps) {
  return steps.reduce((previous, step) => previous.then(step), Promise.resolve());
}

function summarise(stats, per) {
  return { avg: stats.avg / per, p50: stats.p50 / per, p75: stats.p75 / per, samples: stats.samples.length };
}

function runMicro(cases, settings, log) {
  const rows = [];
  return sequence(
    cases.map((micro) => () => {
      let measured;
      // enter() runs measure() synchronously inside its zone; measure's promise comes back out.
      const inside = micro.enter(() => (measured = measure(micro.loop, { ...settings.micro })));
      return Promise.resolve(inside)
        .then(() => measured)
        .then((stats) => {
          rows.push({ group: micro.group, name: micro.name, unit: 'ns', ...summarise(stats, INNER) });
          log(`  ${micro.group}: ${micro.name}  ${(stats.avg / INNER).toFixed(2)} ns`);
        });
    }),
  ).then(() => rows);
}

function runSpawn(settings, log) {
  const rows = [];
  const n = settings.tasks;
  return sequence(
    spawnCases.map((spawnCase) => () => {
      let last;
      const batch = () => spawnCase.batch(n).then((results) => (last = results));
      return measure(batch, { ...settings.spawn }).then((stats) => {
        checkBatch(spawnCase.name, last);
        // mitata reports ns per batch: µs per task is ns / 1000 / n.
        rows.push({ group: SPAWN, name: spawnCase.name, unit: 'µs', ...summarise(stats, 1000 * n) });
        log(`  ${SPAWN}: ${spawnCase.name}  ${(stats.avg / 1000 / n).toFixed(2)} µs`);
      });
    }),
  ).then(() => rows);
}

function runMemory(settings, memory, log) {
  if (memory === null) return Promise.resolve([]);
  const rows = [];
  const n = settings.tasks;
  return sequence(
    memoryCases.map((memoryCase) => () => {
      const rounds = [];
      return sequence(
        Array.from(
          { length: settings.memoryRounds },
          () => () => measureMemory(memoryCase, n, memory).then((round) => rounds.push(round)),
        ),
      ).then(() => {
        // The median round, by heap per task.
        rounds.sort((a, b) => a.bytesPerTask - b.bytesPerTask);
        const median = rounds[(rounds.length - 1) >> 1];
        rows.push({
          group: MEMORY,
          name: memoryCase.name,
          unit: 'B',
          avg: median.bytesPerTask,
          retained: Math.max(...rounds.map((round) => round.retained)),
          samples: rounds.length,
        });
        log(`  ${MEMORY}: ${memoryCase.name}  ${median.bytesPerTask.toFixed(0)} B/task`);
      });
    }),
  ).then(() => rows);
}

/**
 * @param options.settings  from settingsFor(quick)
 * @param options.extraMicro  environment-only micro cases (AsyncLocalStorage in Node)
 * @param options.memory  { gc, heapUsed } or null when the environment cannot measure the heap
 */
export function runSuite({ settings, extraMicro = [], memory, log = () => {} }) {
  const results = { tasks: settings.tasks, quick: settings.quick, rows: [] };
  const add = (rows) => results.rows.push(...rows);
  return runMicro([...microCases, ...extraMicro], settings, log)
    .then(add)
    .then(() => runSpawn(settings, log))
    .then(add)
    .then(() => runMemory(settings, memory, log))
    .then(add)
    .then(() => results);
}
