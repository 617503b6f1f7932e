import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { BaseDiscriminator, TaskDiscriminator } from './discriminator.js';
import { checkReplayable, takeReplayTarget } from './replay.js';
import { LocalHandler } from './local-handler.js';
import type { Inspect } from '../base/not-data.js';

/**
 * Options for `new Local(options)`.
 *
 * @example
 * const local = new Local({ discriminator: new ZoneDiscriminator(), inherit: true });
 */
export interface LocalOptions {
  /** What counts as "current"; defaults to the innermost task ({@link TaskDiscriminator}). */
  discriminator?: BaseDiscriminator;
  /**
   * When true, a task spawned while this Local has values in the current task
   * starts with a shallow copy of them. Defaults to false, as in the seed.
   */
  inherit?: boolean;
  /**
   * When true, any access outside a task throws instead of using the shared
   * default storage: for request- and action-scoped state, where a lost task
   * must be a loud error rather than another request's data.
   */
  requireTask?: boolean;
}

/**
 * The attributes of an untyped Local: any name, any value.
 *
 * @example
 * const local: Local<AnyAttributes> = new Local(); // the same as new Local()
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an untyped Local holds anything, like threading.local
export type AnyAttributes = Record<PropertyKey, any>;

/**
 * A Local typed by its attributes: every attribute is optional, since a task
 * sees only what it set itself.
 *
 * @example
 * const local: Local<{ user: string }> = new Local<{ user: string }>();
 * local.user; // string | undefined
 */
export type Local<T extends object = AnyAttributes> = Partial<T>;

/**
 * The `Local` class, typed so that `new Local<{ user: string }>()` checks attribute names.
 *
 * @example
 * function makeLocal(LocalClass: LocalConstructor) { return new LocalClass<{ id: number }>(); }
 */
export interface LocalConstructor {
  /**
   * An attribute bag whose attributes hold a separate value in every task.
   *
   * @example
   * const local = new Local<{ user: string }>();
   * spawn(() => { local.user = 'ann'; });
   */
  new <T extends object = AnyAttributes>(options?: LocalOptions): Local<T>;
  /**
   * For subclasses, typed or not (`class RequestState extends Local<{ id: string }>`): the
   * arguments their constructor hands to `super`, unchanged, are replayed for every task.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever a subclass's super() call hands on
  new <T extends object = AnyAttributes>(...args: any[]): Local<T>;
  readonly prototype: Local;
}

/** A class that extends Local, as its constructor sees it through `new.target`. */
type LocalSubclass = (abstract new (...args: never[]) => object) & LocalOptions;

const OPTIONS = new Set(['discriminator', 'inherit', 'requireTask']);
let defaultDiscriminator: TaskDiscriminator | undefined;

// A class expression named Local: the platform's own messages name the class
// by this name (structuredClone's "#<Local> could not be cloned").
const LocalImplementation = class Local {
  constructor(...args: unknown[]) {
    const replayTarget = takeReplayTarget(new.target, args);
    if (replayTarget !== undefined) return replayTarget;

    const isSubclass = new.target !== LocalImplementation;
    const options = isSubclass ? subclassOptions(new.target) : checkOptions(args[0], args.length);
    // Development only: checkSubclassArguments refuses a class as written (see it).
    if (DEV && isSubclass) checkSubclassArguments(new.target, args);
    const storage = new LocalHandler({
      discriminator: options.discriminator ?? (defaultDiscriminator ??= new TaskDiscriminator()),
      replay: isSubclass ? { constructor: new.target, args } : undefined,
      accessors: isSubclass ? accessorsOf(new.target) : undefined,
      inherit: options.inherit === true,
      requireTask: options.requireTask === true,
      label: new.target.name,
    });
    const proxy = new Proxy(this, storage.traps());
    storage.proxy = proxy;
    // The creating context is initialised by this very construction.
    if (isSubclass) storage.adoptCurrent();
    return proxy;
  }

  /** How Node's console.log and util.inspect show a Local: its class and the current task's attributes. */
  // Symbol.for written out (INSPECT's unique type would make it a member the returned proxy must declare).
  [Symbol.for('nodejs.util.inspect.custom')](...[, options, inspect]: Parameters<Inspect>): string {
    const name = (Object.getPrototypeOf(this) as { constructor: { name: string } }).constructor.name;
    try {
      return `${name} ${inspect({ ...this }, options)}`;
    } catch {
      return `${name} [task-scoped, used outside any task]`; // a requireTask Local printed outside its tasks
    }
  }
};

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

function checkOptions(options: unknown, count: number): LocalOptions {
  if (count > 1) {
    throw new TypeError(
      fault(
        'TL300',
        DEV &&
          `new Local() takes one options object such as { discriminator, inherit, requireTask }, got ${count} arguments. ` +
            'To pass constructor arguments, subclass Local.',
      ),
    );
  }
  if (options === undefined) return {};
  if (typeof (options as BaseDiscriminator | null)?.current === 'function') {
    throw new TypeError(
      fault(
        'TL301',
        DEV &&
          'new Local() got a discriminator where it takes options: write new Local({ discriminator }) instead.',
      ),
    );
  }
  const proto: unknown = typeof options === 'object' && options !== null && Object.getPrototypeOf(options);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(
      fault(
        'TL302',
        DEV &&
          `new Local() options must be a plain object such as { discriminator, inherit, requireTask }, got ${describe(options)}. ` +
            'To pass constructor arguments, subclass Local.',
      ),
    );
  }
  for (const key of Object.keys(options as object)) {
    if (!OPTIONS.has(key)) {
      throw new TypeError(
        fault(
          'TL303',
          DEV &&
            `new Local() got an unknown option "${key}"; the options are discriminator, inherit and requireTask.`,
        ),
      );
    }
  }
  const { discriminator, inherit, requireTask } = options as LocalOptions;
  checkBoolean(inherit, 'TL304', DEV && 'new Local() option inherit');
  checkBoolean(requireTask, 'TL305', DEV && 'new Local() option requireTask');
  return {
    discriminator: checkDiscriminator(discriminator, 'TL306', DEV && 'new Local() option discriminator'),
    inherit,
    requireTask,
  };
}

