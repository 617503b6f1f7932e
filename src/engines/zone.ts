// The only module that touches zone.js. tasklocal never imports zone.js: it
// reads the global `Zone` the first time it is needed.
import type { Engine, ZoneLike } from './engine.js';
import type { Frame } from './frame.js';
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { hasZone, howToLoadZone } from '../base/platform.js';
import { realm } from './realm.js';

interface Zone extends ZoneLike {
  readonly parent: Zone | null;
  fork(spec: { name: string; properties: Record<string, unknown> }): Zone;
  run<R>(fn: () => R): R;
}

interface ZoneClass {
  readonly current: Zone;
  readonly root: Zone;
  new (...args: never[]): Zone;
}

/** The zone property that holds the frame a zone starts. */
const FRAME_KEY = '__tasklocal_frame__';

/** Starts the zone engine over the global `Zone`, or explains how to load zone.js. */
export function createZoneEngine(): Engine {
  if (!hasZone()) {
    throw new Error(
      fault('TL110', DEV && `tasklocal needs zone.js, and no global Zone was found. ${howToLoadZone()}`),
    );
  }
  return new ZoneEngine((globalThis as unknown as { Zone: ZoneClass }).Zone);
}

class ZoneEngine implements Engine {
  readonly name = 'zone';

  constructor(private readonly Zone: ZoneClass) {}

  current(): Zone {
    return this.Zone.current;
  }

  frameOf(zone: Zone): Frame {
    return (zone.get(FRAME_KEY) as Frame | undefined) ?? realm.root;
  }

  fork(frame: Frame, name: string, parent: Zone = this.Zone.current): Zone {
    // The key written out, not computed: V8 then builds the object from a
    // literal's template, 26 B smaller per task (bench/experiments/spawn-cost.mjs).
    const properties: Record<typeof FRAME_KEY, Frame> = { __tasklocal_frame__: frame };
    return parent.fork({ name, properties });
  }

  run<R>(zone: Zone, fn: () => R): R {
    // The root frame stands for "outside every task" in a Snapshot taken before zone.js was chosen.
    return (zone === (realm.root as object) ? this.Zone.root : zone).run(fn);
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
