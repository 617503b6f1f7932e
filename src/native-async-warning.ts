// On the zone engine, code after a native `await` runs outside its task and
// uses the shared default storage. These checks turn the common ways into that
// into one console warning each, naming the fixes.
import { engine } from './engine.js';

const FIXES =
  'tasklocal cannot follow a native await, with zone.js or on the standalone engine: code after it runs outside the task and uses the shared ' +
  "default storage. Fixes: tasklocal's bundler plugin (tasklocal/vite, /rollup, /esbuild, /webpack) " +
  'lowers async functions so they keep their task; without a build step, write the function as a ' +
  'generator (spawn(function* () { yield promise; }) or coroutine(function* () { … })); in Node, ' +
  'servers can run without zone.js, on AsyncLocalStorage, where native await keeps the task.';

const warned = new Set<string>();

function warnOnce(kind: string, message: string): void {
  if (warned.has(kind) || engine().name === 'async-local-storage') return;
  warned.add(kind);
  console.warn(`tasklocal: ${message} ${FIXES}`);
}

/** Warns once when spawn() is given a native async function. */
export function warnOnNativeAsync(fn: { name: string }): void {
  if ((fn as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] !== 'AsyncFunction') return;
  warnOnce('function', `spawn() was given a native async function${fn.name ? ` (${fn.name})` : ''}.`);
}

/**
 * Warns once when a task hands tasklocal a native promise (zone.js wraps the
 * global Promise, so a native one comes from a native async function, or
 * from a browser API zone.js does not wrap, such as response.json()).
 */
export function warnOnNativePromise(value: unknown, how: 'returned' | 'yielded'): void {
  if (value instanceof Promise || Object.prototype.toString.call(value) !== '[object Promise]') return;
  warnOnce(
    how,
    `a task ${how} a native promise, as native async functions return (harmless if it came from an API ` +
      'such as response.json(), which zone.js does not wrap).',
  );
}

/** Lets every warning fire once more (for specs that check each one). */
export function rearmWarnings(): void {
  warned.clear();
}
