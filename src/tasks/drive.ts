import { engine } from '../engines/current.js';

/**
 * Runs a generator to completion inside `context`, the way compiled async
 * code runs: each step runs in the context, and each yielded value is adopted
 * there too, so a lazy thenable's `then` (and whatever it schedules) belongs to
 * the same task as the code that yielded it. Settles through `resolve`/`reject`;
 * `inspect`, if given, sees each yielded value first and returns what to
 * adopt. `first`, if given, is the generator's first step, already taken in
 * `context` by the caller: lowered async functions take it themselves, so
 * that while it runs only the function and its generator are on the stack
 * (recursion then goes deeper).
 */
export function drive<T>(
  context: object,
  generator: Generator<unknown, T>,
  resolve: (value: T | PromiseLike<T>) => void,
  reject: (reason: unknown) => void,
  inspect?: (value: unknown) => unknown,
  first?: IteratorResult<unknown, T>,
): void {
  const onFulfilled = (value: unknown): void => step(() => generator.next(value));
  const onRejected = (error: unknown): void => step(() => generator.throw(error));
  const adopt = (value: unknown): void => {
    Promise.resolve(inspect === undefined ? value : inspect(value)).then(onFulfilled, onRejected);
  };

  function step(advance: () => IteratorResult<unknown, T>): void {
    const platform = engine();
    const inside = platform.current() === context;
    let next: IteratorResult<unknown, T>;
    try {
      next = inside ? advance() : platform.run(context, advance);
    } catch (error) {
      reject(error);
      return;
    }
    if (next.done) resolve(next.value);
    else if (inside) adopt(next.value);
    else platform.run(context, () => adopt(next.value));
  }

  step(first ? () => first : () => generator.next());
}
