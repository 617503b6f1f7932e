// What spawn() takes, and the checks it makes on it, kept apart from the Task itself.
import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine, withoutZones } from '../engines/current.js';
import type { ZoneLike } from '../engines/engine.js';

/**
 * What `spawn` runs: a function, or a generator function (or a function that
 * returns a generator) whose yielded promises are awaited inside the task.
 *
 * @example
 * const work: TaskFunction<number> = function* () { const n: number = yield Promise.resolve(1); return n + 1; };
 */
export type TaskFunction<T> =
  | (() => T | PromiseLike<T>)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- what a yield gives back is the awaited promise's value, which the caller annotates
  | (() => Generator<unknown, T, any>);

/**
 * Options for {@link spawn}.
 *
 * @example
 * spawn(handleRequest, { name: 'request 42', zone: ngZoneInner });
 */
export interface SpawnOptions {
  /** The task's name; defaults to the function's name, else `task <n>` (n counts spawns). */
  name?: string;
  /** The zone to fork the task's zone from; defaults to the current zone. Needs zone.js. */
  zone?: ZoneLike;
}

const SPAWN_OPTIONS = new Set(['name', 'zone']);

/** Throws a TypeError that names what is wrong with spawn()'s arguments, and how to fix it. */
export function checkSpawnArguments(fn: unknown, options: unknown = {}): void {
  if (typeof fn !== 'function') {
    throw new TypeError(
      fault(
        'TL200',
        DEV &&
          `spawn() needs a function to run as the task, got ${describe(fn)}. ` +
            'Pass the function itself, e.g. spawn(() => work()) or spawn(function* () { … }).',
      ),
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      fault(
        'TL201',
        DEV && `spawn() options must be an object such as { name, zone }, got ${describe(options)}.`,
      ),
    );
  }
  for (const key of Object.keys(options)) {
    if (!SPAWN_OPTIONS.has(key)) {
      throw new TypeError(
        fault('TL202', DEV && `spawn() got an unknown option "${key}"; the options are name and zone.`),
      );
    }
  }
  const { name, zone } = options as SpawnOptions;
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(
      fault('TL203', DEV && `spawn() option name must be a string, got ${describe(name)}.`),
    );
  }
  const platform = engine();
  if (zone !== undefined && !platform.isZone(zone)) {
    throw new TypeError(
      platform.name === 'zone'
        ? fault(
            'TL204',
            DEV &&
              `spawn() option zone must be a zone.js Zone (such as Zone.current), got ${describe(zone)}.`,
          )
        : fault(
            platform.name === 'standalone' ? 'TL206' : 'TL205',
            DEV && `spawn() option zone needs zone.js, and tasklocal runs on ${withoutZones().here}.`,
          ),
    );
  }
}
