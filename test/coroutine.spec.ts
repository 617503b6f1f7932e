// coroutine(): a generator function run as an async function that resumes in
// the context it was called in: what the bundler plugins lower async code to.
import { coroutine, currentTask, Local, spawn, TaskVar } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('coroutine', () => {
  it('keeps the calling task across every yield, with concurrent callers apart', async () => {
    const request = new Local<{ id: string }>();
    const user = new TaskVar<string>();
    const handle = coroutine(function* (id: string) {
      request.id = id;
      user.set(`user-${id}`);
      yield sleep(2);
      yield hop();
      return `${request.id}/${user.get()}`;
    });
    expect(await Promise.all([spawn(() => handle('a')), spawn(() => handle('b'))])).toEqual([
      'a/user-a',
      'b/user-b',
    ]);
  });

  it('passes this and arguments through, and returns a promise of the result', async () => {
    const counter = {
      step: 2,
      add: coroutine(function* (this: { step: number }, n: number) {
        yield hop();
        return n + this.step;
      }),
    };
    const result = counter.add(1);
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(3);
  });

  it('throws rejections into the generator and rejects with what it throws', async () => {
    const recover = coroutine(function* () {
      try {
        yield Promise.reject(new Error('nope'));
      } catch (error) {
        return `caught ${(error as Error).message}`;
      }
      return 'not reached';
    });
    const fail = coroutine(function* () {
      yield hop();
      throw new Error('late');
    });
    expect(await recover()).toBe('caught nope');
    await expectAsync(fail()).toBeRejectedWithError('late');
  });

  it('runs outside any task when called outside any task', async () => {
    const where = coroutine(function* () {
      yield hop();
      return currentTask();
    });
    expect(await where()).toBeNull();
  });

  it('explains a call without a function', () => {
    expect(() => coroutine('nope' as never)).toThrowError(
      TypeError,
      /coroutine\(fn\) needs a generator function, got the string "nope"/,
    );
  });
});
