// The shape of the shared registry under each protocol number, as a
// fingerprint: its fields and their kinds, the frames and engine it holds,
// and each copy's hooks. test/registry.spec.ts compares the real registry
// with the entry for src/version.ts's PROTOCOL. Record a new entry, never
// edit an old one: an old entry is what released copies expect.

/** A registry's fingerprint: field name → kind, for it and for what copies read through it. */
export interface RegistryShape {
  readonly registry: Record<string, string>;
  readonly rootFrame: Record<string, string>;
  readonly engine: string[];
  readonly copyHooks: Record<string, string> | undefined;
}

export const REGISTRY_SHAPES: Record<number, RegistryShape> = {
  // 0.2.0
  1: {
    registry: {
      engine: 'Engine',
      filledCaches: 'Set',
      finishedTasks: 'WeakSet',
      heirs: 'WeakMap',
      protocol: 'number',
      root: 'Frame',
      tasksStarted: 'number',
      version: 'string',
    },
    rootFrame: { isRunScope: 'boolean', task: 'null', values: 'Map' },
    engine: ['current', 'fork', 'frameOf', 'isWithin', 'isZone', 'name', 'run', 'zoneOf'],
    copyHooks: undefined,
  },
  // 0.3.0: no caches and no Locals in the registry; each copy registers hooks instead.
  2: {
    registry: {
      copies: 'Array',
      engine: 'Engine',
      protocol: 'number',
      root: 'Frame',
      tasksStarted: 'number',
      version: 'string',
    },
    rootFrame: { isRunScope: 'boolean', task: 'null', values: 'Map' },
    engine: ['current', 'fork', 'frameOf', 'isWithin', 'isZone', 'name', 'promiseState', 'run', 'zoneOf'],
    copyHooks: { taskFinished: 'function', taskStarted: 'function' },
  },
};

/** The fingerprint of a live registry. */
export function registryShape(registry: Record<PropertyKey, unknown>): RegistryShape {
  const copies = registry.copies as Record<string, unknown>[] | undefined;
  return {
    registry: kinds(registry, { engine: 'Engine', root: 'Frame' }),
    rootFrame: kinds(registry.root as Record<string, unknown>),
    engine: membersOf(registry.engine as object),
    copyHooks: Array.isArray(copies) ? kinds(copies[0]) : undefined,
  };
}

function kinds(object: Record<string, unknown>, named: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(object).sort()) result[key] = named[key] ?? kindOf(object[key]);
  return result;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (
    (Object.getPrototypeOf(value) as { constructor?: { name: string } } | null)?.constructor?.name ?? 'object'
  );
}

/** What copies call on the engine: its methods (every method on its classes' prototypes) and its name. */
function membersOf(engine: object): string[] {
  const members = new Set<string>(['name']);
  for (
    let proto = Object.getPrototypeOf(engine) as object | null;
    proto !== Object.prototype && proto !== null;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) if (key !== 'constructor') members.add(key);
  }
  return [...members].sort();
}
