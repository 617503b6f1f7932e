import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { Storage, type Store } from './storage.js';

/**
 * The proxy traps behind one Local: every attribute operation goes to the
 * store of the object current now. Hand `traps()` to the Proxy, not this.
 */
export class LocalHandler extends Storage implements ProxyHandler<object> {
  /**
   * The handler object for `new Proxy`: the traps as its own properties,
   * calling this object's. V8 looks the trap up on the handler at every
   * operation, and a lookup that must pass this object's fields to reach its
   * prototype took about a quarter of every read (bench/experiments/proxy-handler.mjs).
   */
  traps(): ProxyHandler<object> {
    return {
      get: (target, key, receiver) => this.get(target, key, receiver),
      set: (target, key, value, receiver) => this.set(target, key, value, receiver),
      has: (target, key) => this.has(target, key),
      deleteProperty: (target, key) => this.deleteProperty(target, key),
      ownKeys: () => this.ownKeys(),
      getOwnPropertyDescriptor: (target, key) => this.getOwnPropertyDescriptor(target, key),
      defineProperty: (target, key, descriptor) => this.defineProperty(target, key, descriptor),
      preventExtensions: () => this.preventExtensions(),
      setPrototypeOf: () => this.setPrototypeOf(),
    };
  }

  // A field of its own: writes check it every time, and most Locals have none.
  private readonly accessors = this.options.accessors;

  get(target: object, key: string | symbol, receiver: unknown): unknown {
    const owner = this.discriminator.current();
    const store = owner === this.lastOwner ? (this.lastStore as Store) : this.lookup(owner, key);
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
    const owner = this.discriminator.current();
    const store = owner === this.lastOwner ? (this.lastStore as Store) : this.lookup(owner);
    store[key] = value;
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
        fault(
          'TL320',
          DEV &&
            `Cannot define "${String(key)}" as non-configurable on a Local: its attributes change from task to task.`,
        ),
      );
    }
    return Reflect.defineProperty(this.current(), key, { ...this.boundTo(descriptor), configurable: true });
  }

  /** An accessor runs with the Local as `this`, never the store behind it. */
  private boundTo(descriptor: PropertyDescriptor): PropertyDescriptor {
    const local = this.proxy;
    const accessor = descriptor as {
      get?: (this: object) => unknown;
      set?: (this: object, value: unknown) => void;
    };
    const { get, set } = accessor;
    const bound = { ...descriptor };
    if (get !== undefined) bound.get = () => get.call(local);
    if (set !== undefined) bound.set = (value: unknown) => set.call(local, value);
    return bound;
  }

  preventExtensions(): boolean {
    throw new TypeError(
      fault(
        'TL321',
        DEV && 'A Local cannot be frozen, sealed or made non-extensible: its attributes belong to tasks.',
      ),
    );
  }

  setPrototypeOf(): boolean {
    throw new TypeError(
      fault('TL322', DEV && "A Local's prototype cannot be changed; subclass Local instead."),
    );
  }
}
