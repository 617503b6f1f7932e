import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { drive } from './drive.js';
import { engine } from '../engines/current.js';
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
    throw new TypeError(
      fault('TL208', DEV && `coroutine(fn) needs a generator function, got ${describe(fn)}.`),
    );
  }
  return function (this: This, ...args: A): Promise<R> {
    const context = engine().current();
    // Escapes are watched in development only (escape-watch.ts).
    const result = new Promise<R>((resolve, reject) => {
      drive(
        context,
        fn.apply(this, args),
        DEV ? watchingReturn(resolve, context) : resolve,
        reject,
        DEV ? watchAwaited : undefined,
      );
    });
    return DEV ? ourPromise(result) : result;
  };
}

/**
 * Continues a lowered async function whose generator has taken its first
 * step, `first`, in the current context, and returns the promise of its
 * result. tasklocal's bundler plugins emit calls of this:
 * `async function f(a) { … await x … }` becomes
 * `function f(a) { try { const g = { f: function* () { … yield x … } }.f.call(this); return startCoroutine(g, g.next()); } catch (e) { return Promise.reject(e); } }`,
 * which keeps the function's name, length, `this` and `arguments`, rejects
 * (not throws) when a default parameter or the first step throws, and runs
 * the first step with only the function and its generator on the stack.
 *
 * @example
 * function load(id) {
 *   const g = (function* () { return yield fetch(`/items/${id}`); })();
 *   return startCoroutine(g, g.next());
 * }
 */
export function startCoroutine<R>(
  generator: Generator<unknown, R>,
  first: IteratorResult<unknown, R>,
): Promise<R> {
  const context = engine().current();
  const result = new Promise<R>((resolve, reject) => {
    drive(
      context,
      generator,
      DEV ? watchingReturn(resolve, context) : resolve,
      reject,
      DEV ? watchAwaited : undefined,
      first,
    );
  });
  return DEV ? ourPromise(result) : result;
}
