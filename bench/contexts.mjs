// Where each micro-benchmark runs. mitata's iterator loop runs synchronously
// from the first call of `measure`, so calling it inside `zone.run` keeps the
// whole timed loop in that zone (a native await would drop it to <root>).
import { Local, spawn, TaskVar } from '../dist/tasklocal.mjs';
import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { ZoneContextManager } from '@opentelemetry/context-zone-peer-dep';

context.setGlobalContextManager(new ZoneContextManager().enable());

/** The zone property tasklocal puts on a task's zone (FRAME_KEY in src/zone-engine.ts): a property of the task zone. */
export const TASK_KEY = '__tasklocal_frame__';
export const OTEL_KEY = createContextKey('bench value');

export const local = new Local();
export const taskVar = new TaskVar();
export class SubLocal extends Local {
  constructor() {
    super();
    this.x = 1;
  }
}
export const subLocal = new SubLocal();

/** Forks `depth` plain zones below the current one: the 3-forks cases run at the bottom. */
function forked(depth) {
  let zone = Zone.current;
  for (let level = 1; level <= depth; level++) zone = zone.fork({ name: `bench fork ${level}` });
  return zone;
}

/** Runs `run` synchronously in a task spawned by tasklocal, with its attributes set. */
export function inTask(run, depth = 0) {
  return spawn(() => {
    local.x = 1;
    subLocal.x = 1;
    taskVar.set(1);
    return forked(depth).run(run);
  });
}

/** Runs `run` synchronously in the zone of OTel's `context.with`, holding one value. */
export function inOtel(run, depth = 0) {
  return context.with(ROOT_CONTEXT.setValue(OTEL_KEY, 1), () => forked(depth).run(run));
}

export const inTask3 = (run) => inTask(run, 3);
export const inOtel3 = (run) => inOtel(run, 3);
export const inRoot = (run) => Zone.root.run(run);
export { context };

/** Runs `run` in a zone forked the raw way, whose property `bag` is a mutable object (for raw writes). */
export function inRawZone(run) {
  return Zone.current.fork({ name: 'raw zone', properties: { bag: { x: 0 } } }).run(run);
}
