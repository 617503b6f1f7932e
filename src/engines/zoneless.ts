// What the two engines without zones share: their contexts are the frames
// themselves, and a feature that needs zones says where tasklocal runs
// instead and how to get zones.
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import type { Engine, ZoneLike } from './engine.js';
import type { Frame } from './frame.js';

/** Per engine without zones: where tasklocal runs, and how to get zones; for development messages only. */
export const WITHOUT_ZONES = {
  'async-local-storage': {
    here: 'AsyncLocalStorage here',
    fix: "Load zone.js before anything starts a task (`import 'zone.js/node'` first) to use zones.",
  },
  standalone: {
    here: 'the standalone engine here (chosen with useEngine(standalone)), which does not use zones',
    fix: 'Load zone.js and leave out the useEngine() call to use zones.',
  },
};

/** An engine whose contexts are frames; the zone-only calls throw, explaining. */
export abstract class ZonelessEngine implements Engine {
  abstract readonly name: keyof typeof WITHOUT_ZONES;
  abstract current(): Frame;
  abstract fork(frame: Frame): Frame;
  abstract run<R>(frame: Frame, fn: () => R): R;

  frameOf(frame: Frame): Frame {
    return frame;
  }

  zoneOf(): ZoneLike {
    throw new Error(
      fault(this.name === 'standalone' ? 'TL114' : 'TL113', DEV && needsZones(this.name, 'Task.zone')),
    );
  }

  isWithin(): boolean {
    throw new Error(
      fault(
        this.name === 'standalone' ? 'TL116' : 'TL115',
        DEV && needsZones(this.name, 'TaskDiscriminator({ zone })'),
      ),
    );
  }

  isZone(): boolean {
    return false;
  }

  /** Native promises hide their state: tasks watch their results instead. */
  promiseState(): undefined {
    return undefined;
  }
}

// Not a method: every method of an engine is part of what copies share (test/registry-shapes.ts).
function needsZones(engine: keyof typeof WITHOUT_ZONES, feature: string): string {
  const { here, fix } = WITHOUT_ZONES[engine];
  return `${feature} needs zone.js, and tasklocal runs on ${here}. ${fix}`;
}
