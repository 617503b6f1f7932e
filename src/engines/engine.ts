import type { Frame } from './frame.js';
import type { ZoneLike } from './zone-like.js';

export type { ZoneLike };

/**
 * An engine to pass to `useEngine`, for engines that apps import to choose,
 * so that apps that never choose one carry none of its code.
 *
 * @example
 * useEngine(standalone);
 */
export interface EngineChoice {
  readonly name: EngineName;
  /** @internal Starts the engine. */
  start(): Engine;
}

/**
 * The platforms tasklocal runs on. 'standalone' (browsers without zone.js) is
 * used only when chosen with `useEngine(standalone)`.
 *
 * @example
 * const name: EngineName = engineName(); // 'zone', 'async-local-storage' or 'standalone'
 */
export type EngineName = 'zone' | 'async-local-storage' | 'standalone';

/** The engines every build carries (defaults.ts), chosen by name; the standalone one is passed itself. */
export type BuiltInEngine = Exclude<EngineName, 'standalone'>;

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
  /**
   * How `promise` stands now, read from the promise itself without reacting
   * to it, or undefined where this engine cannot tell (native promises keep
   * their state hidden). Optional: an engine made by another copy may lack it.
   */
  promiseState?(promise: object): 'pending' | 'fulfilled' | 'rejected' | undefined;
}
