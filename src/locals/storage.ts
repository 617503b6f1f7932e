import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { ZoneDiscriminator, type BaseDiscriminator } from './discriminator.js';
import { engine } from '../engines/current.js';
import { recordHeir, type Heir } from '../tasks/heirs.js';
import { cacheFilled, mayCache, type ReadCache } from '../tasks/read-cache.js';
import { replayConstructor, type Replay } from './replay.js';
import { outsideTaskError, untrackedTaskError } from './task-scoped.js';
import { currentTask } from '../tasks/spawn.js';

/** One tracked object's attributes. */
export type Store = Record<string | symbol, unknown>;

// Stores inherit from one empty null-prototype object: nothing on their chain
// (no `__proto__` accessor, no Object.prototype), yet, unlike
// Object.create(null) objects, V8 keeps them in fast mode. Frozen, so that
// nothing can be put where every store would see it.
const STORE_PROTOTYPE = Object.freeze(Object.create(null) as object);

function newStore(): Store {
  return Object.create(STORE_PROTOTYPE) as Store;
}

const NO_OWNER = Symbol('no owner yet');
const EMPTY_STORE = newStore();

/** What a Local's handler needs to know about it. */
export interface StorageOptions {
  readonly discriminator: BaseDiscriminator;
  /** How to set up a new task's attributes, for subclasses. */
  readonly replay: Replay | undefined;
  /** The accessors a subclass defines, so that writes reach its setters. */
  readonly accessors: ReadonlyMap<PropertyKey, PropertyDescriptor> | undefined;
  readonly inherit: boolean;
  readonly requireTask: boolean;
  /** The Local's class name, for messages. */
  readonly label: string;
}

/**
 * The stores behind one Local: one per tracked object (weakly, so a finished
 * task's store is collected with it), made on first use, replayed for
 * subclasses, inherited at spawn, and the current one cached for reads.
 * LocalHandler adds the proxy traps.
 */
export class Storage implements ReadCache, Heir {
  private readonly stores = new WeakMap<object, Store>();
  private defaultStore: Store | undefined;
  // While a task-scoped subclass made outside any task runs its constructor (see adoptCurrent).
  private constructionStore: Store | undefined;
  protected readonly discriminator: BaseDiscriminator;
  // One-entry cache for the hot path: the last owner and its store.
  protected lastOwner: unknown = NO_OWNER;
  protected lastStore: Store | undefined;
  /** The Local (the proxy) these stores are behind; set once, right after the proxy is made. */
  proxy: object = this;
  // How the read cache and the heirs of tasks list this object: weakly (see read-cache.ts); made at first need.
  private handle: WeakRef<this> | undefined;

  constructor(protected readonly options: StorageOptions) {
    this.discriminator = options.discriminator;
  }

  /** The store of the object current now, made (and initialised) on first use. */
  current(): Store {
    const owner = this.discriminator.current();
    if (owner === this.lastOwner) return this.lastStore as Store;
    return this.lookup(owner);
  }

  /** Registers an empty store for the current object without replaying anything. */
  adoptCurrent(): void {
    const owner = this.discriminator.current();
    if (this.options.requireTask && isOutsideTasks(this.discriminator, owner)) {
      // A task-scoped subclass made outside any task (at module level): its
      // constructor's writes go to a store of their own, which no task sees and
      // which is dropped when this job ends; each task runs the constructor again.
      const store = (this.constructionStore = newStore());
      queueMicrotask(() => {
        if (this.constructionStore === store) this.constructionStore = undefined;
      });
      return;
    }
    this.check(owner);
    this.register(owner, newStore());
  }

  /** Drops the cached entry (see read-cache.ts). */
  forget(): void {
    this.lastOwner = NO_OWNER;
    this.lastStore = undefined;
  }

