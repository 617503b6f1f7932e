import { engine } from './engine.js';

/**
 * Runs a generator to completion inside `context`, the way compiled async
 * code runs: each step runs in the context, and each yielded value is adopted
 * there too, so a lazy thenable's `then` (and whatever it schedules) belongs to
 * the same task as the code that yielded it. Settles through `resolve`/`reject`;
 * `inspect`, if given, sees each yielded value first.
 */
export function drive<T>(
  context: object,
  generator: Generator<unknown, T>,
  resolve: (value: T | PromiseLike<T>) => void,
  reject: (reason: unknown) => void,
  inspect?: (value: unknown) => void,
): void {
  let first: IteratorResult<unknown, T>;
  try {
    first = generator.next();
  } catch (error) {
    reject(error);
    return;
  }
  driveFrom(context, generator, first, resolve, reject, inspect);
}

/**
 * drive(), once the generator's first step has run (in `context`, by the
 * caller) and gave `first`. Lowered async functions take their first step
 * themselves, so that while it runs only the function and its generator are
 * on the stack: recursion then goes nearly as deep as native async.
 */
export function driveFrom<T>(
  context: object,
  generator: Generator<unknown, T>,
  first: IteratorResult<unknown, T>,
  resolve: (value: T | PromiseLike<T>) => void,
  reject: (reason: unknown) => void,
  inspect?: (value: unknown) => void,
): void {
  const onFulfilled = (value: unknown): void => step(false, value);
  const onRejected = (error: unknown): void => step(true, error);
  const adopt = (value: unknown): void => {
    inspect?.(value);
    Promise.resolve(value).then(onFulfilled, onRejected);
  };
  const advance = (throwing: boolean, input: unknown): IteratorResult<unknown, T> =>
    throwing ? generator.throw(input) : generator.next(input);

  function step(throwing: boolean, input: unknown): void {
    const platform = engine();
    const inside = platform.current() === context;
    let next: IteratorResult<unknown, T>;
    try {
      next = inside ? advance(throwing, input) : platform.run(context, () => advance(throwing, input));
    } catch (error) {
      reject(error);
      return;
    }
    settle(next, inside);
  }

  function settle(next: IteratorResult<unknown, T>, inside: boolean): void {
    if (next.done) resolve(next.value);
    else if (inside) adopt(next.value);
    else engine().run(context, () => adopt(next.value));
  }

  settle(first, true);
}
