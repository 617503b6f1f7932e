// Spawning: N tasks started at once, each one write, one promise hop and one
// read; a sample is the whole batch, from the first start until all settled.
// Each way sets its value the way a user of it would: tasklocal writes
// local.x inside the task, raw zones and OTel put it in the new zone's
// properties / context when forking.
import { context, local, OTEL_KEY } from './contexts.mjs';
import { spawn } from '../dist/tasklocal.mjs';

const hop = () => Promise.resolve();

export const spawnCases = [
  {
    name: 'plain promise',
    batch: (n) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) all[i] = hop().then(() => i);
      return Promise.all(all);
    },
  },
  {
    name: 'raw Zone.fork({ name, properties }).run',
    batch: (n) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) {
        all[i] = Zone.current
          .fork({ name: 'raw task', properties: { x: i } })
          .run(() => hop().then(() => Zone.current.get('x')));
      }
      return Promise.all(all);
    },
  },
  {
    name: 'OTel context.with',
    batch: (n) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) {
        all[i] = context.with(context.active().setValue(OTEL_KEY, i), () =>
          hop().then(() => context.active().getValue(OTEL_KEY)),
        );
      }
      return Promise.all(all);
    },
  },
  {
    name: 'tasklocal spawn',
    batch: (n) => {
      const all = new Array(n);
      for (let i = 0; i < n; i++) {
        all[i] = spawn(() => {
          local.x = i;
          return hop().then(() => local.x);
        });
      }
      return Promise.all(all);
    },
  },
];

/** Throws unless every task read back its own value: each way really kept it across the hop. */
export function checkBatch(name, results) {
  for (let i = 0; i < results.length; i++) {
    if (results[i] !== i) {
      throw new Error(`${name}: task ${i} read ${results[i]} back instead of its own value`);
    }
  }
}
