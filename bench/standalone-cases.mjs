// The read cases of the standalone-engine page (issue 12). A page commits to
// one engine, so they get a page of their own with its own floors (a bare
// Proxy get trap, a plain property read, a plain getter method); ratios across
// pages are taken between each page's ratios to its own floor (report.mjs).
// Written like micro-cases.mjs: each case its own function literal, INNER
// operations per iteration, every result consumed. This module has no zone.js
// and must not load anything that needs it.
import { do_not_optimize as consume } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { Local, spawn, standalone, TaskVar, useEngine } from '../dist/tasklocal.mjs';
import { READ_STANDALONE } from './groups.mjs';
import { INNER } from './settings.mjs';

// Before the first Local: nothing may commit the page to another engine first.
useEngine(standalone);

const plain = { x: 1 };
plain.x = 2; // a field written more than once is not folded to a constant by V8
const holder = {
  value: 1,
  get() {
    return this.value;
  },
};
holder.value = 2;
const readProxy = new Proxy({}, { get: () => 1 });
const local = new Local();
const taskVar = new TaskVar();

/** Floors run outside any task, as on the zone page (which runs them in the root zone). */
const outside = (run) => run();

/**
 * Runs `run` synchronously in a task holding local.x and taskVar. The
 * standalone engine keeps the task only while tasklocal's own call runs:
 * mitata's iterator loop runs within that call, before measure's first await.
 */
const inTask = (run) =>
  spawn(() => {
    local.x = 1;
    taskVar.set(1);
    return run();
  });

/**
 * Called after a timed loop, inside the same call (untimed): throws unless
 * the loop still ran in the task. Outside it the standalone engine reads the
 * root frame, which holds nothing, and would time a different path silently.
 */
function checkInTask(name) {
  if (local.x !== 1 || taskVar.get() !== 1) throw new Error(`${name}: the timed loop ran outside its task`);
}

/** @type {{ group: string, name: string, enter: (run: () => unknown) => unknown, loop: (state: Iterable<unknown>) => void }[]} */
export const standaloneCases = [
  {
    group: READ_STANDALONE,
    name: 'plain object property',
    enter: outside,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(plain.x);
    },
  },
  {
    group: READ_STANDALONE,
    name: 'plain getter method',
    enter: outside,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(holder.get());
    },
  },
  {
    group: READ_STANDALONE,
    name: 'bare Proxy get trap',
    enter: outside,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(readProxy.x);
    },
  },
  {
    group: READ_STANDALONE,
    name: 'tasklocal local.x',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(local.x);
      checkInTask('tasklocal local.x');
    },
  },
  {
    group: READ_STANDALONE,
    name: 'tasklocal TaskVar get()',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(taskVar.get());
      checkInTask('tasklocal TaskVar get()');
    },
  },
];
