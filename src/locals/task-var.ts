import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { INSPECT, refuseTaskVarCopies, taskVarCopyError, type Inspect } from '../base/not-data.js';
import { engine } from '../engines/current.js';
import { bumpWriteVersion, writeVersion, type Frame } from '../engines/frame.js';
import { cacheFilled, mayCache, type ReadCache } from '../tasks/read-cache.js';
import { outsideTaskError } from './task-scoped.js';
import { misplaced, TaskVarToken } from './task-var-token.js';

/**
 * Options for `new TaskVar(options)`.
 *
 * @example
 * const locale = new TaskVar<string>({ name: 'locale', defaultValue: 'en' });
 */
export interface TaskVarOptions<T> {
  /** A name for messages and zone names. */
  name?: string;
  /** What `get()` returns where the variable has no value. */
  defaultValue?: T;
  /**
   * When true, any use outside a task (and outside this variable's `run`)
   * throws: for request- and action-scoped values, where a lost task must be
   * a loud error rather than another request's data.
   */
  requireTask?: boolean;
}

/**
 * One typed task-local variable, like Python's `ContextVar` and the TC39
 * proposal's `AsyncContext.Variable`. Tasks spawned later start with the value
 * their spawner sees at that moment. `Default` is what `get()` gives where the
 * variable has no value: `T` when it was made with a `defaultValue`.
 *
 * @example
 * const user = new TaskVar<string>({ name: 'user', defaultValue: 'anonymous' });
 * user.get(); // 'anonymous', typed string
 * const token = user.set('ann'); // this task only
 * user.reset(token); // back to what it was
 * user.run('bob', () => user.get()); // 'bob', also in callbacks scheduled inside
 */
export type TaskVar<T, Default extends T | undefined = T | undefined> = TaskVarImplementation<T, Default>;

/**
 * The `TaskVar` class, typed so that a `defaultValue` makes `get()` return `T`.
 *
 * @example
 * const locale = new TaskVar<string>({ defaultValue: 'en' }); // TaskVar<string, string>
 */
export interface TaskVarConstructor {
  /** A variable with a default: `get()` always has a `T` to give. */
  new <T>(options: TaskVarOptions<T> & { defaultValue: T }): TaskVar<T, T>;
  /** A variable without a default: `get()` gives undefined where it has no value. */
  new <T>(options?: TaskVarOptions<T>): TaskVar<T, undefined>;
  readonly prototype: TaskVar<unknown>;
}

class TaskVarImplementation<T, Default extends T | undefined = T | undefined> implements ReadCache {
  /** The name given in the options, or ''. */
  declare readonly name: string;
  declare private readonly defaultValue: T | undefined;
  declare private readonly requireTask: boolean;
  // One-entry read cache, valid while no TaskVar has been written since.
  declare private lastContext: object | undefined;
  declare private lastVersion: number;
  declare private lastValue: T | Default | undefined;
  // How read-cache.ts lists this cache: weakly.
  declare private handle: WeakRef<ReadCache> | undefined;

  constructor(options: TaskVarOptions<T> = {}) {
    checkOptions(options);
    this.name = options.name ?? '';
    refuseTaskVarCopies(this);
    // Not enumerable, so that no copy (a spread, say) carries the read cache, which may hold another task's value.
    Object.defineProperties(this, {
      defaultValue: { value: options.defaultValue },
      requireTask: { value: options.requireTask === true },
      lastContext: { value: undefined, writable: true },
      lastVersion: { value: -1, writable: true },
      lastValue: { value: undefined, writable: true },
      handle: { value: undefined, writable: true },
    });
  }

  /** JSON cannot carry a TaskVar: it is a key to per-task values, not data (see not-data.ts). */
  toJSON(): never {
    throw taskVarCopyError();
  }

  /** How Node's console.log and util.inspect show a TaskVar: its name and the value the current task sees. */
  [INSPECT](...[, options, inspect]: Parameters<Inspect>): string {
    const name = this.name === '' ? '' : `name: ${inspect(this.name, options)}, `;
    try {
      return `TaskVar { ${name}value: ${inspect(this.get(), options)} }`;
    } catch {
      return `TaskVar { ${name}value: [task-scoped, used outside any task] }`;
    }
  }

