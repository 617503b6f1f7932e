import { engine, type ZoneLike } from './engine.js';
import { drive } from './drive.js';
import { Frame } from './frame.js';
import { inheritLocals } from './storage.js';
import { checkSpawnArguments, warnOnNativeAsync } from './task-arguments.js';

/**
 * What `spawn` runs: a function, or a generator function (or a function that
 * returns a generator) whose yielded promises are awaited inside the task.
 *
 * @example
 * const work: TaskFunction<number> = function* () { const n: number = yield Promise.resolve(1); return n + 1; };
 */
export type TaskFunction<T> =
  | (() => T | PromiseLike<T>)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- what a yield gives back is the awaited promise's value, which the caller annotates
  | (() => Generator<unknown, T, any>);

/**
 * Options for {@link spawn}.
 *
 * @example
 * spawn(handleRequest, { name: 'request 42', zone: ngZoneInner });
 */
export interface SpawnOptions {
  /** The task's name; defaults to the function's name. */
  name?: string;
  /** The zone to fork the task's zone from; defaults to the current zone. Needs zone.js. */
  zone?: ZoneLike;
}

/**
 * A running unit of work with task-local storage of its own: the counterpart
 * of an asyncio Task. Await it (or call `then`) for the function's result.
 *
 * @example
 * const task = new Task(function* fetchUser() { return yield load(); }, { name: 'fetch' });
 * const user = await task;
 */
export class Task<T = unknown> implements PromiseLike<T> {
  /** The name given in the options, else the function's name. */
  readonly name: string;
  private readonly context: object;
  private readonly result!: Promise<T>;

  /** Starts `fn` as a task now; the same as `spawn(fn, options)`. */
  constructor(fn: TaskFunction<T>, options?: SpawnOptions) {
    if (options !== undefined || typeof fn !== 'function') checkSpawnArguments(fn, options);
    warnOnNativeAsync(fn);
    this.name = options?.name ?? fn.name;
    const platform = engine();
    // The task starts with the TaskVar values its spawner sees now (a copy: the map is never mutated).
    const frame = new Frame(this, platform.frameOf(platform.current()).values);
    const context = platform.fork(frame, `tasklocal task ${this.name}`.trimEnd(), options?.zone);
    this.context = context;
    inheritLocals(context);

    let value: unknown;
    try {
      value = platform.run<unknown>(context, fn);
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the task fails with what fn threw
      this.result = Promise.reject(error);
      return;
    }
    // A plain function's promise is the task's result as it is: no wrapper, no extra hop.
    // A thenable is adopted inside the task, so that its lazy `then` runs there.
    this.result = isGenerator(value)
      ? new Promise<T>((resolve, reject) => drive(context, value as Generator<unknown, T>, resolve, reject))
      : value instanceof Promise
        ? (value as Promise<T>)
        : platform.run(context, () => Promise.resolve(value as T | PromiseLike<T>));
  }

  /** The zone forked for this task; everything the task schedules runs in it. Needs zone.js. */
  get zone(): ZoneLike {
    return engine().zoneOf(this.context);
  }

  /** Called with the task's result, or its error, once it settles. */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same signature as PromiseLike.then
    onRejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.result.then(onFulfilled, onRejected);
  }

  /** Called with the task's error, if it fails. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same signature as Promise.catch
  catch<R = never>(onRejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.result.catch(onRejected);
  }

  /** Called once the task settles, either way. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.result.finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'Task';
  }
}

/**
 * Starts `fn` as a new task, in a zone forked for it from `options.zone` or
 * the current zone, and returns the running {@link Task}.
 *
 * @example
 * const a = spawn(function* taskA() { local.value = 'foo'; yield sleep(1); return local.value; });
 * await a; // 'foo'
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as in TaskFunction
export function spawn<T>(fn: () => Generator<unknown, T, any>, options?: SpawnOptions): Task<T>;
export function spawn<T>(fn: () => T | PromiseLike<T>, options?: SpawnOptions): Task<T>;
export function spawn<T>(fn: TaskFunction<T>, options?: SpawnOptions): Task<T> {
  return new Task(fn, options);
}

/**
 * The innermost task running now, or null outside any task.
 *
 * @example
 * spawn(() => currentTask()?.name, { name: 'job' }); // resolves to 'job'
 */
export function currentTask(): Task | null {
  const platform = engine();
  return platform.frameOf(platform.current()).task;
}

function isGenerator(value: unknown): value is Generator {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'Generator'
  );
}
