import { describe } from './describe.js';
import { BaseDiscriminator, TaskDiscriminator } from './discriminator.js';
import { Storage, takeReplayTarget, type Replay } from './storage.js';

/** Options for `new Local(options)`. */
export interface LocalOptions {
  /** What counts as "current"; defaults to the innermost task ({@link TaskDiscriminator}). */
  discriminator?: BaseDiscriminator;
}

/** The attributes of an untyped Local: any name, any value. */
export type AnyAttributes = Record<PropertyKey, any>;

/**
 * A Local typed by its attributes: every attribute is optional, since a task
 * sees only what it set itself.
 */
export type Local<T extends object = AnyAttributes> = Partial<T>;

/** The `Local` class, typed so that `new Local<{ user: string }>()` checks attribute names. */
export interface LocalConstructor {
  /**
   * An attribute bag whose attributes hold a separate value in every task.
   *
   * @example
   * const local = new Local<{ user: string }>();
   * spawn(() => { local.user = 'ann'; });
   */
  new <T extends object = AnyAttributes>(options?: LocalOptions): Local<T>;
  /** For subclasses: their constructor arguments, handed to `super`, are replayed for every task. */
  new (...args: any[]): Local;
  readonly prototype: Local;
}

const OPTIONS = new Set(['discriminator']);
let defaultDiscriminator: TaskDiscriminator | undefined;

class LocalImplementation {
  constructor(...args: unknown[]) {
    const replayTarget = takeReplayTarget(new.target);
    if (replayTarget !== undefined) return replayTarget;

    const isSubclass = new.target !== LocalImplementation;
    const discriminator = isSubclass
      ? subclassDiscriminator(new.target)
      : optionsDiscriminator(args[0], args.length);
    let replay: Replay | undefined;
    if (isSubclass) {
      if (new.target.length > 0 && args.length === 0) {
        throw new TypeError(
          `${new.target.name}'s constructor declares parameters but passes none to super(). ` +
            'Hand them on, e.g. constructor(aValue) { super(aValue); … }: the constructor runs ' +
            'again for every task, with the same arguments.',
        );
      }
      replay = { constructor: new.target as Replay['constructor'], args };
    }
    const storage = new Storage(discriminator, replay, isSubclass ? accessorsOf(new.target) : undefined);
    const proxy = new Proxy(this, storage);
    storage.proxy = proxy;
    // The creating context is initialised by this very construction.
    if (isSubclass) storage.adoptCurrent();
    return proxy;
  }
}

/**
 * One object whose attributes hold a separate value in every task, like
 * Python's `threading.local` for tasks. Subclass it to give every task the
 * same initial attributes: the constructor runs again, with the same
 * arguments, the first time each task touches the object.
 *
 * @example
 * const local = new Local();
 * spawn(function* () { local.user = 'ann'; yield sleep(1); local.user; }); // 'ann'
 */
export const Local = LocalImplementation as unknown as LocalConstructor;

function optionsDiscriminator(options: unknown, count: number): BaseDiscriminator {
  if (count > 1) {
    throw new TypeError(
      `new Local() takes one options object such as { discriminator }, got ${count} arguments. ` +
        'To pass constructor arguments, subclass Local.',
    );
  }
  if (options === undefined) return (defaultDiscriminator ??= new TaskDiscriminator());
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `new Local() options must be an object such as { discriminator }, got ${describe(options)}. ` +
        'To pass constructor arguments, subclass Local.',
    );
  }
  for (const key of Object.keys(options)) {
    if (!OPTIONS.has(key)) {
      throw new TypeError(`new Local() got an unknown option "${key}"; the only option is discriminator.`);
    }
  }
  const { discriminator } = options as LocalOptions;
  if (discriminator === undefined) return (defaultDiscriminator ??= new TaskDiscriminator());
  return checkDiscriminator(discriminator, 'new Local() option discriminator');
}

function subclassDiscriminator(subclass: Function): BaseDiscriminator {
  const discriminator = (subclass as { discriminator?: unknown }).discriminator;
  if (discriminator === undefined) return (defaultDiscriminator ??= new TaskDiscriminator());
  return checkDiscriminator(discriminator, `${subclass.name}.discriminator`);
}

function checkDiscriminator(value: unknown, where: string): BaseDiscriminator {
  if (typeof (value as BaseDiscriminator | null)?.current !== 'function') {
    throw new TypeError(
      `${where} must be a discriminator (an object with a current() method, such as new TaskDiscriminator()), got ${describe(value)}.`,
    );
  }
  return value as BaseDiscriminator;
}

/** The accessor properties a subclass defines, so that writes reach its setters. */
function accessorsOf(subclass: Function): Map<PropertyKey, PropertyDescriptor> | undefined {
  const accessors = new Map<PropertyKey, PropertyDescriptor>();
  for (
    let proto = subclass.prototype;
    proto !== null && proto !== LocalImplementation.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(proto, key)!;
      if ((descriptor.get || descriptor.set) && !accessors.has(key)) accessors.set(key, descriptor);
    }
  }
  return accessors.size > 0 ? accessors : undefined;
}
