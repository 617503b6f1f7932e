// What every copy of tasklocal loaded in one JavaScript realm shares. An app
// that imports tasklocal while a dependency requires it runs two copies; they
// must agree on the engine, the root frame and the bookkeeping of tasks, or a
// Local from one copy would not see tasks spawned by the other.
import type { Engine } from './engine.js';
import { Frame } from './frame.js';
import { PROTOCOL, VERSION } from './version.js';

/** A one-entry read cache that can be told to drop its entry. */
export interface ReadCache {
  forget(): void;
}

/** A Local with `inherit`, as spawn sees it: it copies its spawner's values into a new task. */
export interface Heir {
  inheritInto(child: object): void;
}

/** The shared state, one object per realm under a registered symbol. */
export interface Realm {
  /** Copies with another protocol cannot share this object. */
  readonly protocol: number;
  /** The version of the copy that made it, for messages. */
  readonly version: string;
  /** The engine, once some copy has committed to one. */
  engine: Engine | undefined;
  /** The frame of code outside every task and every `run` scope. */
  readonly root: Frame;
  /** Caches that hold an entry now, so that a finished task can be dropped from all of them. */
  readonly filledCaches: Set<ReadCache>;
  /** Per task, the inheriting Locals that hold values in it. */
  readonly heirs: WeakMap<object, Set<Heir>>;
  /** Numbers unnamed tasks. */
  tasksStarted: number;
}

const KEY = Symbol.for('tasklocal.realm');

function join(): Realm {
  const existing = (globalThis as { [KEY]?: Realm })[KEY];
  if (existing === undefined) {
    const realm: Realm = {
      protocol: PROTOCOL,
      version: VERSION,
      engine: undefined,
      root: new Frame(null, new Map()),
      filledCaches: new Set(),
      heirs: new WeakMap(),
      tasksStarted: 0,
    };
    // Not enumerable, not writable: a registry, not a global API.
    Object.defineProperty(globalThis, KEY, { value: realm });
    return realm;
  }
  if (existing.protocol !== PROTOCOL) {
    throw new Error(
      `Two copies of tasklocal that cannot share tasks are loaded: ${existing.version} first, then ${VERSION}. ` +
        'Make the app use one version: `npm ls tasklocal` shows where each comes from, and ' +
        '`npm dedupe` or an "overrides" entry in package.json settles them on one.',
    );
  }
  return existing;
}

/** This realm's shared state, joined (or made) when this copy loads. */
export const realm: Realm = join();
