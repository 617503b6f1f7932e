// Node-only baselines: AsyncLocalStorage. Its run() is synchronous, so a
// measurement started inside it reads that store throughout.
import { AsyncLocalStorage } from 'node:async_hooks';
import { do_not_optimize as consume } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { READ, WRITE } from './groups.mjs';
import { INNER } from './settings.mjs';

const storage = new AsyncLocalStorage();
const inStorage = (run) => storage.run({ x: 1 }, run);

export const nodeMicroCases = [
  {
    group: READ,
    name: 'AsyncLocalStorage getStore().x',
    enter: inStorage,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(storage.getStore().x);
    },
  },
  {
    group: READ,
    name: 'AsyncLocalStorage getStore()',
    enter: inStorage,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(storage.getStore());
    },
  },
  {
    group: WRITE,
    name: 'AsyncLocalStorage getStore().x =',
    enter: inStorage,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) storage.getStore().x = i;
      consume(storage.getStore().x);
    },
  },
];
