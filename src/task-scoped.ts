import { engine } from './engine.js';

const CAUSES = {
  zone:
    "code that resumed after a native `await` (zone.js cannot follow one: use tasklocal's bundler plugin, " +
    'write the function as a generator, or wrap it with coroutine()), or a callback from an API zone.js ' +
    'does not patch (wrap it with Snapshot.wrap)',
  'async-local-storage':
    'a callback registered outside the task, or an EventEmitter listener, which runs in the context of ' +
    'the code that emits (wrap the listener with Snapshot.wrap, or use EventEmitterAsyncResource)',
  standalone:
    'code that resumed after a native `await` (the standalone engine follows generator tasks, coroutine() and ' +
    "async functions lowered by tasklocal's bundler plugin, nothing else), or a callback tasklocal does not run, " +
    'such as a timer, a .then callback or a DOM listener (wrap it with Snapshot.wrap)',
} as const;

/**
 * The error for a `requireTask` Local or TaskVar used outside any task, with
 * the causes that fit the engine in use.
 */
export function outsideTaskError(label: string): Error {
  const cause = CAUSES[engine().name];
  return new Error(
    `${label} is task-scoped (requireTask), and it was used outside any task. ` +
      `Start the work with spawn(). If it was started with spawn(), the likely cause is ${cause}.`,
  );
}
