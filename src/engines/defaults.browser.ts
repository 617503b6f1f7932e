// The engines of the browser build (in place of defaults.ts): zone.js only.
// Browsers have no AsyncLocalStorage, so the build carries none of its code;
// in its place, the advice to load zone.js.
import { hasZone, howToLoadZone } from '../base/platform.js';
import type { Engine, EngineName } from './engine.js';
import { createZoneEngine } from './zone.js';

/** The engines this build carries, by name. */
export const ENGINES: { readonly [name in EngineName]?: () => Engine } = {
  zone: createZoneEngine,
  'async-local-storage': () => {
    throw new Error(`tasklocal needs zone.js in a browser, and no global Zone was found. ${howToLoadZone()}`);
  },
};

/** The engine to start when the app chose none: zone.js once it is loaded. */
export const DEFAULT_ENGINE = (): EngineName => (hasZone() ? 'zone' : 'async-local-storage');

/** Whether to commit to the default before anything needs a context: once zone.js is loaded. */
export const commitsAtOnce = hasZone;
