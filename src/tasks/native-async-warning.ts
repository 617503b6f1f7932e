// Code after a native `await` runs outside its task and uses the shared
// default storage. These checks turn the common ways into that into one
// console warning each, naming the fixes: spawn() given an async function, and
// on the zone engine a task handing tasklocal a native promise (on the
// standalone engine, escape-watch.ts watches such promises instead).
// Development only: task.ts calls these behind DEV.
import { watchAwaited } from './escape-watch.js';
import { warnOnce } from './warn-once.js';

export { rearmWarnings } from './warn-once.js';

/** Warns once when spawn() is given a native async function. */
export function warnOnNativeAsync(fn: { name: string }): void {
  if ((fn as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] !== 'AsyncFunction') return;
  warnOnce(
    'function',
    'TL220',
    `spawn() was given a native async function${fn.name ? ` (${fn.name})` : ''}.`,
  );
}

/**
 * Warns once when a task hands tasklocal a native promise (zone.js wraps the
 * global Promise, so a native one comes from a native async function, or
 * from a browser API zone.js does not wrap, such as response.json()). On the
 * standalone engine every promise is native: escape-watch.ts watches it
 * instead. Returns the value to adopt in its place (see watchAwaited).
 */
export function warnOnNativePromise(value: unknown, how: 'returned' | 'yielded'): unknown {
  const adopted = watchAwaited(value);
  if (value instanceof Promise || Object.prototype.toString.call(value) !== '[object Promise]')
    return adopted;
  warnOnce(
    how,
    how === 'returned' ? 'TL221' : 'TL222',
    `a task ${how} a native promise, as native async functions return (harmless if it came from an API ` +
      'such as response.json(), which zone.js does not wrap).',
  );
  return adopted;
}
