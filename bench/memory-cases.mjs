// Memory: N tasks kept alive at once (each waits on one gate promise), each
// holding one value; then the gate opens, all finish, and we look at what the
// heap still holds after GC. Needs a GC hook and a heap reading from the
// runner; without them (a browser without precise memory info) it is skipped.
import { local } from './contexts.mjs';
import { spawn } from '../dist/tasklocal.mjs';

export const memoryCases = [
  {
    name: 'raw Zone.fork({ properties }).run',
    start: (n, gate) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) {
        all[i] = Zone.current
          .fork({ name: 'raw task', properties: { x: i } })
          .run(() => gate.then(() => Zone.current.get('x')));
      }
      return all;
    },
  },
  {
    name: 'tasklocal spawn',
    start: (n, gate) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) {
        all[i] = spawn(() => {
          local.x = i;
          return gate.then(() => local.x);
        });
      }
      return all;
    },
  },
];

/**
 * One round of one case: heap per live task, and the share of the peak growth
 * still held once every task finished and GC ran.
 */
export function measureMemory(memoryCase, n, { gc, heapUsed }) {
  let open;
  const gate = new Promise((resolve) => (open = resolve));
  gc();
  const before = heapUsed();
  let tasks = memoryCase.start(n, gate);
  gc();
  const live = heapUsed();
  const finished = Promise.all(tasks);
  tasks = null;
  open();
  return finished.then((values) => {
    if (values[n - 1] !== n - 1) throw new Error(`${memoryCase.name}: the last task lost its value`);
    values = null;
    // Let pending zone.js bookkeeping settle before collecting.
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      gc();
      gc();
      const after = heapUsed();
      return {
        bytesPerTask: (live - before) / n,
        retained: Math.max(0, after - before) / (live - before),
      };
    });
  });
}
