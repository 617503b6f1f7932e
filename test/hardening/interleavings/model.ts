// What each operation of a program must observe, worked out without zone.js:
// every task has its own map per task Local (children start empty: nothing is
// inherited; a zone forked inside a task shares its task's map), and every
// zone has its own map for the zone Local.
import { LOCALS, ZONE_LOCAL, type NumberedOp, type NumberedProgram } from './program.js';

/** What a `get` observes for an attribute the current storage does not hold. */
export const MISSING = '<missing>';

type Maps = Map<string, string>[];

/** Storage seen by code: the task's maps, and the current zone's map for the zone Local. */
interface Context {
  taskMaps: Maps;
  zoneMap: Map<string, string>;
}

const fresh = (): Context => ({
  taskMaps: LOCALS.map(() => new Map<string, string>()),
  zoneMap: new Map(),
});

/** The expected observation of every `get` and `keys`, by operation number. */
export function expectedObservations(program: NumberedProgram): Map<number, unknown> {
  const observed = new Map<number, unknown>();
  const mapOf = (context: Context, local: number) =>
    local === ZONE_LOCAL ? context.zoneMap : context.taskMaps[local];

  const walk = (ops: NumberedOp[], context: Context): void => {
    for (const op of ops) {
      switch (op.kind) {
        case 'set':
          mapOf(context, op.local).set(op.key, `value ${op.id}`);
          break;
        case 'get':
          observed.set(op.id, mapOf(context, op.local).get(op.key) ?? MISSING);
          break;
        case 'delete':
          mapOf(context, op.local).delete(op.key);
          break;
        case 'keys':
          observed.set(op.id, [...mapOf(context, op.local).keys()]);
          break;
        case 'spawn':
          walk(op.ops, fresh());
          break;
        case 'fork':
          walk(op.ops, { taskMaps: context.taskMaps, zoneMap: new Map() });
          break;
        case 'hop':
          break;
      }
    }
  };
  for (const task of program.tasks) walk(task.ops, fresh());
  walk(program.outside, fresh());
  return observed;
}
