// The only module that touches Node's AsyncLocalStorage, the engine used in
// Node when zone.js is not loaded. It is reached through
// process.getBuiltinModule, so that browser bundles never import node: modules.
import type { Engine, ZoneLike } from './engine.js';
import { ROOT_FRAME, type Frame } from './frame.js';

interface AsyncLocalStorage<T> {
  getStore(): T | undefined;
  run<R>(store: T, fn: () => R): R;
}

type AsyncHooks = { AsyncLocalStorage: new <T>() => AsyncLocalStorage<T> };

const UNAVAILABLE =
  'tasklocal needs zone.js here: no global Zone was found, and no AsyncLocalStorage (Node 20.16 or later) ' +
  "to fall back on. Load zone.js first: a <script> tag or `import 'zone.js'` in a browser, " +
  "`import 'zone.js/node'` in Node.";

/** Starts the AsyncLocalStorage engine, or explains what is missing. */
export function createAlsEngine(): Engine {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hooks = process?.getBuiltinModule?.('node:async_hooks') as AsyncHooks | undefined;
  if (hooks === undefined) throw new Error(UNAVAILABLE);
  return new AlsEngine(new hooks.AsyncLocalStorage<Frame>());
}

const NEEDS_ZONES =
  'needs zone.js, and tasklocal runs on AsyncLocalStorage here. ' +
  "Load zone.js first (`import 'zone.js/node'`) to use zones.";

/** Contexts are the frames themselves: AsyncLocalStorage carries them across awaits. */
class AlsEngine implements Engine {
  readonly name = 'async-local-storage';

  constructor(private readonly storage: AsyncLocalStorage<Frame>) {}

  current(): Frame {
    return this.storage.getStore() ?? ROOT_FRAME;
  }

  frameOf(frame: Frame): Frame {
    return frame;
  }

  fork(frame: Frame): Frame {
    return frame;
  }

  run<R>(frame: Frame, fn: () => R): R {
    return this.storage.run(frame, fn);
  }

  zoneOf(): ZoneLike {
    throw new Error(`Task.zone ${NEEDS_ZONES}`);
  }

  isWithin(): boolean {
    throw new Error(`TaskDiscriminator({ zone }) ${NEEDS_ZONES}`);
  }

  isZone(): boolean {
    return false;
  }
}
