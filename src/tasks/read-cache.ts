// The one-entry read caches (in each Local, TaskDiscriminator and TaskVar)
// make repeated reads in one task cheap. They must not keep a finished task
// alive: when a task's result settles, every filled cache drops its entry
// (filled-caches.ts), and later reads from code still running in that task
// are not cached (a task's own state says so: no registry of finished tasks
// to keep).
import { DEV } from '../base/dev.js';
import { mayCacheOutsideTasks } from './escape-watch.js';

export { cacheFilled, forgetFilledCaches, type ReadCache } from './filled-caches.js';

/** True when an entry for code running in `task` (null: outside any task) may be cached. */
export function mayCache(task: { readonly state: string } | null): boolean {
  // Outside tasks, escape-watch.ts may want to see each read for a while (in development).
  return task === null ? !DEV || mayCacheOutsideTasks() : task.state === 'pending';
}
