// Runtime halves of two forms the bundler plugin rewrites inside lowered
// async functions, where `await` has become `yield`: `for await` (which needs
// the async iterator of a value) and `await using` (which needs a stack of
// resources disposed, and awaited, when the block ends). Plain promise code:
// every await stays a `yield` the coroutine driver sees, so the task is kept.

interface AsyncIteratorLike {
  next(value?: unknown): unknown;
  return?(value?: unknown): unknown;
}

const symbol = (name: 'asyncDispose' | 'dispose'): symbol =>
  (Symbol as unknown as Record<string, symbol | undefined>)[name] ?? Symbol.for(`Symbol.${name}`);

/**
 * The async iterator `for await (… of iterable)` walks: the iterable's own
 * `Symbol.asyncIterator`, or its sync iterator with each value awaited, as the
 * language does. Emitted by the plugin; not meant to be called by hand.
 *
 * @example
 * for (let it = asyncIteratorOf(lines), step; !(step = yield it.next()).done; ) use(step.value);
 */
export function asyncIteratorOf(iterable: unknown): AsyncIteratorLike {
  const source = iterable as Record<symbol, (() => AsyncIteratorLike) | undefined>;
  const asyncMethod = source[Symbol.asyncIterator];
  if (asyncMethod != null) return asyncMethod.call(iterable);
  const syncMethod = source[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new TypeError('for await needs an iterable or async iterable');
  const iterator = syncMethod.call(iterable) as Iterator<unknown>;
  const settle = (result: IteratorResult<unknown>) =>
    Promise.resolve(result.value as unknown).then((value) => ({ value, done: result.done }));
  return {
    next: (value) => settle(iterator.next(value)),
    return: (value) =>
      iterator.return === undefined ? Promise.resolve({ value, done: true }) : settle(iterator.return(value)),
  };
}

/**
 * The resources of one block's `await using` declarations: `use` adds one,
 * `fail` records the error the block threw, `dispose` disposes them in reverse
 * order, awaiting each, and settles the way the block should end. Emitted by
 * the plugin; not meant to be called by hand.
 *
 * @example
 * const d = asyncDisposer();
 * try { const db = d.use(open()); … } catch (e) { d.fail(e); } finally { yield d.dispose(); }
 */
export function asyncDisposer() {
  const stack: Array<() => unknown> = [];
  let failed = false;
  let error: unknown;
  const record = (next: unknown): void => {
    error = failed ? suppressed(next, error) : next;
    failed = true;
  };
  return {
    use<T>(resource: T): T {
      if (resource === null || resource === undefined) {
        stack.push(() => undefined);
        return resource;
      }
      const target = resource as Record<symbol, (() => unknown) | undefined>;
      const method = target[symbol('asyncDispose')] ?? target[symbol('dispose')];
      if (typeof method !== 'function')
        throw new TypeError('await using needs a value with Symbol.asyncDispose');
      stack.push(() => method.call(resource));
      return resource;
    },
    fail: record,
    dispose(): Promise<void> {
      let chain = Promise.resolve();
      for (const dispose of stack.reverse()) chain = chain.then(dispose).then(undefined, record);
      return chain.then(() => {
        if (failed) throw error;
      });
    },
  };
}

function suppressed(error: unknown, suppressedError: unknown): Error {
  const Suppressed = (globalThis as { SuppressedError?: new (e: unknown, s: unknown, m: string) => Error })
    .SuppressedError;
  const message = 'An error was suppressed during disposal.';
  if (Suppressed !== undefined) return new Suppressed(error, suppressedError, message);
  return Object.assign(new Error(message), { name: 'SuppressedError', error, suppressed: suppressedError });
}
