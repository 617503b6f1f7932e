import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine, withoutZones } from '../engines/current.js';
import type { ZoneLike } from '../engines/engine.js';
import { INSPECT, type Inspect } from '../base/not-data.js';
import { cacheFilled, mayCache, type ReadCache } from '../tasks/read-cache.js';
import type { Task } from '../tasks/task.js';
import { taskIn } from '../tasks/spawn.js';

/**
 * Decides which object is "current": a Local keeps one storage per such
 * object. Subclasses implement `current()`.
 *
 * @example
 * class SessionDiscriminator extends BaseDiscriminator {
 *   current() { return currentSession(); }
 * }
 * const local = new Local({ discriminator: new SessionDiscriminator() });
 */
export abstract class BaseDiscriminator {
  /**
   * The object whose storage is in use now. `null` or `undefined` means no
   * tracked object: all such code shares one default storage.
   */
  abstract current(): object | null | undefined;

  /**
   * What `current()` would return inside `context` (a task's context, at
   * spawn): used to hand inherited values to a new task. This default enters
   * the context to ask; the built-in discriminators answer without entering.
   */
  currentIn(context: object): object | null | undefined {
    return engine().run(context, () => this.current());
  }

  /**
   * Calls `handler(tracked)` once the object current now is done with, as the
   * seed's `dispose` does, for releasing what was kept for it. Discriminators
   * that can tell implement it; this one throws, saying so.
   */
  dispose(handler: (tracked: object) => void): void {
    void handler;
    throw new Error(
      fault(
        'TL505',
        DEV &&
          `${this.constructor.name} cannot tell when the objects it tracks are done with; implement dispose(handler) to support it.`,
      ),
    );
  }
}

/**
 * The default discriminator: the innermost task that the current zone belongs
 * to (zones forked inside a task still belong to it). With `zone`, only tasks
 * spawned inside that zone's subtree count; code in other tasks gets the
 * default storage.
 *
 * @example
 * const local = new Local({ discriminator: new TaskDiscriminator({ zone: appZone }) });
 */
export class TaskDiscriminator extends BaseDiscriminator implements ReadCache {
  private readonly zone: ZoneLike | undefined;
  // One-entry cache: attribute reads repeat in the same zone far more often than not.
  private lastContext: object | undefined;
  private lastTask: Task | null = null;
  // How read-cache.ts lists this cache: weakly.
  private readonly handle: WeakRef<ReadCache> = new WeakRef(this);

  constructor(options: { zone?: ZoneLike } = {}) {
    super();
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        fault(
          'TL500',
          DEV && `TaskDiscriminator options must be an object such as { zone }, got ${describe(options)}.`,
        ),
      );
    }
    for (const key of Object.keys(options)) {
      if (key !== 'zone') {
        throw new TypeError(
          fault('TL501', DEV && `TaskDiscriminator got an unknown option "${key}"; the only option is zone.`),
        );
      }
    }
    if (options.zone !== undefined && engine().name !== 'zone') {
      throw new Error(
        fault(
          'TL502',
          DEV && `TaskDiscriminator({ zone }) needs the zone engine, ${noZones()} Or leave out zone.`,
        ),
      );
    }
    if (options.zone !== undefined && !engine().isZone(options.zone)) {
      throw new TypeError(
        fault(
          'TL503',
          DEV && `TaskDiscriminator option zone must be a zone.js Zone, got ${describe(options.zone)}.`,
        ),
      );
    }
    this.zone = options.zone;
  }

  /** The innermost task of the current zone (within `zone`, if given), or null. */
  current(): Task | null {
    const context = engine().current();
    if (context === this.lastContext) return this.lastTask;
    const task = this.currentIn(context);
    if (mayCache(task)) {
      this.lastContext = context;
      this.lastTask = task;
      cacheFilled(this.handle);
    }
    return task;
  }

  /** The innermost task of `context` (within `zone`, if given), or null. */
  override currentIn(context: object): Task | null {
    const task = taskIn(context);
    if (task === null || this.zone === undefined) return task;
    return engine().isWithin(task.zone, this.zone) ? task : null;
  }

  /**
   * Calls `handler(task)` once the current task settles, as the seed's
   * TaskDiscriminator.dispose does; throws outside any task.
   */
  override dispose(handler: (task: Task) => void): void {
    const task = this.current();
    if (task === null) {
      throw new Error(
        fault(
          'TL504',
          DEV &&
            'TaskDiscriminator.dispose(handler) was called outside any task: there is no task to wait for.',
        ),
      );
    }
    task.whenDone(handler);
  }

  /** Drops the cached entry (see read-cache.ts). */
  forget(): void {
    this.lastContext = undefined;
    this.lastTask = null;
  }

  /** How Node's console.log shows it: its options, not its read cache (which may hold another task's zone). */
  [INSPECT](...[, options, inspect]: Parameters<Inspect>): string {
    return this.zone === undefined
      ? 'TaskDiscriminator {}'
      : `TaskDiscriminator { zone: ${inspect(this.zone.name, options)} }`;
  }
}

/**
 * Tracks zones rather than tasks: every zone, including each one forked
 * inside a task, gets a storage of its own. Needs zone.js.
 *
 * @example
 * const perZone = new Local({ discriminator: new ZoneDiscriminator() });
 */
export class ZoneDiscriminator extends BaseDiscriminator {
  /** The current zone. */
  current(): object {
    const platform = engine();
    if (platform.name !== 'zone') {
      throw new Error(fault('TL506', DEV && `ZoneDiscriminator needs zone.js, ${noZones()}`));
    }
    return platform.current();
  }

  /** The context itself: a task's zone. */
  override currentIn(context: object): object {
    return context;
  }
}

/** "and tasklocal runs on …. How to get zones.", for messages (development only). */
function noZones(): string {
  const { here, fix } = withoutZones();
  return `and tasklocal runs on ${here}. ${fix}`;
}