  /**
   * Copies the spawner's store, if it has one, for the object current inside
   * `child`. A discriminator that fails here is skipped: its next access says why.
   */
  inheritInto(child: object): void {
    let owner: unknown, heir: unknown;
    try {
      owner = this.discriminator.current();
      heir = this.discriminator.currentIn(child);
    } catch {
      return;
    }
    if (owner == null || heir === owner || heir == null || typeof heir !== 'object') return;
    const from = this.stores.get(owner);
    if (from === undefined || this.stores.has(heir)) return;
    this.stores.set(heir, Object.assign(newStore(), from));
    this.heirOf(engine().frameOf(child).task);
  }

  protected lookup(owner: unknown, key?: string | symbol): Store {
    if (this.options.requireTask && isOutsideTasks(this.discriminator, owner)) return this.outsideTasks(key);
    this.check(owner);
    const store =
      (owner == null ? this.defaultStore : this.stores.get(owner)) ??
      this.create(owner as object | null | undefined);
    if (mayCache(currentTask())) {
      this.lastOwner = owner;
      this.lastStore = store;
      cacheFilled((this.handle ??= new WeakRef(this)));
    }
    return store;
  }

  /** For a task-scoped Local where its discriminator tracks no task: throws, unless it is being constructed. */
  private outsideTasks(key: string | symbol | undefined): Store {
    if (this.constructionStore !== undefined) return this.constructionStore;
    // Promise machinery reads `then` on whatever it resolves with, task or not:
    // a task-scoped Local handed out of its task is still safe to await.
    if (key === 'then') return EMPTY_STORE;
    const task = currentTask();
    throw task === null
      ? outsideTaskError(this.options.label)
      : untrackedTaskError(this.options.label, task, this.discriminator);
  }

  private create(owner: object | null | undefined): Store {
    const store = newStore();
    this.register(owner, store);
    if (this.options.replay === undefined) return store;
    // The subclass constructor runs again on the proxy; its writes land in the
    // store just registered. If it throws, nothing is kept.
    try {
      replayConstructor(this.proxy, this.options.replay);
    } catch (error) {
      this.unregister(owner);
      throw error;
    }
    return store;
  }

  private register(owner: object | null | undefined, store: Store): void {
    if (owner == null) {
      this.defaultStore = store;
      return;
    }
    this.stores.set(owner, store);
    // Matching is by identity: a discriminator that makes a new object per call never finds its store again.
    if (this.discriminator.current() !== owner) {
      this.stores.delete(owner);
      throw new TypeError(
        fault(
          'TL511',
          DEV &&
            `${this.discriminator.constructor.name}.current() returned a different object each time it was called ` +
              `(${describe(owner)}). tasklocal finds a store by the identity of that object, like a WeakMap key: ` +
              'return the same object for as long as the same task or session is current (keep it on the session, ' +
              'or in a WeakMap keyed by it), not a new key object per call.',
        ),
      );
    }
    if (this.options.inherit) this.heirOf(currentTask());
  }

  /** Records that this Local holds values in `task`, so that tasks it spawns inherit them. */
  private heirOf(task: object | null): void {
    if (task !== null) recordHeir(task, (this.handle ??= new WeakRef(this)));
  }

  private unregister(owner: object | null | undefined): void {
    if (owner == null) this.defaultStore = undefined;
    else this.stores.delete(owner);
    this.forget();
  }

  private check(owner: unknown): void {
    if (owner == null || typeof owner === 'object' || typeof owner === 'function') return;
    throw new TypeError(
      fault(
        'TL510',
        DEV &&
          `${this.discriminator.constructor.name}.current() returned ${describe(owner)}; ` +
            'a discriminator must return an object (the tracked task, zone or session), or null/undefined for the default storage.',
      ),
    );
  }
}

/**
 * Where a task-scoped Local must throw: the discriminator tracks nothing
 * (null), or, for a ZoneDiscriminator, a zone outside every task (the root
 * zone, or one forked outside tasks), where a write would reach other tasks.
 */
function isOutsideTasks(discriminator: BaseDiscriminator, owner: unknown): boolean {
  if (owner == null) return true;
  return discriminator instanceof ZoneDiscriminator && engine().frameOf(owner).task === null;
}
