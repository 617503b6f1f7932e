/**
 * Awaits `value` inside a generator task or coroutine, typed: with
 * `const user = yield* wait(fetchUser())`, `user` has the promise's type,
 * where a bare `yield` gives `any` (and fails to compile in a generator
 * declared without a return type).
 *
 * @example
 * function* handle() {
 *   const user = yield* wait(fetchUser()); // typed as fetchUser's result
 *   return user.name;
 * }
 */
export function* wait<T>(value: T | PromiseLike<T>): Generator<T | PromiseLike<T>, Awaited<T>, unknown> {
  // The driver sends back what the yielded value resolved to.
  return (yield value) as Awaited<T>;
}
