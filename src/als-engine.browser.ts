// What the browser builds have in place of als-engine.ts: browsers have no
// AsyncLocalStorage, so they carry none of the code that looks for it.
import type { Engine } from './engine.js';
import { howToLoadZone } from './platform.js';

/** Browsers have no AsyncLocalStorage: explains how to load zone.js instead. */
export function createAlsEngine(): Engine {
  throw new Error(`tasklocal needs zone.js in a browser, and no global Zone was found. ${howToLoadZone()}`);
}
