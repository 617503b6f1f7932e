// What every copy of tasklocal loaded in one JavaScript realm shares. An app
// that imports tasklocal while a dependency requires it runs two copies; they
// must agree on the engine, the root frame and the bookkeeping of tasks, or a
// Local from one copy would not see tasks spawned by the other.
//
// The registry is reachable by anyone through Symbol.for, so it holds no
// Local, TaskVar or store: each copy keeps those itself (weakly) and joins
// with hooks that only tell it when a task starts or ends.
import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import type { Engine } from './engine.js';
import { Frame } from './frame.js';
import { PROTOCOL, VERSION } from '../base/version.js';

/** What a task's start and end must tell each loaded copy of tasklocal. */
export interface CopyHooks {
  /** A task was forked from `spawner` (a task, or null outside tasks) into `child`, its new context. */
  taskStarted(spawner: object | null, child: object): void;
  /** A task's result settled: no read cache may keep it. */
  taskFinished(): void;
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
  /** One entry per loaded copy. */
  readonly copies: CopyHooks[];
  /** Numbers unnamed tasks. */
  tasksStarted: number;
}

const KEY = Symbol.for('tasklocal.realm');
// Built from KEY: the key's text appears once per copy (the toolchain tests count copies by it).
const WHERE = `tasklocal's registry, globalThis[Symbol.for('${KEY.description}')]`;

function join(): Realm {
  const existing: unknown = (globalThis as { [KEY]?: unknown })[KEY];
  if (existing === undefined) return create();
  const { protocol, version } = (existing ?? {}) as Partial<Realm>;
  if (typeof protocol !== 'number' || typeof version !== 'string') {
    throw new Error(
      fault(
        'TL100',
        DEV &&
          `${WHERE} holds ${describe(existing)}, put there by other code: make that code use a symbol of its own.`,
      ),
    );
  }
  if (protocol !== PROTOCOL) {
    throw new Error(
      fault(
        'TL101',
        DEV &&
          `Two copies of tasklocal that cannot share tasks are loaded: ${version} first, then ${VERSION}. ` +
            'Make the app use one version: `npm ls tasklocal` shows where each comes from, and ' +
            '`npm dedupe` or an "overrides" entry in package.json settles them on one.',
      ),
    );
  }
  return existing as Realm;
}

function create(): Realm {
  const realm: Realm = {
    protocol: PROTOCOL,
    version: VERSION,
    engine: undefined,
    root: new Frame(null, new Map()),
    copies: [],
    tasksStarted: 0,
  };
  // Not enumerable, not writable: a registry, not a global API.
  if (!Reflect.defineProperty(globalThis, KEY, { value: realm })) {
    throw new Error(
      fault(
        'TL102',
        DEV &&
          `tasklocal could not create ${WHERE}: globalThis is frozen. Load tasklocal before locking it down (lockdown(), harden()).`,
      ),
    );
  }
  return realm;
}

/** This realm's shared state, joined (or made) when this copy loads. */
export const realm: Realm = join();
