import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine } from '../engines/current.js';
import type { ZoneLike } from '../engines/engine.js';
import { drive } from './drive.js';
import { Frame } from '../engines/frame.js';
import { warnOnNativeAsync, warnOnNativePromise } from './native-async-warning.js';
import { taskStarted } from './copy.js';
import { realm } from '../engines/realm.js';
import { checkSpawnArguments, type SpawnOptions, type TaskFunction } from './task-arguments.js';

/**
 * A running unit of work with task-local storage of its own: the counterpart
 * of an asyncio Task. Await it (or call `then`) for the function's result.
 *
 * @example
 * const task = new Task(function* fetchUser() { return yield load(); }, { name: 'fetch' });
 * const user = await task;
 */
export class Task<T = unknown> implements PromiseLike<T> {
  private readonly givenName: string;
  private readonly number: number;
  private readonly context: object;
  private result: Promise<T>;
  /**
   * How the task ended, or 'pending' while something (the generator's driver,
   * a watch on the result) will say; UNWATCHED while nothing watches the
   * result and the engine reads its state when asked.
   */
  private settled: TaskState | typeof UNWATCHED = 'pending';
  /** Whether then, catch or finally was called: someone handles the task's rejection. */
  private observed = false;
  private doneHandlers: (() => void)[] | undefined;

  /** Starts `fn` as a task now; the same as `spawn(fn, options)`. */
  constructor(fn: TaskFunction<T>, options?: SpawnOptions) {
    if (options !== undefined || typeof fn !== 'function') checkSpawnArguments(fn, options);
    if (DEV) warnOnNativeAsync(fn);
    this.number = ++realm.tasksStarted;
    this.givenName = options?.name ?? fn.name;
    const platform = engine();
    const spawner = platform.frameOf(platform.current());
    // The task starts with the TaskVar values its spawner sees now (a copy: the map is never mutated).
    const zoneName = this.givenName === '' ? 'tasklocal task' : `tasklocal task ${this.givenName}`;
    const context = platform.fork(new Frame(this, spawner.values), zoneName, options?.zone);
    this.context = context;
    taskStarted(spawner.task, context);

    // One entry into the task covers the function, a generator's first step
    // and the adoption of what it returns: entering a zone from outside has a
    // cost (an Angular zone runs change detection when it is left).
    let result: Promise<T>;
    try {
      result = platform.run(context, () => this.settle(fn()));
    } catch (error) {
      this.finish('rejected');
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the task fails with what fn threw
      result = Promise.reject(error);
    }
    this.result = result;
  }

  /** The name given in the options, else the function's name, else `task <n>`, n counting spawns from 1. */
  get name(): string {
    return this.givenName || `task ${this.number}`;
  }

  /** Whether the task is still running, or how it ended; readable without awaiting it. */
  get state(): TaskState {
    const settled = this.settled;
    if (settled === 'fulfilled' || settled === 'rejected') return settled;
    // No result yet while the function runs; once there is one, it may have
    // settled already: a watch hears of that a microtask later.
    const result = this.result as Promise<T> | undefined;
    return result === undefined ? 'pending' : (engine().promiseState?.(result) ?? 'pending');
  }

  /**
   * Calls `handler(task)` once the task settles, either way (at once, in a
   * microtask, if it already has), for releasing per-task resources. Unlike
   * `finally`, it does not handle the task's rejection for anyone.
   */
  whenDone(handler: (task: Task<T>) => void): void {
    if (typeof handler !== 'function') {
      throw new TypeError(
        fault('TL207', DEV && `task.whenDone(handler) needs a function, got ${describe(handler)}.`),
      );
    }
    if (this.state !== 'pending') {
      queueMicrotask(() => handler(this));
      return;
    }
    (this.doneHandlers ??= []).push(() => handler(this));
    // The first handler is what needs the end of a result nobody watched yet.
    if (this.settled === UNWATCHED) {
      this.settled = 'pending';
      void this.watch(this.result);
    }
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
    this.observed = true;
    return this.result.then(onFulfilled, onRejected);
  }

