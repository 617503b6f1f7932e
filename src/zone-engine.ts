// The only module that touches zone.js. tasklocal never imports zone.js: it
// reads the global `Zone` the first time it is needed.
import type { Engine, ZoneLike } from './engine.js';
import { ROOT_FRAME, type Frame } from './frame.js';

interface Zone extends ZoneLike {
  readonly parent: Zone | null;
  fork(spec: { name: string; properties: Record<string, unknown> }): Zone;
  run<R>(fn: () => R): R;
}

interface ZoneClass {
  readonly current: Zone;
  new (...args: never[]): Zone;
}

/** The zone property that holds the frame a zone starts. */
const FRAME_KEY = '__tasklocal_frame__';

const MISSING_ZONE_JS =
  'tasklocal needs zone.js, and no global Zone was found. ' +
  "In a browser, load zone.js before your code runs (a <script> tag for zone.js's bundle, " +
  "or `import 'zone.js'` first in your entry file). " +
  "In Node, `import 'zone.js/node'` (or `require('zone.js/node')`) before the first use of tasklocal, " +
  "or let tasklocal use AsyncLocalStorage: useEngine('async-local-storage').";

function globalZone(): ZoneClass | undefined {
  const Zone = (globalThis as { Zone?: ZoneClass }).Zone;
  return typeof Zone === 'function' && Zone.current !== undefined ? Zone : undefined;
}

/** True when zone.js is loaded. */
export function hasZone(): boolean {
  return globalZone() !== undefined;
}

/** Starts the zone engine over the global `Zone`, or explains how to load zone.js. */
export function createZoneEngine(): Engine {
  const Zone = globalZone();
  if (Zone === undefined) throw new Error(MISSING_ZONE_JS);
  return new ZoneEngine(Zone);
}

class ZoneEngine implements Engine {
  readonly name = 'zone';

  constructor(private readonly Zone: ZoneClass) {}

  current(): Zone {
    return this.Zone.current;
  }

  frameOf(zone: Zone): Frame {
    return (zone.get(FRAME_KEY) as Frame | undefined) ?? ROOT_FRAME;
  }

  fork(frame: Frame, name: string, parent: Zone = this.Zone.current): Zone {
    return parent.fork({ name, properties: { [FRAME_KEY]: frame } });
  }

  run<R>(zone: Zone, fn: () => R): R {
    return zone.run(fn);
  }

  zoneOf(zone: Zone): Zone {
    return zone;
  }

  isWithin(zone: Zone, ancestor: Zone): boolean {
    for (let z: Zone | null = zone; z !== null; z = z.parent) {
      if (z === ancestor) return true;
    }
    return false;
  }

  isZone(value: unknown): boolean {
    return value instanceof this.Zone;
  }
}
