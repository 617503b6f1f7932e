// Which engine runs, chosen once per realm: by the app (useEngine), or at
// first need by this build's default (./defaults.ts, which each build swaps
// for its own, so that a bundle carries only the engines it can run on).
import { describe } from '../base/describe.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { nodeProcess, hasZone, howToLoadZone } from '../base/platform.js';
import { DEFAULT_ENGINE, ENGINES, commitsAtOnce } from './defaults.js';
import type { Engine, EngineChoice, EngineName } from './engine.js';
import { realm } from './realm.js';
import { WITHOUT_ZONES } from './zoneless.js';

// A field of a constant object, not a module `let`: on the read path it
// measured faster in V8 (TaskVar.get(), standalone engine, Node: 4.0x -> 3.0x
// a plain property read, with frame.ts's write counter made the same way).
const chosen: { engine?: Engine } = {};

/**
 * The engine. Until something needs a context of its own (a task, a `run`
 * scope), code runs outside every task on any engine, so the choice waits:
 * zone.js may still be loaded, in any order. zone.js, once loaded, is chosen
 * at once, since tasks may already run in its zones.
 */
export function engine(): Engine {
  return chosen.engine ?? (realm.engine !== undefined || commitsAtOnce() ? committed() : ROOT_ONLY);
}

/** The engine, chosen now if no copy of tasklocal has chosen yet: this build's default. */
function committed(): Engine {
  return (chosen.engine ??= realm.engine ??= start(DEFAULT_ENGINE()));
}

/**
 * Before the choice: only code outside every task has run, and it all uses
 * the root frame. Anything that needs more commits to an engine first.
 */
const ROOT_ONLY: Engine = {
  get name() {
    return committed().name;
  },
  current: () => realm.root,
  frameOf: (context) => (context === realm.root ? realm.root : committed().frameOf(context)),
  fork: (frame, name, parent) => committed().fork(frame, name, parent),
  run: (context, fn) => (context === realm.root ? fn() : committed().run(context, fn)),
  zoneOf: (context) => committed().zoneOf(context),
  isWithin: (context, ancestor) => committed().isWithin(context, ancestor),
  isZone: (value) => committed().isZone(value),
};

/**
 * The name of the engine tasklocal runs on, choosing it now if nothing has
 * needed one yet.
 *
 * @example
 * engineName(); // 'zone' when zone.js is loaded, else 'async-local-storage' (Node)
 */
export function engineName(): EngineName {
  return committed().name;
}

/**
 * Chooses the engine now, instead of by whether zone.js is loaded. Calling it
 * again with the engine already in use does nothing; a choice that fails
 * leaves nothing behind. The standalone engine, for browsers without zone.js,
 * is passed itself (`useEngine(standalone)`), so that apps that never choose
 * it carry none of its code; it ignores zone.js if zone.js is loaded.
 *
 * @example
 * useEngine('zone'); // in Node, to fail early when zone.js is missing
 * useEngine(standalone); // first in a zoneless browser app's main file
 */
export function useEngine(choice: EngineName | EngineChoice): void {
  const name = typeof choice === 'string' ? choice : (choice as Partial<EngineChoice> | null)?.name;
  if (name !== 'zone' && name !== 'async-local-storage' && name !== 'standalone') {
    throw new TypeError(
      fault(
        'TL103',
        DEV &&
          `useEngine() takes 'zone', 'async-local-storage' or the standalone engine (useEngine(standalone)), got ${describe(choice)}.`,
      ),
    );
  }
  const current = chosen.engine ?? realm.engine;
  if (current !== undefined) {
    if (current.name === name) return;
    throw new Error(
      fault(
        'TL104',
        DEV &&
          `tasklocal already runs on the ${current.name} engine, chosen at first use; ` +
            'call useEngine() before anything starts a task.',
      ),
    );
  }
  if (name === 'async-local-storage') refuseAlsHere();
  chosen.engine = realm.engine = typeof choice === 'object' ? choice.start() : start(name);
}

/** Starts an engine chosen by name: the ones every build carries. */
function start(name: EngineName): Engine {
  if (name !== 'standalone') return ENGINES[name]();
  throw new Error(
    fault(
      'TL105',
      DEV &&
        "useEngine('standalone'): pass the engine itself, useEngine(standalone), with standalone imported " +
          'from tasklocal (TaskLocal.standalone with the UMD bundle), so that apps that never choose it carry none of its code.',
    ),
  );
}

/**
 * For errors from features that need zones, on an engine without them: where
 * tasklocal runs instead, and how to get zones. Development text: call it
 * inside `DEV && …`, and tell the engines apart by name for the code.
 */
export function withoutZones(): { here: string; fix: string } {
  return WITHOUT_ZONES[engine().name === 'standalone' ? 'standalone' : 'async-local-storage'];
}

function refuseAlsHere(): void {
  if (nodeProcess() === undefined) {
    throw new Error(
      fault(
        'TL107',
        DEV &&
          "useEngine('async-local-storage') is for Node: browsers have no AsyncLocalStorage. " +
            `tasklocal runs on zone.js in a browser. ${howToLoadZone()}`,
      ),
    );
  }
  if (hasZone()) {
    throw new Error(
      fault(
        'TL108',
        DEV &&
          "useEngine('async-local-storage') refused: zone.js is loaded, and with zone.js loaded " +
            'AsyncLocalStorage gives promise callbacks the wrong task. Use the zone engine, or do not load zone.js.',
      ),
    );
  }
}
