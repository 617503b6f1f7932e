// The run-time signal for code that escaped lowering, on the standalone
// engine (zone.js has its own exact test: a native promise is one zone.js did
// not make). The escape: a task, or lowered code in it, awaits the promise of
// an async function that was not lowered; that function's code after its own
// await runs outside any task and reads the shared default storage.
//
// How it is told, in development and only in V8 (Chromium, Node): each native
// promise a task awaits that tasklocal did not make is adopted through
// Promise.allSettled. V8 then names that call in the async stack trace of any
// native async function whose promise flows into it: code resumed after a
// native await shows `at async Promise.allSettled (index 0)` below its own
// frames, while a timer, a DOM event or a `.then` callback never does. While
// such a promise is pending, read caches keep no entry outside tasks, so that
// each Local or TaskVar read there comes through mayCache(null) and looks at
// its stack once; the first one resumed from a watched promise is reported.
// Its callers reach it only behind DEV, so production builds carry none of it.
import { DEV } from '../base/dev.js';
import { engine } from '../engines/current.js';
import { forgetFilledCaches } from './filled-caches.js';
import { hasWarned, warnOnce } from './warn-once.js';

const ESCAPE = 'escape';
const state = { pending: 0 };
/** Promises tasklocal made (coroutine results): lowered code, which cannot escape. */
const ours = new WeakSet<object>();

/** Whether promises are watched here: in development, on the standalone engine. */
const watching = (): boolean => DEV && engine().name === 'standalone';

/** Marks a promise made by tasklocal itself, so that awaiting it watches nothing. */
export function ourPromise<T>(promise: Promise<T>): Promise<T> {
  if (watching()) ours.add(promise);
  return promise;
}

/** `resolve`, or where promises are watched, `resolve` of what watchAwaited gives for the value, in `context`. */
export function watchingReturn<T>(
  resolve: (value: T | PromiseLike<T>) => void,
  context: object,
): (value: T | PromiseLike<T>) => void {
  return watching() ? (value) => resolve(watchAwaited(value, context) as T) : resolve;
}

/**
 * Called with each value a task returns or awaits (a generator task's or a
 * coroutine's yield or return value), inside the task, or with the
 * `context` it belongs to; returns what to adopt in its place.
 * A native promise tasklocal did not make may be an async function's that
 * was not lowered: it is adopted through Promise.allSettled, which then holds
 * its only reaction, the shape in which V8 names it in async stack traces (a
 * promise with more than one reaction is not followed). Two more microtask
 * hops, in development on the standalone engine only.
 */
export function watchAwaited(value: unknown, context?: object): unknown {
  if (!watching() || !(value instanceof Promise) || ours.has(value) || hasWarned(ESCAPE)) return value;
  const platform = engine();
  if (platform.frameOf(context ?? platform.current()).task === null) return value;
  // Every cache drops its entry, so that the next read outside a task is looked at.
  if (state.pending++ === 0) forgetFilledCaches();
  return Promise.allSettled([value]).then(settledAs);
}

/** The value or error of the one settled promise, as its own outcome. */
function settledAs([result]: PromiseSettledResult<unknown>[]): unknown {
  state.pending--;
  if (result.status === 'fulfilled') return result.value;
  throw result.reason;
}

/**
 * Called by mayCache(null), for a read outside any task that no cache
 * answered: false (cache nothing) while a watched promise is pending, after
 * reporting the read if it is code resumed from one.
 */
export function mayCacheOutsideTasks(): boolean {
  if (state.pending === 0 || hasWarned(ESCAPE)) return true;
  const escaped = escapedFunction();
  if (escaped === undefined) return false;
  warnOnce(
    ESCAPE,
    'TL223',
    `${escaped} read a Local or TaskVar outside any task, after a native await: an async function that ` +
      'was not lowered, called from a task (in development; check that the plugin sees its file).',
  );
  return true;
}

/**
 * The escaped function as the stack names it (`save`, `save (awaited by load)`),
 * or undefined. Frames read `at name (where)`, `at where` for an anonymous
 * function, `at async name (where)` below the resumed one; Node's own frames
 * (its timers and microtask queue, at `node:…`) are never the one that escaped.
 */
function escapedFunction(): string | undefined {
  const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = V8Error.stackTraceLimit;
  if (typeof limit !== 'number') return undefined; // not V8: no async frames to read
  // Enough frames to reach the async ones below tasklocal's own; restored at once.
  V8Error.stackTraceLimit = 64;
  let stack: string | undefined;
  try {
    stack = new Error().stack;
  } finally {
    V8Error.stackTraceLimit = limit;
  }
  const frames = (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !/node:/.test(line))
    .map((line) => line.replace(/^\s+at | \(.*\)$/g, ''));
  const marker = frames.indexOf('async Promise.allSettled');
  const firstAsync = frames.findIndex((frame) => frame.startsWith('async '));
  if (marker < 1 || firstAsync < 1) return undefined;
  const awaiting = frames.slice(firstAsync, marker).map((frame) => frame.slice('async '.length));
  const resumed = frames[firstAsync - 1];
  return awaiting.length > 0 ? `${resumed} (awaited by ${awaiting.join(', ')})` : resumed;
}
