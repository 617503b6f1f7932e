// The one-entry read caches (in each Local, TaskDiscriminator and TaskVar)
// make repeated reads in one run of code cheap. They must not keep a finished
// task alive: every filled cache drops its entry in the microtask after it
// was filled (filled-caches.ts), so an entry for a task lasts one turn at
// most, whether the task is still running or not.
import { DEV } from '../base/dev.js';
import { mayCacheOutsideTasks } from './escape-watch.js';

export { cacheFilled, forgetFilledCaches, type ReadCache } from './filled-caches.js';

/** True when an entry for code running in `task` (null: outside any task) may be cached. */
export function mayCache(task: object | null): boolean {
  // Outside tasks, escape-watch.ts may want to see each read for a while (in development).
  return task !== null || !DEV || mayCacheOutsideTasks();
}
