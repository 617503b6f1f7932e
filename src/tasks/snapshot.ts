import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine } from '../engines/current.js';

/**
 * The context current when it was made (its task and `TaskVar.run` scopes),
 * to re-enter later: the escape hatch for callbacks that arrive through paths
 * zone.js does not patch, and for code after a native `await`. Re-entering
 * shares that task's storage; it is not a copy.
 *
 * @example
 * const snapshot = new Snapshot();
 * untrackedEmitter.on('data', (chunk) => snapshot.run(() => handle(chunk)));
 */
export class Snapshot {
  private readonly context: object;

  constructor() {
    this.context = engine().current();
  }

  /** Calls `fn(...args)` inside the captured context and returns its result. */
  run<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A): R {
    if (typeof fn !== 'function') {
      throw new TypeError(fault('TL209', DEV && `snapshot.run(fn) needs a function, got ${describe(fn)}.`));
    }
    return engine().run(this.context, () => fn(...args));
  }

  /**
   * Returns a function that runs `fn` in the context current now, whenever
   * and wherever it is called.
   *
   * @example
   * const later = Snapshot.wrap(() => user.get());
   */
  static wrap<A extends unknown[], R, This = unknown>(
    fn: (this: This, ...args: A) => R,
  ): (this: This, ...args: A) => R {
    if (typeof fn !== 'function') {
      throw new TypeError(fault('TL210', DEV && `Snapshot.wrap(fn) needs a function, got ${describe(fn)}.`));
    }
    const snapshot = new Snapshot();
    return function (this: This, ...args: A): R {
      return snapshot.run(() => fn.apply(this, args));
    };
  }
}
