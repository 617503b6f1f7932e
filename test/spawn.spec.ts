import { currentTask, spawn, Task } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('spawn', () => {
  it('returns an awaitable Task with the function result', async () => {
    const task = spawn(() => 42);
    expect(task).toBeInstanceOf(Task);
    expect(await task).toBe(42);
  });

  it('awaits a promise the function returns', async () => {
    expect(await spawn(() => sleep(1).then(() => 'late'))).toBe('late');
  });

  it('names the task after options.name, else after the function', () => {
    expect(spawn(function worker() {}).name).toBe('worker');
    expect(spawn(function worker() {}, { name: 'job 7' }).name).toBe('job 7');
  });

  it('drives a generator function, awaiting each yielded promise inside the task', async () => {
    const task: Task<[number, boolean]> = spawn(function* (): Generator<unknown, [number, boolean], number> {
      const a: number = yield sleep(1).then(() => 1);
      const b: number = yield Promise.resolve(2);
      const c: number = yield 3;
      return [a + b + c, currentTask() === task];
    });
    expect(await task).toEqual([6, true]);
  });

  it('throws a rejected yielded promise into the generator', async () => {
    const task = spawn(function* () {
      try {
        yield Promise.reject(new Error('nope'));
        return 'not reached';
      } catch (error) {
        return `caught ${(error as Error).message}`;
      }
    });
    expect(await task).toBe('caught nope');
  });

  it('rejects the task with an error the function throws', async () => {
    await expectAsync(
      spawn(() => {
        throw new Error('boom');
      }),
    ).toBeRejectedWithError('boom');
    await expectAsync(
      spawn(function* () {
        yield hop();
        throw new Error('late boom');
      }),
    ).toBeRejectedWithError('late boom');
  });

  it('supports catch and finally', async () => {
    let settled = false;
    const caught = await spawn(() => Promise.reject(new Error('x')))
      .finally(() => (settled = true))
      .catch((error: Error) => error.message);
    expect([caught, settled]).toEqual(['x', true]);
  });

  it('explains bad arguments', () => {
    expect(() => spawn('run' as never)).toThrowError(TypeError, /needs a function.*the string "run"/);
    expect(() => spawn(() => 1, { nmae: 'x' } as never)).toThrowError(TypeError, /unknown option "nmae"/);
    expect(() => spawn(() => 1, null as never)).toThrowError(TypeError, /options must be an object/);
  });
});

describe('currentTask', () => {
  it('is null outside any task', () => {
    expect(currentTask()).toBeNull();
  });

  it('is the innermost running task, also after hops', async () => {
    const outer = spawn(async () => {
      const self = currentTask();
      const inner = spawn(() => [currentTask()]);
      await sleep(1);
      return [self, (await inner)[0], currentTask(), inner];
    });
    const [self, innerSeen, afterHop, inner] = await outer;
    expect(self).toBe(outer);
    expect(innerSeen).toBe(inner);
    expect(afterHop).toBe(outer);
  });
});
