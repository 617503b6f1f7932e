import { describe } from '../base/describe.js';
import { engine, withoutZones } from '../engines/current.js';
import type { ZoneLike } from '../engines/engine.js';

/**
 * Calls `fn(...args)` in a zone forked from `zone` that is still part of the
 * current task: its Locals and TaskVar values stay in sight, there and in
 * everything scheduled there. For work that must run in another zone, such as
 * Angular's outer zone (`ngZone.runOutsideAngular`), without leaving the task.
 * Needs zone.js.
 *
 * @example
 * const outside = ngZone.runOutsideAngular(() => Zone.current);
 * runInZone(outside, () => startPolling()); // no change detection, same task
 */
export function runInZone<R, A extends unknown[]>(zone: ZoneLike, fn: (...args: A) => R, ...args: A): R {
  const platform = engine();
  if (platform.name !== 'zone') {
    const { here, fix } = withoutZones();
    throw new Error(`runInZone() needs zone.js, and tasklocal runs on ${here}. ${fix}`);
  }
  if (!platform.isZone(zone)) {
    throw new TypeError(`runInZone(zone, fn) needs a zone.js Zone, got ${describe(zone)}.`);
  }
  if (typeof fn !== 'function') {
    throw new TypeError(`runInZone(zone, fn) needs a function, got ${describe(fn)}.`);
  }
  // The same frame, not a copy: this is the same task, and a TaskVar set there is set for the task.
  const frame = platform.frameOf(platform.current());
  const context = platform.fork(
    frame,
    `tasklocal ${frame.task?.name ?? 'outside any task'} in ${zone.name}`,
    zone,
  );
  return platform.run(context, () => fn(...args));
}
