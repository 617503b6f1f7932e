import { engine } from '../engines/current.js';
import type { SpawnOptions, TaskFunction } from './task-arguments.js';
import { Task } from './task.js';

/**
 * Starts `fn` as a new task, in a zone forked for it from `options.zone` or
 * the current zone, and returns the running {@link Task}.
 *
 * @example
 * const a = spawn(function* taskA() { local.value = 'foo'; yield sleep(1); return local.value; });
 * await a; // 'foo'
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as in TaskFunction
export function spawn<T>(fn: () => Generator<unknown, T, any>, options?: SpawnOptions): Task<T>;
export function spawn<T>(fn: () => T | PromiseLike<T>, options?: SpawnOptions): Task<T>;
export function spawn<T>(fn: TaskFunction<T>, options?: SpawnOptions): Task<T> {
  return new Task(fn, options);
}

/**
 * The innermost task running now, or null outside any task.
 *
 * @example
 * spawn(() => currentTask()?.name, { name: 'job' }); // resolves to 'job'
 */
export function currentTask(): Task | null {
  return taskIn(engine().current());
}

/** The task that `context` belongs to, or null. Only Task's constructor makes frames with a task. */
export function taskIn(context: object): Task | null {
  return engine().frameOf(context).task as Task | null;
}
