import { createAlsEngine } from './als-engine.js';
import type { Frame } from './frame.js';
import { hasZone, howToLoadZone, nodeProcess } from './platform.js';
import { realm } from './realm.js';
import { createStandaloneEngine } from './standalone-engine.js';
import { createZoneEngine } from './zone-engine.js';
import { WITHOUT_ZONES } from './zoneless-engine.js';

/**
 * A zone, as far as tasklocal needs one. zone.js's own `Zone` (and Angular's
 * zones) fit this shape, so callers can pass them without a cast.
 *
 * @example
 * const zone: ZoneLike = Zone.current;
 */
export interface ZoneLike {
  readonly name: string;
  readonly parent: ZoneLike | null;
  get(key: string): unknown;
}

/**
 * The platforms tasklocal runs on. 'standalone' (browsers without zone.js) is
 * used only when chosen with `useEngine('standalone')`.
 *
 * @example
 * const name: EngineName = engineName(); // 'zone', 'async-local-storage' or 'standalone'
 */
export type EngineName = 'zone' | 'async-local-storage' | 'standalone';

/**
 * The platform under tasklocal: it knows which context code runs in now, the
 * frame (task and TaskVar values) a context carries, and how to make and
 * re-enter contexts. Every other module reaches the platform through this.
 */
export interface Engine {
  readonly name: EngineName;
  /** The context running now. Called on every attribute read: keep it cheap. */
  current(): object;
  /** The frame that `context` carries (the innermost one, for a zone). */
  frameOf(context: object): Frame;
  /** A new context named `name` carrying `frame`, child of `parent` (default: the current context). */
  fork(frame: Frame, name: string, parent?: object): object;
  /** Runs `fn` inside `context` and returns its result. */
  run<R>(context: object, fn: () => R): R;
  /** The zone that a context is, for APIs that hand zones out; throws without zone.js. */
  zoneOf(context: object): ZoneLike;
  /** True when `context` is `ancestor` or was forked, directly or not, from it. */
  isWithin(context: object, ancestor: object): boolean;
  /** True when `value` is a zone this engine can fork from. */
  isZone(value: unknown): boolean;
}

// A field of a constant object, not a module `let`: on the read path it
// measured faster in V8 (TaskVar.get(), standalone engine, Node: 4.0x -> 3.0x
// a plain property read, with frame.ts's write counter made the same way).
const chosen: { engine?: Engine } = {};

/**
 * The engine. Until something needs a context of its own (a task, a `run`
 * scope), code runs outside every task on any engine, so the choice waits:
 * zone.js may still be loaded, in any order. zone.js, once loaded, is chosen
 * at once, since tasks may already run in its zones.
 */
export function engine(): Engine {
  return chosen.engine ?? (realm.engine !== undefined || hasZone() ? committed() : ROOT_ONLY);
}

/** The engine, chosen now if no copy of tasklocal has chosen yet: zones when loaded, else AsyncLocalStorage. */
function committed(): Engine {
  return (chosen.engine ??= realm.engine ??= hasZone() ? createZoneEngine() : createAlsEngine());
}

/**
 * Before the choice: only code outside every task has run, and it all uses
 * the root frame. Anything that needs more commits to an engine first.
 */
const ROOT_ONLY: Engine = {
  get name() {
    return committed().name;
  },
  current: () => realm.root,
  frameOf: (context) => (context === realm.root ? realm.root : committed().frameOf(context)),
  fork: (frame, name, parent) => committed().fork(frame, name, parent),
  run: (context, fn) => (context === realm.root ? fn() : committed().run(context, fn)),
  zoneOf: (context) => committed().zoneOf(context),
  isWithin: (context, ancestor) => committed().isWithin(context, ancestor),
  isZone: (value) => committed().isZone(value),
};

/**
 * The name of the engine tasklocal runs on, choosing it now if nothing has
 * needed one yet.
 *
 * @example
 * engineName(); // 'zone' when zone.js is loaded, else 'async-local-storage' (Node)
 */
export function engineName(): EngineName {
  return committed().name;
}

/**
 * Chooses the engine now, instead of by whether zone.js is loaded. Calling it
 * again with the engine already in use does nothing; a choice that fails
 * leaves nothing behind. 'standalone' is for browsers without zone.js: it
 * patches nothing, and keeps the task only in code tasklocal runs (generator
 * tasks, coroutines and the async functions the bundler plugin lowers to
 * them, `run` scopes, Snapshots). It ignores zone.js if zone.js is loaded.
 *
 * @example
 * useEngine('zone'); // in Node, to fail early when zone.js is missing
 * useEngine('standalone'); // first in a zoneless browser app's main file
 */
export function useEngine(name: EngineName): void {
  if (name !== 'zone' && name !== 'async-local-storage' && name !== 'standalone') {
    throw new TypeError(
      `useEngine() takes 'zone' or 'async-local-storage' (or, in a browser without zone.js, 'standalone'), got ${String(name)}.`,
    );
  }
  const current = chosen.engine ?? realm.engine;
  if (current !== undefined) {
    if (current.name === name) return;
    throw new Error(
      `tasklocal already runs on the ${current.name} engine, chosen at first use; ` +
        'call useEngine() before anything starts a task.',
    );
  }
  if (name === 'async-local-storage') refuseAlsHere();
  chosen.engine = realm.engine = start(name);
}

function start(name: EngineName): Engine {
  if (name === 'zone') return createZoneEngine();
  return name === 'standalone' ? createStandaloneEngine() : createAlsEngine();
}

/**
 * For errors from features that need zones, on an engine without them: where
 * tasklocal runs instead, and how to get zones.
 */
export function withoutZones(): { here: string; fix: string } {
  return WITHOUT_ZONES[engine().name === 'standalone' ? 'standalone' : 'async-local-storage'];
}

function refuseAlsHere(): void {
  if (nodeProcess() === undefined) {
    throw new Error(
      "useEngine('async-local-storage') is for Node: browsers have no AsyncLocalStorage. " +
        `tasklocal runs on zone.js in a browser. ${howToLoadZone()}`,
    );
  }
  if (hasZone()) {
    throw new Error(
      "useEngine('async-local-storage') refused: zone.js is loaded, and with zone.js loaded " +
        'AsyncLocalStorage gives promise callbacks the wrong task. Use the zone engine, or do not load zone.js.',
    );
  }
}