/** A subclass sets its options with static properties: `static discriminator`, `static inherit`, `static requireTask`. */
function subclassOptions(subclass: LocalSubclass): LocalOptions {
  const { discriminator, inherit, requireTask } = subclass as LocalOptions;
  checkBoolean(inherit, 'TL307', DEV && `${subclass.name}.inherit`);
  checkBoolean(requireTask, 'TL308', DEV && `${subclass.name}.requireTask`);
  return {
    discriminator: checkDiscriminator(discriminator, 'TL309', DEV && `${subclass.name}.discriminator`),
    inherit,
    requireTask,
  };
}

/** `where` names the option in messages: false in production, which has none. */
function checkBoolean(value: unknown, code: string, where: string | false): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(fault(code, DEV && `${where} must be true or false, got ${describe(value)}.`));
  }
}

function checkDiscriminator(
  value: unknown,
  code: string,
  where: string | false,
): BaseDiscriminator | undefined {
  if (value === undefined) return undefined;
  if (typeof (value as BaseDiscriminator | null)?.current !== 'function') {
    throw new TypeError(
      fault(
        code,
        DEV &&
          `${where} must be a discriminator (an object with a current() method, such as new TaskDiscriminator()), got ${describe(value)}.`,
      ),
    );
  }
  return value as BaseDiscriminator;
}

/**
 * A subclass takes its options as static properties, and a constructor
 * declaring no parameters ignores what it is given: Local's options handed to
 * one are a mistake to report. Otherwise the arguments must reach Local the
 * same when the constructor runs again for each task (see replay.ts).
 *
 * Development only, with checkReplayable: both judge the class as it is
 * written, the same in every run, so development meets a mistake on the
 * first `new`. Production skips them and replays what the constructor hands
 * on; a task's values stay its own either way.
 */
function checkSubclassArguments(subclass: LocalSubclass, args: unknown[]): void {
  const [options] = args;
  const proto: unknown = typeof options === 'object' && options !== null && Object.getPrototypeOf(options);
  const keys = proto === Object.prototype || proto === null ? Object.keys(options as object) : [];
  if (
    subclass.length === 0 &&
    args.length === 1 &&
    keys.length > 0 &&
    keys.every((key) => OPTIONS.has(key))
  ) {
    throw new TypeError(
      fault(
        'TL310',
        DEV &&
          `${subclass.name} got Local's options ({ ${keys.join(', ')} }) as an argument, and declares no parameters. ` +
            'A Local subclass takes its options as static properties: ' +
            'static inherit = true, static discriminator = new ZoneDiscriminator(), static requireTask = true.',
      ),
    );
  }
  checkReplayable(subclass as unknown as new (...args: unknown[]) => object, args);
}

/** The accessor properties a subclass defines, so that writes reach its setters. */
function accessorsOf(subclass: LocalSubclass): Map<PropertyKey, PropertyDescriptor> | undefined {
  const accessors = new Map<PropertyKey, PropertyDescriptor>();
  for (
    let proto = subclass.prototype as object | null;
    proto !== null && proto !== LocalImplementation.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(proto, key)!;
      if ((descriptor.get || descriptor.set) && !accessors.has(key)) accessors.set(key, descriptor);
    }
  }
  return accessors.size > 0 ? accessors : undefined;
}
