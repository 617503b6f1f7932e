// The read caches that hold an entry now, listed in this copy through
// WeakRefs: the list must keep neither a dropped Local alive nor a task's
// values within reach of code that holds no Local (the shared registry holds
// only this copy's hooks). Below read-cache.ts and escape-watch.ts, which
// both empty it.

/** A one-entry read cache that can be told to drop its entry. */
export interface ReadCache {
  forget(): void;
}

const filled = new Set<WeakRef<ReadCache>>();

/**
 * Records that the cache behind `handle` holds an entry now. Each cache makes
 * its handle (a WeakRef to itself) once, so that filling allocates nothing.
 */
export function cacheFilled(handle: WeakRef<ReadCache>): void {
  filled.add(handle);
}

/** Makes every filled cache drop its entry. */
export function forgetFilledCaches(): void {
  // Most calls find every cache already dropped: clear() would allocate a new table for nothing.
  if (filled.size === 0) return;
  for (const handle of filled) handle.deref()?.forget();
  filled.clear();
}
