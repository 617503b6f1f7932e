// Lazy thenables, as query builders and client libraries return them: their
// `then` does the work, so it must run inside the task that awaits them.
import { coroutine, Local, spawn } from '../src/index.js';
import { sleep } from './helpers.js';

/** A query builder's result: nothing happens until someone calls `then`. */
function lazyQuery<T>(work: () => T, delayMs = 0): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(
      onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
      onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
    ): PromiseLike<R1 | R2> {
      const run = new Promise<T>((resolve) =>
        delayMs === 0 ? resolve(work()) : setTimeout(() => resolve(work()), delayMs),
      );
      return run.then(onFulfilled, onRejected);
    },
  };
}

describe('a lazy thenable', () => {
  it("runs its then inside the generator task that yields it, not in the spawner's", async () => {
    const local = new Local<{ id: string }>();
    const seen = await spawn(function* () {
      local.id = 'parent';
      return yield spawn(function* () {
        local.id = 'child';
        const inThen: unknown = yield lazyQuery(() => local.id);
        const inTimer: unknown = yield lazyQuery(() => local.id, 1);
        return [inThen, inTimer];
      });
    });
    expect(seen).toEqual(['child', 'child']);
  });

  it('returned by a plain task runs its then inside that task', async () => {
    const local = new Local<{ id: string }>();
    const seen = await spawn(function* () {
      local.id = 'parent';
      return yield spawn(() => {
        local.id = 'child';
        return lazyQuery(() => local.id, 1);
      });
    });
    expect(seen).toBe('child');
  });

  it('runs its then inside the task that called a coroutine yielding it', async () => {
    const local = new Local<{ id: string }>();
    const load = coroutine(function* () {
      const viaThen: unknown = yield lazyQuery(() => local.id);
      yield sleep(1);
      const viaTimer: unknown = yield lazyQuery(() => local.id, 1);
      return [viaThen, viaTimer, local.id];
    });
    const run = (id: string) =>
      spawn(() => {
        local.id = id;
        return load();
      });
    expect(await Promise.all([run('a'), run('b')])).toEqual([
      ['a', 'a', 'a'],
      ['b', 'b', 'b'],
    ]);
  });
});
