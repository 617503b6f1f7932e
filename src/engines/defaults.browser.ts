// The engines of the browser build (in place of defaults.ts): zone.js only.
// Browsers have no AsyncLocalStorage, so the build carries none of its code;
// in its place, the advice to load zone.js.
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { hasZone, noZoneInBrowser } from '../base/platform.js';
import type { BuiltInEngine, Engine } from './engine.js';
import { createZoneEngine } from './zone.js';

/** The engines this build carries, by name. */
export const ENGINES: Readonly<Record<BuiltInEngine, () => Engine>> = {
  zone: createZoneEngine,
  'async-local-storage': () => {
    throw new Error(fault('TL109', DEV && noZoneInBrowser()));
  },
};

/** The engine to start when the app chose none: zone.js once it is loaded. */
export const DEFAULT_ENGINE = (): BuiltInEngine => (hasZone() ? 'zone' : 'async-local-storage');

/** Whether to commit to the default before anything needs a context: once zone.js is loaded. */
export const commitsAtOnce = hasZone;
