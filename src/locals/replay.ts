// A Local subclass's attributes are built for each task by running its
// constructor again, on the same object, with the arguments that reached
// Local's constructor (JavaScript gives a base class no others). The base
// constructor, reached through super(), hands the existing proxy back.
// That replay is how subclasses work, in every build. The probe below, which
// runs a constructor up to its super() to refuse class shapes a replay would
// get wrong, and the explanation of private members set up twice, only tell a
// developer about code as written: development builds only (see base/dev.ts).
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';

/** How to rebuild a subclass instance's attributes for a newly seen task. */
export interface Replay {
  readonly constructor: new (...args: unknown[]) => object;
  readonly args: readonly unknown[];
}

/** What Local's constructor is to do when `constructor` reaches it: hand back `proxy`, or record its arguments and stop. */
type Pending =
  | { readonly constructor: Replay['constructor']; readonly proxy: object }
  | { readonly constructor: Replay['constructor']; readonly probe: { args?: unknown[] } };

let pending: Pending | null = null;

// Thrown by Local's constructor to end a probe before any subclass code touches `this`; made once.
const PROBE_DONE: unknown = DEV && new Error('tasklocal probe');

/** Runs a subclass constructor again with `this` = `proxy`, the Local it first built. */
export function replayConstructor(proxy: object, replay: Replay): void {
  // Save the slot: the constructor may build another Local before its super().
  const outer = pending;
  pending = { proxy, constructor: replay.constructor };
  try {
    Reflect.construct(replay.constructor, replay.args);
  } catch (error) {
    // The engine's own error in production; development explains it.
    throw DEV ? explained(error, replay.constructor.name) : error;
  } finally {
    pending = outer;
  }
}

/**
 * Called by Local's constructor first: during a replay of `newTarget`, the
 * proxy to hand back instead of a new Local. During a probe, records `args`
 * and throws to end it.
 */
export function takeReplayTarget(newTarget: unknown, args: unknown[]): object | undefined {
  if (pending === null || pending.constructor !== newTarget) return undefined;
  const taken = pending;
  pending = null;
  // Only development builds probe (see checkReplayable).
  if (DEV && 'probe' in taken) {
    taken.probe.args = args;
    throw PROBE_DONE;
  }
  return (taken as { readonly proxy: object }).proxy;
}

/**
 * Throws when replaying `subclass` with `args` (what reached Local's
 * constructor) would not rebuild what its construction built: its
 * constructor derives what it hands super() from its parameters (each task
 * would get them derived once more), or it declares parameters it does not
 * hand on (each task would get undefined for them). Exact: the constructor
 * runs again, up to its super() call and no further, and what reaches Local
 * is compared (Object.is, argument by argument).
 *
 * Development only: it refuses a class as written, which no input at run
 * time can change, and a developer meets the refusal on the first `new`.
 * Production replays whatever the constructor hands on.
 */
export function checkReplayable(subclass: Replay['constructor'], args: unknown[]): void {
  const name = subclass.name || 'A Local subclass';
  const rule =
    "tasklocal runs a Local subclass's constructor again for every task with the arguments that reached " +
    "Local's constructor, so each constructor must hand its own parameters to super() unchanged: write " +
    "super(...arguments), or super(a, b) naming every parameter, and derive values in the constructor's body.";
  const handed = handedToLocal(subclass, args);
  if (handed !== undefined && !sameArguments(handed, args)) {
    throw new TypeError(
      fault(
        'TL311',
        DEV &&
          `${name}'s constructor hands super() values derived from its parameters: given ${list(args)}, it hands on ${list(handed)}. ${rule}`,
      ),
    );
  }
  // Declared parameters past those that reached Local: handed on, they would have reached it.
  const declared = subclass.length;
  if (declared <= args.length) return;
  const padded = [...args, ...Array.from({ length: declared - args.length }, () => ({}))];
  const fromPadded = handedToLocal(subclass, padded);
  if (fromPadded !== undefined && !sameArguments(fromPadded.slice(0, declared), padded)) {
    throw new TypeError(
      fault(
        'TL312',
        DEV &&
          `${name}'s constructor declares ${declared} parameter${declared === 1 ? '' : 's'} and hands super() ` +
            `only the first ${args.length}: each task would get undefined for the others. ${rule}`,
      ),
    );
  }
}

/** What reaches Local's constructor from `new subclass(...args)`; undefined if the code before super() throws. */
function handedToLocal(subclass: Replay['constructor'], args: unknown[]): unknown[] | undefined {
  const outer = pending;
  const probe: { args?: unknown[] } = {};
  pending = { constructor: subclass, probe };
  try {
    Reflect.construct(subclass, args);
  } catch (error) {
    // Code before super() that throws now did not the first time: not this check's to judge.
    if (error !== PROBE_DONE) return undefined;
  } finally {
    pending = outer;
  }
  return probe.args;
}

function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** An argument list for the message: values short, objects by kind (a derived object is a new one). */
function list(args: readonly unknown[]): string {
  const shown = args.map((value) => {
    if (typeof value === 'string') return JSON.stringify(value);
    if (typeof value === 'function') return value.name || 'a function';
    if (typeof value !== 'object' || value === null) return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
  });
  return `(${shown.join(', ')})`;
}

// What engines and compilers say when private members are set up twice on one
// object: V8; Babel's and SWC's helpers; esbuild's; JavaScriptCore (twice); SpiderMonkey.
const PRIVATE_TWICE =
  /^(Cannot initialize .+ twice on the same object|Cannot initialize the same private elements twice on an object|Cannot add the same private member more than once|Cannot redefine existing private (field|method)|Cannot install same private methods on object more than once|Initializing an object twice is an error with private fields)/;

/**
 * An engine's (or a compiled helper's) error for private members set up
 * twice, explained; anything else as it was. Development only: it changes
 * only the message, and production throws the engine's own TypeError.
 */
function explained(error: unknown, name: string): unknown {
  if (!(error instanceof TypeError) || !PRIVATE_TWICE.test(error.message)) return error;
  return new TypeError(
    fault(
      'TL313',
      DEV &&
        `${name} could not be set up for a new task: "${error.message}". A Local subclass's constructor runs ` +
          'again on the same object for every task, and private members belong to that one object. Use ' +
          'ordinary fields (each task gets its own) or a TaskVar.',
    ),
    { cause: error },
  );
}
