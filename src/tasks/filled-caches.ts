// The read caches that hold an entry now, listed in this copy through
// WeakRefs: the list must keep neither a dropped Local alive nor a task's
// values within reach of code that holds no Local (the shared registry holds
// only this copy's hooks). Below read-cache.ts and escape-watch.ts, which
// both empty it.
//
// Every filled cache drops its entry in a microtask queued when the first one
// fills: a cache serves the reads of one synchronous run of code, and an
// entry never outlives the turn it was made in, so no cache keeps a finished
// task (or its values) alive, and no task's end need be watched to know it.
import { engine } from '../engines/current.js';
import { realm } from '../engines/realm.js';

/** A one-entry read cache that can be told to drop its entry. */
export interface ReadCache {
  forget(): void;
}

const filled = new Set<WeakRef<ReadCache>>();
// A field of a constant object, not a module `let` (see current.ts).
const release = { queued: false };

/**
 * Records that the cache behind `handle` holds an entry now. Each cache makes
 * its handle (a WeakRef to itself) once, so that filling allocates nothing
 * but, once per turn, the microtask that empties the caches.
 */
export function cacheFilled(handle: WeakRef<ReadCache>): void {
  filled.add(handle);
  if (!release.queued) {
    release.queued = true;
    // Queued outside every task: a task's zone would see it (zone hooks, an Angular zone's change detection).
    engine().run(realm.root, queueRelease);
  }
}

const queueRelease = (): void => queueMicrotask(releaseQueued);

function releaseQueued(): void {
  release.queued = false;
  forgetFilledCaches();
}

/** Makes every filled cache drop its entry. */
export function forgetFilledCaches(): void {
  // Most calls find every cache already dropped: clear() would allocate a new table for nothing.
  if (filled.size === 0) return;
  for (const handle of filled) handle.deref()?.forget();
  filled.clear();
}
