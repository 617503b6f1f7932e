// coroutine(): a generator function run as an async function that resumes in
// the context it was called in: what the bundler plugins lower async code to.
import { coroutine, currentTask, Local, spawn, startCoroutine, TaskVar } from '../src/index.js';
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

// startCoroutine(): the shape the bundler plugin lowers an async function to.
describe('startCoroutine', () => {
  function lowered(id: string): Promise<string> {
    const generator = (function* () {
      request.id = id;
      yield sleep(2);
      yield hop();
      return request.id;
    })();
    return startCoroutine(generator, generator.next());
  }
  const request = new Local<{ id: string }>();

  it("continues a generator whose first step ran in the caller, in the caller's task", async () => {
    expect(await Promise.all([spawn(() => lowered('a')), spawn(() => lowered('b'))])).toEqual(['a', 'b']);
  });

  it('settles at once when the first step already returned', async () => {
    // eslint-disable-next-line require-yield -- a body that ends before any await
    const generator = (function* () {
      return 'done';
    })();
    expect(await startCoroutine(generator, generator.next())).toBe('done');
  });
});
