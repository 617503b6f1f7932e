import { Local, spawn, TaskVar } from '../../src/index.js';
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
});
