import { describe } from './describe.js';
import { engine } from './engine.js';
import { bumpWriteVersion, writeVersion, type Frame } from './frame.js';

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
}

/**
 * Proof of one `set`, for undoing it with `reset`.
 *
 * @example
 * const token = locale.set('fr');
 * try { render(); } finally { locale.reset(token); }
 */
export class TaskVarToken<T> {
  /** @internal */
  used = false;

  /** @internal */
  constructor(
    /** The variable that was set. */
    readonly variable: TaskVar<T>,
    /** @internal */
    readonly frame: Frame,
    /** @internal */
    readonly hadValue: boolean,
    /** The value before the `set`, or undefined if there was none. */
    readonly oldValue: T | undefined,
  ) {}
}

/**
 * One typed task-local variable, like Python's `ContextVar` and the TC39
 * proposal's `AsyncContext.Variable`. Tasks spawned later start with the value
 * their spawner sees at that moment.
 *
 * @example
 * const user = new TaskVar<string>({ name: 'user', defaultValue: 'anonymous' });
 * user.get(); // 'anonymous'
 * const token = user.set('ann'); // this task only
 * user.reset(token); // back to what it was
 * user.run('bob', () => user.get()); // 'bob', also in callbacks scheduled inside
 */
export class TaskVar<T> {
  /** The name given in the options, or ''. */
  readonly name: string;
  private readonly defaultValue: T | undefined;
  // One-entry read cache, valid while no TaskVar has been written since.
  private lastContext: object | undefined;
  private lastVersion = -1;
  private lastValue: T | undefined;

  constructor(options: TaskVarOptions<T> = {}) {
    checkOptions(options);
    this.name = options.name ?? '';
    this.defaultValue = options.defaultValue;
  }

  /** The value in the current context: the innermost `run`, else this task's, else the default. */
  get(): T | undefined {
    const context = engine().current();
    if (context === this.lastContext && writeVersion() === this.lastVersion) return this.lastValue;
    const values = engine().frameOf(context).values;
    const value = values.has(this) ? (values.get(this) as T) : this.defaultValue;
    this.lastContext = context;
    this.lastVersion = writeVersion();
    this.lastValue = value;
    return value;
  }

  /** Sets the value for the current task (or `run` scope) only; returns a token for `reset`. */
  set(value: T): TaskVarToken<T> {
    const frame = this.currentFrame();
    const token = new TaskVarToken(this, frame, frame.values.has(this), frame.values.get(this) as T);
    frame.values = new Map(frame.values).set(this, value);
    bumpWriteVersion();
    return token;
  }

  /** Undoes the `set` that returned `token`, in the task that made it; each token works once. */
  reset(token: TaskVarToken<T>): void {
    if (!(token instanceof TaskVarToken)) {
      throw new TypeError(
        `${labelOf(this)}.reset() needs the token that set() returned, got ${describe(token)}.`,
      );
    }
    if (token.variable !== this) {
      throw new Error(
        `${labelOf(this)}.reset() got a token from another TaskVar, ${labelOf(token.variable)}.`,
      );
    }
    if (token.used) {
      throw new Error(`${labelOf(this)}.reset() got a token that was already used; each token resets once.`);
    }
    const frame = this.currentFrame();
    if (token.frame !== frame) {
      throw new Error(
        `${labelOf(this)}.reset() got a token made in another ${token.frame.task === frame.task ? 'run() scope' : 'task'}; ` +
          'reset where you set.',
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
      throw new TypeError(`${labelOf(this)}.run(value, fn) needs a function, got ${describe(fn)}.`);
    }
    const platform = engine();
    const frame = platform.frameOf(platform.current()).with(this, value);
    const context = platform.fork(frame, `tasklocal ${labelOf(this)}.run`);
    return platform.run(context, () => fn(...args));
  }

  private currentFrame(): Frame {
    const platform = engine();
    return platform.frameOf(platform.current());
  }
}

function labelOf(variable: TaskVar<unknown>): string {
  return variable.name === '' ? 'TaskVar' : `TaskVar ${variable.name}`;
}

function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `new TaskVar() options must be an object such as { name, defaultValue }, got ${describe(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== 'name' && key !== 'defaultValue') {
      throw new TypeError(
        `new TaskVar() got an unknown option "${key}"; the options are name and defaultValue.`,
      );
    }
  }
  const { name } = options as TaskVarOptions<unknown>;
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(`new TaskVar() option name must be a string, got ${describe(name)}.`);
  }
}
