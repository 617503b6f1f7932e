// The engines of the Node build, and its choice when the app makes none:
// zone.js once it is loaded (even after tasklocal), else AsyncLocalStorage.
// Each build puts its own module in this one's place (rollup.config.mjs):
// defaults.browser.ts, defaults.standalone.ts, defaults.umd.ts.
import { hasZone } from '../base/platform.js';
import { createAlsEngine } from './als.js';
import type { BuiltInEngine, Engine } from './engine.js';
import { createZoneEngine } from './zone.js';

/** The engines this build carries, by name. */
export const ENGINES: Readonly<Record<BuiltInEngine, () => Engine>> = {
  zone: createZoneEngine,
  'async-local-storage': createAlsEngine,
};

/** The engine to start when the app chose none. */
export const DEFAULT_ENGINE = (): BuiltInEngine => (hasZone() ? 'zone' : 'async-local-storage');

/** Whether to commit to the default before anything needs a context: once zone.js is loaded. */
export const commitsAtOnce = hasZone;
