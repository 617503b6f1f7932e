// The registry that copies of tasklocal share, globalThis[Symbol.for('tasklocal.realm')]:
// anyone can reach it, so it must hand out no task's values, and its shape is
// a protocol between copies (src/version.ts), recorded in ./registry-shapes.ts.
import { Local, spawn, TaskVar } from '../src/index.js';
import { PROTOCOL } from '../src/base/version.js';
import { REGISTRY_SHAPES, registryShape } from './registry-shapes.js';

const registry = (): Record<PropertyKey, unknown> =>
  (globalThis as Record<symbol, Record<PropertyKey, unknown>>)[Symbol.for('tasklocal.realm')];

describe("the registry copies of tasklocal share (globalThis[Symbol.for('tasklocal.realm')])", () => {
  it('has the shape recorded for its protocol number: a new shape needs a new PROTOCOL', async () => {
    await spawn(() => new Local().touch); // every part exists once a task ran
    const recorded = REGISTRY_SHAPES[PROTOCOL];
    expect(recorded)
      .withContext(`no shape recorded for protocol ${PROTOCOL} in test/registry-shapes.ts`)
      .toBeDefined();
    expect(registryShape(registry()))
      .withContext(
        `The registry's shape differs from the one recorded for protocol ${PROTOCOL}. Copies of tasklocal ` +
          "with one protocol number read each other's registry: bump PROTOCOL in src/version.ts and record " +
          'the new shape under it in test/registry-shapes.ts.',
      )
      .toEqual(recorded);
    expect(registry().protocol).toBe(PROTOCOL);
  });

  it("holds no Local, TaskVar or store: code without them cannot read a running task's values", async () => {
    const local = new Local();
    const variable = new TaskVar<string>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const task = spawn(function* () {
      local.secret = 'secret-of-request-A';
      variable.set('secret-of-request-A');
      void [local.secret, variable.get()]; // reads fill the read caches
      yield gate;
    });
    const found = reachable(registry()).filter((value) => value === 'secret-of-request-A' || value === local);
    release();
    await task;
    expect(found).toEqual([]);
  });
});

/** Everything reachable from `root` through properties, collection entries and WeakRefs, without calling code. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  while (queue.length > 0 && seen.size < 10_000) {
    const value = queue.shift();
    if (typeof value !== 'object' || value === null || seen.has(value)) {
      seen.add(value);
      continue;
    }
    seen.add(value);
    // The engine answers only for the context its caller runs in; zones reach all of zone.js.
    if (value === registry().engine) continue;
    if (value instanceof WeakRef) queue.push(value.deref());
    if (value instanceof Set) queue.push(...value);
    if (value instanceof Map) for (const [key, entry] of value) queue.push(key, entry);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
      if ('value' in descriptor) queue.push(descriptor.value);
    }
  }
  return [...seen];
}
