// The checks spawn() makes on what it is given, kept apart from the Task itself.
import { describe } from './describe.js';
import { engine, withoutZones } from './engine.js';
import type { SpawnOptions } from './task.js';

const SPAWN_OPTIONS = new Set(['name', 'zone']);

/** Throws a TypeError that names what is wrong with spawn()'s arguments, and how to fix it. */
export function checkSpawnArguments(fn: unknown, options: unknown = {}): void {
  if (typeof fn !== 'function') {
    throw new TypeError(
      `spawn() needs a function to run as the task, got ${describe(fn)}. ` +
        'Pass the function itself, e.g. spawn(() => work()) or spawn(function* () { … }).',
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `spawn() options must be an object such as { name, zone }, got ${describe(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!SPAWN_OPTIONS.has(key)) {
      throw new TypeError(`spawn() got an unknown option "${key}"; the options are name and zone.`);
    }
  }
  const { name, zone } = options as SpawnOptions;
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(`spawn() option name must be a string, got ${describe(name)}.`);
  }
  const platform = engine();
  if (zone !== undefined && !platform.isZone(zone)) {
    throw new TypeError(
      platform.name === 'zone'
        ? `spawn() option zone must be a zone.js Zone (such as Zone.current), got ${describe(zone)}.`
        : `spawn() option zone needs zone.js, and tasklocal runs on ${withoutZones().here}.`,
    );
  }
}
