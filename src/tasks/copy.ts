// This copy of tasklocal's entry in the shared registry: a task started by
// any copy is told to all of them, since a Local of one copy may hold values
// in tasks another copy runs.
import { inheritLocals } from './heirs.js';
import { forgetFilledCaches } from './read-cache.js';
import { realm, type CopyHooks } from '../engines/realm.js';

// taskFinished stays in the shared shape for copies that call it; this copy's
// caches drop their entries each turn on their own (filled-caches.ts), so it
// tells no copy when a task ends.
const hooks: CopyHooks = { taskStarted: inheritLocals, taskFinished: forgetFilledCaches };
realm.copies.push(hooks);

/** Tells every copy that a task was forked from `spawner` (its task, or null) into the context `child`. */
export function taskStarted(spawner: object | null, child: object): void {
  const copies = realm.copies;
  for (let i = 0; i < copies.length; i++) copies[i].taskStarted(spawner, child);
}
