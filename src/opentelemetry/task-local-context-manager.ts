import { ROOT_CONTEXT, type Context, type ContextManager } from '@opentelemetry/api';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { TaskVar } from '../index.js';
import { bindEventEmitter, isEventEmitter } from './event-emitter-binding.js';
import { bindEventTarget, isEventTarget, type Listener } from './event-target-binding.js';

/**
 * An OpenTelemetry `ContextManager` on tasklocal's engines: the active
 * context is a `TaskVar`, and `with()` is a `TaskVar.run` scope. So it
 * follows whatever the engine follows: zones on zone.js, AsyncLocalStorage
 * in Node, and on every engine the `async` functions tasklocal's bundler
 * plugin lowers, which keep their context across a native `await` in a
 * browser, with zone.js or without it.
 *
 * @example
 * provider.register({ contextManager: new TaskLocalContextManager() });
 */
export class TaskLocalContextManager implements ContextManager {
  // One variable per manager, so two managers never see each other's contexts.
  private readonly current = new TaskVar<Context | null>({ name: 'OpenTelemetry context' });
  private enabled = false;
  private readonly boundTargets = new WeakSet<object>();

  /** The context of the innermost `with()` around the code running now; ROOT_CONTEXT outside any, or when disabled. */
  active(): Context {
    if (!this.enabled) return ROOT_CONTEXT;
    return this.current.get() ?? ROOT_CONTEXT;
  }

  /**
   * Calls `fn` with `thisArg` and `args`, with `context` active for it and for
   * everything it schedules that the engine follows; returns what `fn` returns.
   */
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    if (typeof fn !== 'function') {
      throw new TypeError(
        fault(
          'TL600',
          DEV && `TaskLocalContextManager.with(context, fn) needs a function, got ${typeof fn}.`,
        ),
      );
    }
    // Instrumentations mostly pass no thisArg: then fn is called as it is.
    if (thisArg === undefined) return this.current.run(context, fn, ...args);
    return this.current.run(context, callWithThis, fn as unknown as Listener, thisArg, args) as ReturnType<F>;
  }

  /**
   * Ties `context` to `target`. A function comes back wrapped: each call runs
   * inside `with(context, …)`. An EventTarget or an EventEmitter is returned
   * itself, its listener methods changed on that one object so that the
   * listeners added from now on run in `context`. Anything else is returned unchanged.
   */
  bind<T>(context: Context, target: T): T {
    if (typeof target === 'function') return this.bindFunction(context, target as unknown as Listener) as T;
    if (typeof target !== 'object' || target === null || this.boundTargets.has(target)) return target;
    const wrap = (listener: Listener) => this.bindFunction(context, listener);
    if (isEventTarget(target)) bindEventTarget(target, wrap);
    if (isEventEmitter(target)) bindEventEmitter(target, wrap);
    this.boundTargets.add(target);
    return target;
  }

  /** Turns context management on: `active()` reports the contexts of `with()` from now on. Returns this manager. */
  enable(): this {
    this.enabled = true;
    return this;
  }

  /** Turns context management off: `active()` gives ROOT_CONTEXT until `enable()`. Returns this manager. */
  disable(): this {
    this.enabled = false;
    return this;
  }

  private bindFunction(context: Context, target: Listener): Listener {
    const call = (thisArg: unknown, args: unknown[]): unknown => this.with(context, target, thisArg, ...args);
    const bound = function (this: unknown, ...args: unknown[]): unknown {
      return call(this, args);
    };
    // Code that counts a callback's parameters (as Express does for error handlers) sees the same number.
    Object.defineProperty(bound, 'length', { value: target.length, configurable: true });
    return bound;
  }
}

/** Calls `fn` on `thisArg` with `args`; a module function, so that `with()` allocates no closure for it. */
function callWithThis(fn: Listener, thisArg: unknown, args: unknown[]): unknown {
  return fn.apply(thisArg, args);
}
