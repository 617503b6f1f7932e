import { describe } from './describe.js';
import { drive } from './drive.js';
import { engine } from './engine.js';
import { ourPromise, watchAwaited, watchingReturn } from './escape-watch.js';

/**
 * Turns a generator function into an async function that keeps its task:
 * called, it captures the current context (task, zone, `TaskVar.run` scopes),
 * and every resume after a `yield` runs in that context again, on every
 * engine. `yield` plays the part of `await`. tasklocal's bundler plugins lower
 * native `async` functions to calls of this.
 *
 * @example
 * const loadUser = coroutine(function* (id: string) {
 *   const response: Response = yield fetch(`/users/${id}`);
 *   return request.id; // still this task's request
 * });
 */
export function coroutine<A extends unknown[], R, This = unknown>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- what a yield gives back is the awaited value, which the caller annotates
  fn: (this: This, ...args: A) => Generator<unknown, R, any>,
): (this: This, ...args: A) => Promise<R> {
  if (typeof fn !== 'function') {
    throw new TypeError(`coroutine(fn) needs a generator function, got ${describe(fn)}.`);
  }
  return function (this: This, ...args: A): Promise<R> {
    const context = engine().current();
    return ourPromise(
      new Promise<R>((resolve, reject) => {
        drive(context, fn.apply(this, args), watchingReturn(resolve, context), reject, watchAwaited);
      }),
    );
  };
}
