// Experiment behind BENCHMARKS.md's read/write recommendations (not part of
// `npm run bench`): proxy handlers shaped like tasklocal's, but caching the
// store on Zone.current directly, with two kinds of store object, and the
// floor of any store-backed bag: one fixed store, no lookup.
//   node bench/experiments/hot-path.mjs
import 'zone.js/node';
import { do_not_optimize as consume, measure } from 'mitata/src/lib.mjs';
import { Local, spawn } from '../../dist/tasklocal.mjs';

const INNER = 100;
const ROUNDS = 6;
const EMPTY = Object.create(null);

/** A handler keeping one store per zone, with a one-entry cache keyed by Zone.current itself. */
function zoneCachedHandler(makeStore) {
  const stores = new WeakMap();
  let lastZone;
  let lastStore;
  const current = () => {
    const zone = Zone.current;
    if (zone === lastZone) return lastStore;
    let store = stores.get(zone);
    if (store === undefined) stores.set(zone, (store = makeStore()));
    lastZone = zone;
    return (lastStore = store);
  };
  return {
    get(target, key) {
      const store = current();
      const value = store[key];
      return value !== undefined || key in store ? value : Reflect.get(target, key);
    },
    set(_target, key, value) {
      current()[key] = value;
      return true;
    },
  };
}

const local = new Local();
const bare = new Proxy({}, { get: () => 1, set: () => true });
// Object.create(null) objects are dictionary-mode in V8; an object whose
// prototype is an empty null-prototype object keeps fast properties, and
// `__proto__` is still an ordinary own key on it.
const dictionaryStore = new Proxy(
  {},
  zoneCachedHandler(() => Object.create(null)),
);
const fastStore = new Proxy(
  {},
  zoneCachedHandler(() => Object.create(EMPTY)),
);

// The floor for any attribute bag that keeps values in a store object: no
// context lookup and no cache at all, one fixed store and its keyed load.
const oneStore = Object.create(EMPTY);
const fixedStore = new Proxy(
  {},
  {
    get(target, key) {
      const value = oneStore[key];
      return value !== undefined || key in oneStore ? value : Reflect.get(target, key);
    },
    set(_target, key, value) {
      oneStore[key] = value;
      return true;
    },
  },
);

const cases = {
  'bare Proxy get': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) consume(bare.x);
  },
  'tasklocal read': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) consume(local.x);
  },
  'zone cache + Object.create(null) read': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) consume(dictionaryStore.x);
  },
  'zone cache + fast store read': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) consume(fastStore.x);
  },
  'one fixed store, no lookup, read': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) consume(fixedStore.x);
  },
  'bare Proxy set': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) bare.x = i;
  },
  'tasklocal write': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) local.x = i;
  },
  'one fixed store, no lookup, write': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) fixedStore.x = i;
  },
  'zone cache + Object.create(null) write': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) dictionaryStore.x = i;
  },
  'zone cache + fast store write': (s) => {
    for (const _ of s) for (let i = 0; i < INNER; i++) fastStore.x = i;
  },
};

const best = {};
for (let round = 0; round < ROUNDS; round++) {
  await spawn(() => {
    local.x = 1;
    dictionaryStore.x = 1;
    fastStore.x = 1;
    fixedStore.x = 1;
    const all = Object.entries(cases).map(([name, loop]) =>
      measure(loop, { min_cpu_time: 150e6 }).then((stats) => {
        best[name] = Math.min(best[name] ?? Infinity, stats.p50 / INNER);
      }),
    );
    return Promise.all(all);
  });
}
for (const [name, ns] of Object.entries(best)) {
  const floor =
    name.endsWith('write') || name.endsWith('set') ? best['bare Proxy set'] : best['bare Proxy get'];
  console.log(`${name.padEnd(40)} ${ns.toFixed(2).padStart(6)} ns  ${(ns / floor).toFixed(2)}× bare Proxy`);
}
