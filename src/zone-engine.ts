// The only module that touches zone.js. tasklocal never imports zone.js: it
// reads the global `Zone` the first time it is needed.
import type { Engine, ZoneLike } from './engine.js';
import type { Task } from './task.js';

interface Zone extends ZoneLike {
  readonly parent: Zone | null;
  fork(spec: { name: string; properties: Record<string, unknown> }): Zone;
  run<R>(fn: () => R): R;
}

interface ZoneClass {
  readonly current: Zone;
  new (...args: never[]): Zone;
}

/** The zone property that marks a zone as the root of a task. */
const TASK_KEY = '__tasklocal_task__';

const MISSING_ZONE_JS =
  'tasklocal needs zone.js, and no global Zone was found. ' +
  "In a browser, load zone.js before your code runs (a <script> tag for zone.js's bundle, " +
  "or `import 'zone.js'` first in your entry file). " +
  "In Node, `import 'zone.js/node'` (or `require('zone.js/node')`) before the first use of tasklocal.";

/** Starts the zone engine over the global `Zone`, or explains how to load zone.js. */
export function createZoneEngine(): Engine {
  const Zone = (globalThis as { Zone?: ZoneClass }).Zone;
  if (typeof Zone !== 'function' || Zone.current === undefined) {
    throw new Error(MISSING_ZONE_JS);
  }
  return new ZoneEngine(Zone);
}

class ZoneEngine implements Engine {
  constructor(private readonly Zone: ZoneClass) {}

  current(): Zone {
    return this.Zone.current;
  }

  taskOf(zone: Zone): Task | null {
    return (zone.get(TASK_KEY) as Task | undefined) ?? null;
  }

  fork(task: Task, parent: Zone | undefined): Zone {
    return (parent ?? this.Zone.current).fork({
      name: task.name === '' ? 'tasklocal task' : `tasklocal task ${task.name}`,
      properties: { [TASK_KEY]: task },
    });
  }

  run<R>(zone: Zone, fn: () => R): R {
    return zone.run(fn);
  }

  isWithin(zone: Zone, ancestor: Zone): boolean {
    for (let z: Zone | null = zone; z !== null; z = z.parent) {
      if (z === ancestor) return true;
    }
    return false;
  }

  isContext(value: unknown): boolean {
    return value instanceof this.Zone;
  }
}
