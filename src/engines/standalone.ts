// The engine for browsers without zone.js, chosen with useEngine(standalone).
// It patches nothing: it keeps the current context itself and switches it
// only around code that tasklocal runs (spawn's synchronous part, each step
// of a generator task or coroutine, TaskVar.run, Snapshot.run and wrapped
// functions). Callbacks that reach the event loop some other way (a timer, a
// `.then`, a DOM listener, code after a native await) run outside any task.
import type { EngineChoice } from './engine.js';
import type { Frame } from './frame.js';
import { realm } from './realm.js';
import { ZonelessEngine } from './zoneless.js';

/**
 * The engine for browsers without zone.js, chosen with `useEngine(standalone)`
 * first in the app's main file. It patches nothing, and keeps the task only in
 * code tasklocal runs (generator tasks, coroutines and the async functions the
 * bundler plugin lowers to them, `run` scopes, Snapshots). An app that never
 * imports it carries none of its code.
 *
 * @example
 * import { standalone, useEngine } from 'tasklocal';
 * useEngine(standalone);
 */
export const standalone: EngineChoice = { name: 'standalone', start: () => new StandaloneEngine() };

/**
 * Contexts are the frames themselves, as on AsyncLocalStorage. The engine
 * object is shared through the realm by every copy of tasklocal, so the
 * current frame, kept on it, is one for the whole page.
 */
class StandaloneEngine extends ZonelessEngine {
  readonly name = 'standalone';
  /** The frame of the code running now: the root frame between tasklocal's own calls. */
  private frame: Frame = realm.root;

  current(): Frame {
    return this.frame;
  }

  fork(frame: Frame): Frame {
    return frame;
  }

  run<R>(frame: Frame, fn: () => R): R {
    const outer = this.frame;
    this.frame = frame;
    try {
      return fn();
    } finally {
      // Restored even when fn throws, so an error never leaves a task current.
      this.frame = outer;
    }
  }
}
