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
  __symbol__(name: string): string;
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

  /** The key under which zone.js's promises keep their state, if this zone.js does (see promiseStateKey). */
  private readonly stateKey: string | undefined;

  constructor(private readonly Zone: ZoneClass) {
    this.stateKey = promiseStateKey(Zone);
  }

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

  /**
   * A zone.js promise's state, which it keeps on itself: a task learns that
   * its result settled only if asked, with no reaction added to every
   * task's promise to find out (bench/experiments/spawn-cost.mjs).
   */
  promiseState(promise: object): 'pending' | 'fulfilled' | 'rejected' | undefined {
    if (this.stateKey === undefined) return undefined;
    const state = (promise as Record<string, unknown>)[this.stateKey];
    // zone.js: null while unresolved (or locked in to a thenable), true fulfilled, false or 0 rejected.
    if (state === null) return 'pending';
    if (state === true) return 'fulfilled';
    return state === false || state === 0 ? 'rejected' : undefined;
  }
}

/**
 * zone.js's promise state key (`__zone_symbol__state`), checked once on two
 * promises of the global Promise: undefined where its promises keep no state
 * there (zone.js without its Promise patch, or a future zone.js that changed
 * it), and tasks then watch their results as on the other engines.
 */
function promiseStateKey(Zone: ZoneClass): string | undefined {
  const key = typeof Zone.__symbol__ === 'function' ? Zone.__symbol__('state') : undefined;
  if (typeof key !== 'string') return undefined;
  const pending = new Promise(() => undefined) as unknown as Record<string, unknown>;
  const fulfilled = Promise.resolve() as unknown as Record<string, unknown>;
  return pending[key] === null && fulfilled[key] === true ? key : undefined;
}
