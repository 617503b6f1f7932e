import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
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
    throw new Error(fault(platform.name === 'standalone' ? 'TL212' : 'TL211', DEV && needsZones()));
  }
  if (!platform.isZone(zone)) {
    throw new TypeError(
      fault('TL213', DEV && `runInZone(zone, fn) needs a zone.js Zone, got ${describe(zone)}.`),
    );
  }
  if (typeof fn !== 'function') {
    throw new TypeError(fault('TL214', DEV && `runInZone(zone, fn) needs a function, got ${describe(fn)}.`));
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

/** Why runInZone() cannot run on this engine, and how to get zones: development text. */
function needsZones(): string {
  const { here, fix } = withoutZones();
  return `runInZone() needs zone.js, and tasklocal runs on ${here}. ${fix}`;
}