  /** The value in the current context: the innermost `run`, else this task's, else the default. */
  get(): T | Default {
    const context = engine().current();
    if (context === this.lastContext && writeVersion() === this.lastVersion)
      return this.lastValue as T | Default;
    const frame = this.checked(engine().frameOf(context));
    const value = frame.values.has(this) ? (frame.values.get(this) as T) : (this.defaultValue as Default);
    if (mayCache(frame.task)) {
      this.lastContext = context;
      this.lastVersion = writeVersion();
      this.lastValue = value;
      cacheFilled((this.handle ??= new WeakRef(this)));
    }
    return value;
  }

  /** Drops the cached entry (see read-cache.ts). */
  forget(): void {
    this.lastContext = undefined;
    this.lastValue = undefined;
  }

  /** Sets the value for the current task (or `run` scope) only; returns a token for `reset`. */
  set(value: T): TaskVarToken<T> {
    const frame = this.currentFrame();
    const token = new TaskVarToken<T>(this, frame, frame.values.has(this), frame.values.get(this) as T);
    frame.values = new Map(frame.values).set(this, value);
    bumpWriteVersion();
    return token;
  }

  /** Undoes the `set` that returned `token`, in the task that made it; each token works once. */
  reset(token: TaskVarToken<T>): void {
    if (!(token instanceof TaskVarToken)) {
      throw new TypeError(
        fault(
          'TL410',
          DEV && `${labelOf(this)}.reset() needs the token that set() returned, got ${describe(token)}.`,
        ),
      );
    }
    if (token.variable !== this) {
      throw new Error(
        fault(
          'TL411',
          DEV && `${labelOf(this)}.reset() got a token from another TaskVar, ${labelOf(token.variable)}.`,
        ),
      );
    }
    if (token.used) {
      throw new Error(
        fault(
          'TL412',
          DEV && `${labelOf(this)}.reset() got a token that was already used; each token resets once.`,
        ),
      );
    }
    const frame = this.currentFrame();
    if (token.frame !== frame) {
      throw new Error(
        fault(
          'TL413',
          DEV && `${labelOf(this)}.reset() ${misplaced(token.frame, frame)}; reset where you set.`,
        ),
      );
    }
    const values = new Map(frame.values);
    if (token.hadValue) values.set(this, token.oldValue);
    else values.delete(this);
    frame.values = values;
    token.used = true;
    bumpWriteVersion();
  }

  /**
   * Calls `fn(...args)` with this variable set to `value` for it and for
   * everything it schedules; the previous value is back when `fn` returns or throws.
   */
  run<R, A extends unknown[]>(value: T, fn: (...args: A) => R, ...args: A): R {
    if (typeof fn !== 'function') {
      throw new TypeError(
        fault('TL420', DEV && `${labelOf(this)}.run(value, fn) needs a function, got ${describe(fn)}.`),
      );
    }
    const platform = engine();
    const frame = platform.frameOf(platform.current()).with(this, value);
    const context = platform.fork(frame, `tasklocal ${labelOf(this)}.run`);
    return platform.run(context, () => fn(...args));
  }

  private currentFrame(): Frame {
    const platform = engine();
    return this.checked(platform.frameOf(platform.current()));
  }

  /** The frame, unless this variable requires a task and the frame has neither a task nor a `run` value. */
  private checked(frame: Frame): Frame {
    if (this.requireTask && frame.task === null && !frame.values.has(this)) {
      throw outsideTaskError(labelOf(this));
    }
    return frame;
  }
}

/**
 * One typed task-local variable (see the {@link TaskVar} type).
 *
 * @example
 * const requestId = new TaskVar<string>({ name: 'requestId', requireTask: true });
 */
export const TaskVar = TaskVarImplementation as TaskVarConstructor;

function labelOf(variable: { readonly name: string }): string {
  return variable.name === '' ? 'TaskVar' : `TaskVar ${variable.name}`;
}

function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      fault(
        'TL400',
        DEV &&
          `new TaskVar() options must be an object such as { name, defaultValue }, got ${describe(options)}.`,
      ),
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== 'name' && key !== 'defaultValue' && key !== 'requireTask') {
      throw new TypeError(
        fault(
          'TL401',
          DEV &&
            `new TaskVar() got an unknown option "${key}"; the options are name, defaultValue and requireTask.`,
        ),
      );
    }
  }
  const { name, requireTask } = options as TaskVarOptions<unknown>;
  if (requireTask !== undefined && typeof requireTask !== 'boolean') {
    throw new TypeError(
      fault(
        'TL402',
        DEV && `new TaskVar() option requireTask must be true or false, got ${describe(requireTask)}.`,
      ),
    );
  }
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(
      fault('TL403', DEV && `new TaskVar() option name must be a string, got ${describe(name)}.`),
    );
  }
}
