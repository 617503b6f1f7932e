// The one-entry read caches (in each Local, TaskDiscriminator and TaskVar)
// make repeated reads in one task cheap. They must not keep a finished task
// alive: when a task's result settles, every filled cache drops its entry,
// and later reads from code still running in that task are not cached (a
// task's own state says so: no registry of finished tasks to keep).
//
// The filled caches are listed here, in this copy, through WeakRefs: the list
// must keep neither a dropped Local alive nor a task's values within reach of
// code that holds no Local (the shared registry holds only this copy's hooks).
/** A one-entry read cache that can be told to drop its entry. */
export interface ReadCache {
  forget(): void;
}

const filled = new Set<WeakRef<ReadCache>>();

/** True when an entry for code running in `task` (null: outside any task) may be cached. */
export function mayCache(task: { readonly state: string } | null): boolean {
  return task === null || task.state === 'pending';
}

/**
 * Records that the cache behind `handle` holds an entry now. Each cache makes
 * its handle (a WeakRef to itself) once, so that filling allocates nothing.
 */
export function cacheFilled(handle: WeakRef<ReadCache>): void {
  filled.add(handle);
}

/** Called, through the registry, once any copy's task settles: no cache may keep it from now on. */
export function forgetFilledCaches(): void {
  // Most tasks finish with every cache already dropped: clear() would allocate a new table for nothing.
  if (filled.size === 0) return;
  for (const handle of filled) handle.deref()?.forget();
  filled.clear();
}
