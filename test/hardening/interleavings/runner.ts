// Runs a generated program for real: tasks spawned with tasklocal, hopping
// through microtasks, promises and timers, recording what each `get` and
// `keys` observes.
import { Local, spawn, ZoneDiscriminator } from '../../../src/index.js';
import { MISSING } from './model.js';
import {
  LOCALS,
  ZONE_LOCAL,
  type Hop,
  type NumberedOp,
  type NumberedProgram,
  type Style,
} from './program.js';

type Bag = Record<string, unknown>;

function giveWay(hop: Hop): Promise<void> {
  switch (hop) {
    case 'microtask':
      return new Promise((resolve) => queueMicrotask(resolve));
    case 'promise':
      return Promise.resolve();
    case 'timer 0 ms':
      return new Promise((resolve) => setTimeout(resolve, 0));
    case 'timer 1 ms':
      return new Promise((resolve) => setTimeout(resolve, 1));
  }
}

class Run {
  readonly observed = new Map<number, unknown>();
  /** Every task started, children included: the run ends when all have settled. */
  readonly started: PromiseLike<unknown>[] = [];
  private readonly locals: Bag[] = LOCALS.map(
    (_, index) =>
      (index === ZONE_LOCAL ? new Local({ discriminator: new ZoneDiscriminator() }) : new Local()) as Bag,
  );

  /** Performs one operation; returns a promise when the code must wait for it. */
  perform(op: NumberedOp): Promise<unknown> | undefined {
    switch (op.kind) {
      case 'set':
        this.locals[op.local][op.key] = `value ${op.id}`;
        return undefined;
      case 'get': {
        const local = this.locals[op.local];
        this.observed.set(
          op.id,
          Object.prototype.hasOwnProperty.call(local, op.key) ? local[op.key] : MISSING,
        );
        return undefined;
      }
      case 'delete':
        delete this.locals[op.local][op.key];
        return undefined;
      case 'keys':
        this.observed.set(op.id, Object.keys(this.locals[op.local]));
        return undefined;
      case 'hop':
        return giveWay(op.hop);
      case 'spawn':
        this.start(op.style, op.ops);
        return undefined;
      case 'fork':
        return Zone.current.fork({ name: `fork ${op.id}` }).run(() => this.chain(op.ops));
    }
  }

  /** Runs `ops` as a promise chain: every step's callback is registered in the current zone. */
  chain(ops: NumberedOp[]): Promise<void> {
    return ops.reduce<Promise<void>>(
      (previous, op) => previous.then(() => this.perform(op) as Promise<void> | undefined),
      Promise.resolve(),
    );
  }

  /** Spawns a task that runs `ops` in the given style. */
  start(style: Style, ops: NumberedOp[]): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a generator function cannot be an arrow function
    const run = this;
    switch (style) {
      case 'promise chain':
        this.started.push(spawn(() => run.chain(ops)));
        break;
      case 'generator':
        this.started.push(
          spawn(function* () {
            for (const op of ops) {
              const wait = run.perform(op);
              if (wait) yield wait;
            }
          }),
        );
        break;
      case 'compiled async': // compiled to ES2016: await becomes a generator zone.js follows
        this.started.push(
          spawn(async () => {
            for (const op of ops) {
              const wait = run.perform(op);
              if (wait) await wait;
            }
          }),
        );
        break;
    }
  }
}

/** Runs the program and resolves with every observation, by operation number. */
export async function runProgram(program: NumberedProgram): Promise<Map<number, unknown>> {
  const run = new Run();
  for (const task of program.tasks) run.start(task.style, task.ops);
  const outside = run.chain(program.outside);
  await outside;
  // Children join `started` while their parents run: wait until none is left.
  for (let index = 0; index < run.started.length; index++) await run.started[index];
  return run.observed;
}
