// Experiment behind the handler shape in src/local-handler.ts (not part of
// `npm run bench`): the same read trap, reached through two handler shapes.
// V8 looks a Proxy's trap up on its handler at every operation; when the
// handler is an object with many fields of its own and the trap sits on its
// prototype, that lookup costs about a third of a read. Ratios to a bare
// Proxy get trap in the same run, best of 15 rounds.
//   node bench/experiments/proxy-handler.mjs
import { Local, spawn, standalone, useEngine } from '../../dist/tasklocal.mjs';

useEngine(standalone); // no zone.js: only the handler shapes differ
const N = 3_000_000;
const ROUNDS = 15;
const EMPTY = Object.freeze(Object.create(null));

/** State like a Local's storage: a one-entry cache and a few more fields. */
class StoreHandler {
  constructor() {
    this.lastStore = Object.create(EMPTY);
    this.lastStore.x = 1;
    Object.assign(this, { options: {}, stores: new WeakMap(), proxy: null, accessors: undefined });
    Object.assign(this, { discriminator: null, lastOwner: null, defaultStore: undefined });
  }
  get(target, key) {
    const store = this.lastStore;
    const value = store[key];
    return value !== undefined || key in store ? value : Reflect.get(target, key);
  }
}
const trapsOf = (handler) => ({ get: (target, key) => handler.get(target, key) });

const local = new Local();
const proxies = {
  'bare Proxy get trap': new Proxy({}, { get: () => 1 }),
  'handler with fields, trap on its prototype': new Proxy({}, new StoreHandler()),
  'own-property trap calling that handler': new Proxy({}, trapsOf(new StoreHandler())),
  'tasklocal local.x': local,
};
// One loop literal per case, so that each keeps its own type feedback.
const loops = {
  'bare Proxy get trap': (p, n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.x;
    return sum;
  },
  'handler with fields, trap on its prototype': (p, n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.x;
    return sum;
  },
  'own-property trap calling that handler': (p, n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.x;
    return sum;
  },
  'tasklocal local.x': (p, n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.x;
    return sum;
  },
};

await spawn(() => {
  local.x = 1;
  const best = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, loop] of Object.entries(loops)) {
      const start = process.hrtime.bigint();
      if (loop(proxies[name], N) !== N) throw new Error(`${name} read the wrong value`);
      best[name] = Math.min(best[name] ?? Infinity, Number(process.hrtime.bigint() - start) / N);
    }
  }
  const floor = best['bare Proxy get trap'];
  for (const [name, ns] of Object.entries(best)) {
    console.log(`${name.padEnd(45)} ${(ns / floor).toFixed(2)}× bare Proxy`);
  }
});
