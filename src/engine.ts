import type { Task } from './task.js';
import { createZoneEngine } from './zone-engine.js';

/**
 * A zone, as far as tasklocal needs one. zone.js's own `Zone` (and Angular's
 * zones) fit this shape, so callers can pass them without a cast.
 */
export interface ZoneLike {
  readonly name: string;
  readonly parent: ZoneLike | null;
  get(key: string): unknown;
}

/**
 * The platform under tasklocal: it knows which context code runs in now, which
 * task a context belongs to, and how to start and re-enter task contexts.
 * Every other module reaches the platform only through this interface.
 */
export interface Engine {
  /** The context running now. Called on every attribute read: keep it cheap. */
  current(): object;
  /** The innermost task that `context` belongs to, or null. */
  taskOf(context: object): Task | null;
  /** A new context, child of `parent` (default: the current one), that belongs to `task`. */
  fork(task: Task, parent: object | undefined): object;
  /** Runs `fn` inside `context` and returns its result. */
  run<R>(context: object, fn: () => R): R;
  /** True when `context` is `ancestor` or was forked, directly or not, from it. */
  isWithin(context: object, ancestor: object): boolean;
  /** True when `value` is a context this engine can fork from. */
  isContext(value: unknown): boolean;
}

let active: Engine | undefined;

/**
 * The engine, made at first use, so that zone.js may be loaded after tasklocal.
 * A failed start (zone.js missing) throws and is tried again on the next call.
 */
export function engine(): Engine {
  return active ?? (active = createZoneEngine());
}