  /** Called with the task's error, if it fails. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same signature as Promise.catch
  catch<R = never>(onRejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    this.observed = true;
    return this.result.catch(onRejected);
  }

  /** Called once the task settles, either way. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    this.observed = true;
    return this.result.finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'Task';
  }

  /** How Node's console.log and util.inspect show a task: its name and state. */
  [Symbol.for('nodejs.util.inspect.custom')](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    return `Task ${inspect({ name: this.name, state: this.state }, options)}`;
  }

  /**
   * The task's result, made inside the task: a generator is driven there, and
   * a thenable adopted there, so that its lazy `then` runs in the task.
   */
  private settle(value: unknown): Promise<T> {
    if (isGenerator(value)) {
      // The driver settles the task itself: no promise needed to watch it.
      return new Promise<T>((resolve, reject) =>
        drive(
          this.context,
          value as Generator<unknown, T>,
          (returned) =>
            resolve(
              isThenable(returned) ? this.watchChained(Promise.resolve(returned)) : this.fulfilled(returned),
            ),
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the task fails with what the generator threw
          (error) => reject(this.rejected(error)),
          DEV ? warnOnYield : undefined,
        ),
      );
    }
    if (isThenable(value)) {
      const adopted = DEV ? warnOnNativePromise(value, 'returned') : value;
      const result = Promise.resolve(adopted as PromiseLike<T>);
      // Where the engine reads a promise's state (zone.js), nothing watches the
      // result until whenDone needs its end: a watch is a reaction, a derived
      // promise and two handlers per task (BENCHMARKS.md, issue 20).
      // A whenDone called while the function ran needs the watch now.
      if (this.doneHandlers !== undefined || engine().promiseState?.(result) === undefined) {
        return this.watch(result);
      }
      this.settled = UNWATCHED;
      return result;
    }
    this.finish('fulfilled');
    return Promise.resolve(value as T);
  }

  /**
   * The result as it is, watched on the side so that the task is marked
   * finished once it settles (at spawn where the engine cannot read a
   * promise's state, else at the first whenDone): whoever awaits the task reacts to the same
   * promise, with no extra hop. The watch handles a rejection, so if nobody
   * has called then, catch or finally by then, it rejects a promise of its
   * own in its place, which surfaces as unhandled unless awaited at once.
   */
  private watch(result: Promise<T>): Promise<T> {
    // Bound methods: smaller than two closures and the context they would share.
    result.then(this.watchedFulfilled.bind(this), this.watchedRejected.bind(this));
    return result;
  }

  private watchedFulfilled(): void {
    this.finish('fulfilled');
  }

  private watchedRejected(error: unknown): void {
    this.finish('rejected');
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the task fails with what its promise rejected with
    if (!this.observed) this.result = Promise.reject(error);
  }

  /** The result, with the task marked finished once it settles: for a promise that another one adopts. */
  private watchChained(result: Promise<T>): Promise<T> {
    return result.then(
      (value) => this.fulfilled(value),
      (error: unknown) => {
        throw this.rejected(error);
      },
    );
  }

  private fulfilled(value: T): T {
    this.finish('fulfilled');
    return value;
  }

  private rejected(error: unknown): unknown {
    this.finish('rejected');
    return error;
  }

  private finish(state: TaskState): void {
    this.settled = state;
    const handlers = this.doneHandlers;
    this.doneHandlers = undefined;
    // Each handler runs on its own, so that one that throws neither stops the others nor the task.
    for (const handler of handlers ?? []) queueMicrotask(handler);
  }
}

/**
 * Where a task is: running, or how it ended.
 *
 * @example
 * const state: TaskState = spawn(() => 1).state; // 'fulfilled': a plain value settles at once
 */
export type TaskState = 'pending' | 'fulfilled' | 'rejected';

/** A task's `settled` while nothing watches its result: its state is read from the result. */
const UNWATCHED = 'unwatched';

// A generator task that yields a native async function's promise has lost the task inside that function (development only).
const warnOnYield = (value: unknown): unknown => warnOnNativePromise(value, 'yielded');

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function isGenerator(value: unknown): value is Generator {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'Generator'
  );
}
