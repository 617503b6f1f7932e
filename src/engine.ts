import { createAlsEngine } from './als-engine.js';
import type { Frame } from './frame.js';
import { createZoneEngine, hasZone } from './zone-engine.js';

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
 * The platforms tasklocal runs on.
 *
 * @example
 * const name: EngineName = engineName(); // 'zone' or 'async-local-storage'
 */
export type EngineName = 'zone' | 'async-local-storage';

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

let active: Engine | undefined;
let forced: EngineName | undefined;

/**
 * The engine, chosen at first use so that zone.js may be loaded after
 * tasklocal: zones when zone.js is loaded, else Node's AsyncLocalStorage.
 * A failed start throws and is tried again on the next call.
 */
export function engine(): Engine {
  return active ?? (active = start(forced ?? (hasZone() ? 'zone' : 'async-local-storage')));
}

function start(name: EngineName): Engine {
  return name === 'zone' ? createZoneEngine() : createAlsEngine();
}

/**
 * The name of the engine tasklocal runs on, choosing it now if nothing has
 * used tasklocal yet.
 *
 * @example
 * engineName(); // 'zone' when zone.js is loaded, else 'async-local-storage' (Node)
 */
export function engineName(): EngineName {
  return engine().name;
}

/**
 * Forces the engine before first use, instead of choosing by whether zone.js
 * is loaded. Calling it again with the engine already in use does nothing.
 *
 * @example
 * useEngine('async-local-storage'); // in Node, even with zone.js loaded
 */
export function useEngine(name: EngineName): void {
  if (name !== 'zone' && name !== 'async-local-storage') {
    throw new TypeError(`useEngine() takes 'zone' or 'async-local-storage', got ${String(name)}.`);
  }
  if (active !== undefined && active.name !== name) {
    throw new Error(
      `tasklocal already runs on the ${active.name} engine, chosen at first use; ` +
        'call useEngine() before anything else uses tasklocal.',
    );
  }
  forced = name; // kept even if the start fails, so that later uses retry this engine
  active ??= start(name);
}
