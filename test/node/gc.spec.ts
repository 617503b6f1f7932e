import { Local, spawn, TaskDiscriminator, TaskVar } from '../../src/index.js';
import { hop, sleep } from '../helpers.js';

const gc = (globalThis as { gc?: () => void }).gc;

describe('storage lifetime', () => {
  it('lets the values of 10,000 finished tasks be garbage-collected', async () => {
    if (!gc) fail('run Node with --expose-gc (npm test does)');
    const local = new Local();
    const refs: WeakRef<object>[] = [];
    const tasks = [];
    for (let i = 0; i < 10_000; i++) {
      tasks.push(
        spawn(async () => {
          const payload = { bytes: new Uint8Array(10 * 1024) };
          refs.push(new WeakRef(payload));
          local.payload = payload;
          await hop();
          return local.payload === payload;
        }),
      );
    }
    expect((await Promise.all(tasks)).every(Boolean)).toBeTrue();
    tasks.length = 0;
    local.touchedOutsideTasks = true; // the one-entry caches now point away from the last task
    for (let round = 0; round < 3; round++) {
      await sleep(1);
      gc!();
    }
    await sleep(1);
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    expect(alive).toBe(0);
  });

  it('lets the last task to use a Local and a TaskVar be collected without touching them again', async () => {
    if (!gc) fail('run Node with --expose-gc (npm test does)');
    const local = new Local();
    const user = new TaskVar<object>();
    const refs: WeakRef<object>[] = [];
    await spawn(function* () {
      const payload = { bytes: new Uint8Array(1024 * 1024) };
      refs.push(new WeakRef(payload));
      local.payload = payload;
      user.set(payload);
      yield hop();
      return local.payload === payload && user.get() === payload; // the caches now hold this task
    });
    for (let round = 0; round < 3; round++) {
      await sleep(1);
      gc!();
    }
    expect(refs[0].deref()).toBeUndefined();
  });

  it('lets the last task to read a Local, a TaskVar and a discriminator be collected when its function returns a promise', async () => {
    if (!gc) fail('run Node with --expose-gc (npm test does)');
    const local = new Local();
    const user = new TaskVar<object>();
    const discriminator = new TaskDiscriminator();
    const refs: WeakRef<object>[] = [];
    // Nobody awaits, reads the state of, or waits for this task: it ends on its own.
    spawn(() => {
      const payload = { bytes: new Uint8Array(1024 * 1024) };
      refs.push(new WeakRef(payload), new WeakRef(discriminator.current()!));
      local.payload = payload;
      user.set(payload);
      return hop().then(() => void [local.payload, user.get(), discriminator.current()]); // the caches hold it now
    });
    for (let round = 0; round < 3; round++) {
      await sleep(1);
      gc!();
    }
    expect(refs.map((ref) => ref.deref())).toEqual([undefined, undefined]);
  });

  it('lets the values of Locals used outside any task and then dropped be collected, while no task finishes', async () => {
    if (!gc) fail('run Node with --expose-gc (npm test does)');
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 1_000; i++) refs.push(useAndDrop());
    await collected();
    expect(refs.filter((ref) => ref.deref() !== undefined).length).toBe(0);
  });

  for (const inherit of [false, true]) {
    it(`lets a dropped Local's values be collected while its five tasks still run (inherit: ${inherit})`, async () => {
      if (!gc) fail('run Node with --expose-gc (npm test does)');
      // As CPython's test_threading_local: the tasks reach the Local only through this holder.
      const holder: { local?: Local } = { local: new Local({ inherit }) };
      const refs: WeakRef<object>[] = [];
      const store = (): void => {
        const payload = { bytes: new Uint8Array(1024) };
        refs.push(new WeakRef(payload));
        holder.local!.payload = payload;
        void holder.local!.payload;
      };
      store(); // one value outside any task
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const tasks = Array.from({ length: 5 }, () =>
        spawn(function* () {
          store();
          yield spawn(() => 'a child, which inherits when the Local does');
          void holder.local!.payload; // the child's end emptied the read caches: fill them again
          yield gate;
        }),
      );
      for (let i = 0; i < 3; i++) await hop();
      holder.local = undefined;
      await collected();
      const alive = refs.filter((ref) => ref.deref() !== undefined).length;
      release();
      await Promise.all(tasks);
      expect(tasks.every((task) => task.state === 'fulfilled')).toBeTrue();
      expect(refs.length).toBe(6);
      expect(alive).toBe(0);
    });
  }
});

/** Module-level state of some library, used outside any task and dropped when it is unloaded. */
function useAndDrop(): WeakRef<object> {
  const local = new Local();
  const payload = { bytes: new Uint8Array(1024) };
  local.payload = payload;
  expect(local.payload === payload).toBeTrue(); // the read fills the Local's one-entry cache
  return new WeakRef(payload);
}

/**
 * Rounds of full garbage collection, each after the current job ends (WeakRef
 * targets live until then) and after timers other specs left (a macrotask
 * that still holds an object keeps it one round longer).
 */
async function collected(): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await new Promise((resolve) => (round % 2 === 0 ? setImmediate(resolve) : setTimeout(resolve, 1)));
    gc!();
  }
}
