// Read and write micro-benchmarks. Every case is its own function literal, so
// V8 keeps separate type feedback per case (a shared loop calling `op()` would
// turn megamorphic and add the same call cost to every case). Each iteration
// runs INNER operations; results go through do_not_optimize so that none is
// dead code. Times are reported per operation.
import { do_not_optimize as consume } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { READ, READ3, WRITE } from './groups.mjs';
import { INNER } from './settings.mjs';
import {
  context,
  inOtel,
  inOtel3,
  inRawZone,
  inRoot,
  inTask,
  inTask3,
  local,
  OTEL_KEY,
  subLocal,
  TASK_KEY,
  taskVar,
} from './contexts.mjs';

const plain = { x: 1 };
plain.x = 2; // a field written more than once is not folded to a constant by V8
const readProxy = new Proxy({}, { get: () => 1 });
const writeProxy = new Proxy({}, { set: () => true });

/** @type {{ group: string, name: string, enter: (run: () => unknown) => unknown, loop: (state: Iterable<unknown>) => void }[]} */
export const microCases = [
  {
    group: READ,
    name: 'plain object property',
    enter: inRoot,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(plain.x);
    },
  },
  {
    group: READ,
    name: 'bare Proxy get trap',
    enter: inRoot,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(readProxy.x);
    },
  },
  {
    group: READ,
    name: 'raw Zone.current.get',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(Zone.current.get(TASK_KEY));
    },
  },
  {
    group: READ,
    name: 'OTel context.active().getValue',
    enter: inOtel,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(context.active().getValue(OTEL_KEY));
    },
  },
  {
    group: READ,
    name: 'tasklocal local.x',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(local.x);
    },
  },
  {
    group: READ,
    name: 'tasklocal TaskVar get()',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(taskVar.get());
    },
  },
  {
    group: READ,
    name: 'tasklocal subclass local.x',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(subLocal.x);
    },
  },
  {
    group: READ3,
    name: 'raw Zone.current.get',
    enter: inTask3,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(Zone.current.get(TASK_KEY));
    },
  },
  {
    group: READ3,
    name: 'OTel context.active().getValue',
    enter: inOtel3,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(context.active().getValue(OTEL_KEY));
    },
  },
  {
    group: READ3,
    name: 'tasklocal local.x',
    enter: inTask3,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(local.x);
    },
  },
  {
    group: WRITE,
    name: 'plain object property',
    enter: inRoot,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) plain.x = i;
      consume(plain.x);
    },
  },
  {
    group: WRITE,
    name: 'bare Proxy set trap',
    enter: inRoot,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) writeProxy.x = i;
    },
  },
  {
    group: WRITE,
    name: 'raw Zone.current.get(bag).x =',
    enter: inRawZone,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) Zone.current.get('bag').x = i;
      consume(Zone.current.get('bag').x);
    },
  },
  {
    group: WRITE,
    name: 'OTel context.active().setValue (new context)',
    enter: inOtel,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(context.active().setValue(OTEL_KEY, i));
    },
  },
  {
    group: WRITE,
    name: 'tasklocal local.x =',
    enter: inTask,
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) local.x = i;
      consume(local.x);
    },
  },
];
