// The one-entry read caches (in each Local, TaskDiscriminator and TaskVar)
// make repeated reads in one task cheap. They must not keep a finished task
// alive: when a task's result settles, every filled cache drops its entry,
// and later reads from code still running in that task are not cached (a
// task's own state says so: no registry of finished tasks to keep).
import { mayCacheOutsideTasks } from './escape-watch.js';
import { realm, type ReadCache } from './realm.js';

/** True when an entry for code running in `task` (null: outside any task) may be cached. */
export function mayCache(task: { readonly state: string } | null): boolean {
  // Outside tasks, escape-watch.ts may want to see each read for a while.
  return task === null ? mayCacheOutsideTasks() : task.state === 'pending';
}

/** Records that `cache` holds an entry now. */
export function cacheFilled(cache: ReadCache): void {
  realm.filledCaches.add(cache);
}

/** Called once a task's result settles: no cache may keep it from now on. */
export function taskFinished(): void {
  const caches = realm.filledCaches;
  // Most tasks finish with every cache already dropped: clear() would allocate a new table for nothing.
  if (caches.size === 0) return;
  for (const cache of caches) cache.forget();
  caches.clear();
}
