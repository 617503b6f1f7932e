// The console warnings about code that leaves its task: each kind once, with
// the fixes, and none on AsyncLocalStorage, which follows native await.
// Development only: they catch mistakes in code as written, so every call
// site sits behind DEV, and production builds carry none of this.
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine } from '../engines/current.js';

const FIXES =
  'tasklocal cannot follow a native await, with zone.js or on the standalone engine: code after it runs outside the task and uses the shared ' +
  "default storage. Fixes: tasklocal's bundler plugin (tasklocal/vite, /rollup, /esbuild, /webpack) " +
  'lowers async functions so they keep their task; without a build step, write the function as a ' +
  'generator (spawn(function* () { yield promise; }) or coroutine(function* () { … })); in Node, ' +
  'servers can run without zone.js, on AsyncLocalStorage, where native await keeps the task.';

const warned = new Set<string>();

/** Whether the warning of this kind was given (or is never given here). */
export function hasWarned(kind: string): boolean {
  return warned.has(kind) || engine().name === 'async-local-storage';
}

/** Warns with `message` and the fixes, once per kind; `code` names the warning in README's table. */
export function warnOnce(kind: string, code: string, message: string): void {
  if (hasWarned(kind)) return;
  warned.add(kind);
  console.warn(fault(code, DEV && `tasklocal: ${message} ${FIXES}`));
}

/** Lets every warning fire once more (for specs that check each one). */
export function rearmWarnings(): void {
  warned.clear();
}
