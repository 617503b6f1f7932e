import { describe } from './describe.js';
import type { BaseDiscriminator } from './discriminator.js';
import { engine } from './engine.js';
import { replayConstructor, type Replay } from './replay.js';

/** One tracked object's attributes. */
export type Store = Record<string | symbol, unknown>;

// Stores inherit from one empty null-prototype object: nothing on their chain
// (no `__proto__` accessor, no Object.prototype), yet, unlike
// Object.create(null) objects, V8 keeps them in fast mode.
const STORE_PROTOTYPE = Object.create(null) as object;

function newStore(): Store {
  return Object.create(STORE_PROTOTYPE) as Store;
}

const NO_OWNER = Symbol('no owner yet');

/** The Locals made with `inherit: true`, held weakly so that registering one never keeps it alive. */
const inheriting = new Set<WeakRef<Storage>>();

/**
 * Called by `spawn` once the child's context exists: every inheriting Local
 * that has a store for the spawner gives the child a shallow copy of it.
 */
export function inheritLocals(child: object): void {
  for (const ref of inheriting) {
    const storage = ref.deref();
    if (storage === undefined) inheriting.delete(ref);
    else storage.inheritInto(child);
  }
}

/**
 * The proxy handler behind one Local: it keeps a store per tracked object
 * (weakly, so a finished task's store is collected with it) and sends every
 * attribute operation to the current object's store.
 */
export class Storage implements ProxyHandler<object> {
  private readonly stores = new WeakMap<object, Store>();
  private defaultStore: Store | undefined;
  // One-entry cache for the hot path: the last owner and its store.
  private lastOwner: unknown = NO_OWNER;
  private lastStore: Store | undefined;
  /** The proxy this handler serves; set once, right after the proxy is made. */
  proxy: object = this;

  constructor(
    private readonly discriminator: BaseDiscriminator,
    private readonly replay: Replay | undefined,
    private readonly accessors: ReadonlyMap<PropertyKey, PropertyDescriptor> | undefined,
    inherit: boolean,
  ) {
    if (inherit) inheriting.add(new WeakRef(this));
  }

  /** The store of the object current now, made (and initialised) on first use. */
  current(): Store {
    const owner = this.discriminator.current();
    if (owner === this.lastOwner) return this.lastStore as Store;
    return this.lookup(owner);
  }

  /** Registers an empty store for the current object without replaying anything. */
  adoptCurrent(): void {
    const owner = this.checkedOwner();
    this.register(owner, newStore());
  }

  /**
   * Copies the spawner's store, if it has one, for the object current inside
   * `child`. A discriminator that fails here is skipped: its next access says why.
   */
  inheritInto(child: object): void {
    let owner: unknown, heir: unknown;
    try {
      owner = this.discriminator.current();
      heir = engine().run(child, () => this.discriminator.current());
    } catch {
      return;
    }
    if (heir === owner || heir == null || (typeof heir !== 'object' && typeof heir !== 'function')) return;
    const from = owner == null ? this.defaultStore : this.stores.get(owner);
    if (from === undefined || this.stores.has(heir)) return;
    this.stores.set(heir, Object.assign(newStore(), from));
  }

  private lookup(owner: unknown): Store {
    this.check(owner);
    const store =
      (owner == null ? this.defaultStore : this.stores.get(owner)) ??
      this.create(owner as object | null | undefined);
    this.lastOwner = owner;
    this.lastStore = store;
    return store;
  }

  private create(owner: object | null | undefined): Store {
    const store = newStore();
    this.register(owner, store);
    if (this.replay === undefined) return store;
    // The subclass constructor runs again on the proxy; its writes land in the
    // store just registered. If it throws, nothing is kept.
    try {
      replayConstructor(this.proxy, this.replay);
    } catch (error) {
      this.unregister(owner);
      throw error;
    }
    return store;
  }

  private register(owner: object | null | undefined, store: Store): void {
    if (owner == null) this.defaultStore = store;
    else this.stores.set(owner, store);
  }

  private unregister(owner: object | null | undefined): void {
    if (owner == null) this.defaultStore = undefined;
    else this.stores.delete(owner);
    this.lastOwner = NO_OWNER;
    this.lastStore = undefined;
  }

  private checkedOwner(): object | null | undefined {
    const owner = this.discriminator.current();
    this.check(owner);
    return owner;
  }

  private check(owner: unknown): void {
    if (owner == null || typeof owner === 'object' || typeof owner === 'function') return;
    throw new TypeError(
      `${this.discriminator.constructor.name}.current() returned ${describe(owner)}; ` +
        'a discriminator must return an object (the tracked task, zone or session), or null/undefined for the default storage.',
    );
  }

  // ---- proxy traps: every attribute operation goes to the current store ----

  get(target: object, key: string | symbol, receiver: unknown): unknown {
    const store = this.current();
    const value = store[key];
    if (value !== undefined || key in store) return value;
    return Reflect.get(target, key, receiver);
  }

  set(_target: object, key: string | symbol, value: unknown, receiver: unknown): boolean {
    if (this.accessors !== undefined) {
      const accessor = this.accessors.get(key);
      if (accessor !== undefined) {
        if (accessor.set === undefined) return false;
        accessor.set.call(receiver, value);
        return true;
      }
    }
    this.current()[key] = value;
    return true;
  }

  has(target: object, key: string | symbol): boolean {
    return key in this.current() || key in target;
  }

  deleteProperty(_target: object, key: string | symbol): boolean {
    return delete this.current()[key];
  }

  ownKeys(): (string | symbol)[] {
    return Reflect.ownKeys(this.current());
  }

  getOwnPropertyDescriptor(_target: object, key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.current(), key);
  }

  defineProperty(_target: object, key: string | symbol, descriptor: PropertyDescriptor): boolean {
    if (descriptor.configurable === false) {
      throw new TypeError(
        `Cannot define "${String(key)}" as non-configurable on a Local: its attributes change from task to task.`,
      );
    }
    return Reflect.defineProperty(this.current(), key, { ...descriptor, configurable: true });
  }

  preventExtensions(): boolean {
    throw new TypeError(
      'A Local cannot be frozen, sealed or made non-extensible: its attributes belong to tasks.',
    );
  }

  setPrototypeOf(): boolean {
    throw new TypeError("A Local's prototype cannot be changed; subclass Local instead.");
  }
}
