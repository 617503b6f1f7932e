// Which inheriting Locals of this copy hold values in which task, so that a
// task spawned from it starts with a copy of them. Weak both ways: a finished
// task's entry goes with the task, and a running task keeps no dropped Local
// (nor, through it, any task's values) alive.

/** A Local with `inherit`, as spawn sees it: it copies its spawner's values into a new task. */
export interface Heir {
  inheritInto(child: object): void;
}

const heirs = new WeakMap<object, Set<WeakRef<Heir>>>();

/** Records that the Local behind `handle` holds values in `task`. */
export function recordHeir(task: object, handle: WeakRef<Heir>): void {
  let inTask = heirs.get(task);
  if (inTask === undefined) heirs.set(task, (inTask = new Set()));
  inTask.add(handle);
}

/**
 * Called once a new task's context exists: every inheriting Local of this copy
 * that holds values in the spawning task gives the child a shallow copy.
 * Only tasks pass values on: code outside any task does not.
 */
export function inheritLocals(spawner: object | null, child: object): void {
  const inTask = spawner === null ? undefined : heirs.get(spawner);
  if (inTask !== undefined) for (const handle of inTask) handle.deref()?.inheritInto(child);
}
