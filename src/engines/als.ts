// The only module that touches Node's AsyncLocalStorage, the engine used in
// Node when zone.js is not loaded. It is reached through
// process.getBuiltinModule (Node 20.16 and later), so that browser bundles
// never import node: modules.
import type { Engine } from './engine.js';
import type { Frame } from './frame.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { hasZone, howToLoadZone, noZoneInBrowser, nodeProcess } from '../base/platform.js';
import { realm } from './realm.js';
import { ZonelessEngine } from './zoneless.js';

interface AsyncLocalStorage<T> {
  getStore(): T | undefined;
  run<R>(store: T, fn: () => R): R;
}

type AsyncHooks = { AsyncLocalStorage: new <T>() => AsyncLocalStorage<T> };

/** Starts the AsyncLocalStorage engine, or explains what is missing here. */
export function createAlsEngine(): Engine {
  const process = nodeProcess();
  if (process === undefined) {
    throw new Error(fault('TL109', DEV && noZoneInBrowser()));
  }
  const hooks = process.getBuiltinModule?.('node:async_hooks') as AsyncHooks | undefined;
  if (hooks === undefined) {
    throw new Error(
      fault(
        'TL111',
        DEV &&
          `tasklocal needs Node 20.16 or later for AsyncLocalStorage (this is Node ${process.versions?.node ?? '?'}), ` +
            `or zone.js: upgrade Node, or ${howToLoadZone()}`,
      ),
    );
  }
  return new AlsEngine(new hooks.AsyncLocalStorage<Frame>());
}

const ZONE_LOADED_LATE =
  'zone.js was loaded after tasklocal started running tasks on AsyncLocalStorage. With zone.js ' +
  'loaded, AsyncLocalStorage gives promise callbacks the wrong task, so tasklocal stops rather than ' +
  "mix tasks' values. Either `import 'zone.js/node'` first in your entry file, before anything starts " +
  'a task, or do not load zone.js: Node servers do not need it.';

/** Contexts are the frames themselves: AsyncLocalStorage carries them across awaits. */
class AlsEngine extends ZonelessEngine {
  readonly name = 'async-local-storage';

  constructor(private readonly storage: AsyncLocalStorage<Frame>) {
    super();
  }

  current(): Frame {
    return this.storage.getStore() ?? realm.root;
  }

  fork(frame: Frame): Frame {
    if (hasZone()) throw new Error(fault('TL112', DEV && ZONE_LOADED_LATE));
    return frame;
  }

  run<R>(frame: Frame, fn: () => R): R {
    return this.storage.run(frame, fn);
  }
}
