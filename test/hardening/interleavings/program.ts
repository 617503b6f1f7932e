// The programs the property test generates: tasks that set, read and delete
// attributes of a few Locals, spawn children, fork sub-zones, and switch
// through timers, promise hops and microtasks.
import fc from 'fast-check';

/** How a task's code is written: each keeps the task differently across hops. */
export type Style = 'promise chain' | 'generator' | 'compiled async';

/** How an operation gives way to other tasks. */
export type Hop = 'microtask' | 'promise' | 'timer 0 ms' | 'timer 1 ms';

/** Attribute names, machinery names included: they must be ordinary attributes too. */
export const KEYS = ['user', 'id', '__proto__', 'then'] as const;
export type Key = (typeof KEYS)[number];

/**
 * The Locals every program uses: two track tasks (the default discriminator),
 * one tracks zones, so a forked zone has storage of its own there.
 */
export const LOCALS = ['task local A', 'task local B', 'zone local'] as const;
export const ZONE_LOCAL = 2;

export type Op =
  | { kind: 'set'; local: number; key: Key }
  | { kind: 'get'; local: number; key: Key }
  | { kind: 'delete'; local: number; key: Key }
  | { kind: 'keys'; local: number }
  | { kind: 'hop'; hop: Hop }
  /** Starts a child task; the parent does not wait for it. */
  | { kind: 'spawn'; style: Style; ops: Op[] }
  /** Forks a zone inside the current one and runs `ops` there (as a promise chain); waits for them. */
  | { kind: 'fork'; ops: Op[] };

export interface TaskProgram {
  style: Style;
  ops: Op[];
}

/** Tasks started together, plus code that runs outside any task meanwhile. */
export interface Program {
  tasks: TaskProgram[];
  outside: Op[];
}

const local = fc.integer({ min: 0, max: LOCALS.length - 1 });
const key = fc.constantFrom(...KEYS);
const style = fc.constantFrom<Style>('promise chain', 'generator', 'compiled async');
// Mostly microtask and promise hops: they interleave as well as timers, and cost nothing.
const hop = fc.oneof(
  { arbitrary: fc.constantFrom<Hop>('microtask', 'promise'), weight: 6 },
  { arbitrary: fc.constantFrom<Hop>('timer 0 ms', 'timer 1 ms'), weight: 1 },
);

function ops(depth: number): fc.Arbitrary<Op[]> {
  const simple: fc.Arbitrary<Op>[] = [
    fc.record({ kind: fc.constant('set' as const), local, key }),
    fc.record({ kind: fc.constant('get' as const), local, key }),
    fc.record({ kind: fc.constant('delete' as const), local, key }),
    fc.record({ kind: fc.constant('keys' as const), local }),
    fc.record({ kind: fc.constant('hop' as const), hop }),
  ];
  const nested: fc.Arbitrary<Op>[] =
    depth === 0
      ? []
      : [
          fc.record({ kind: fc.constant('spawn' as const), style, ops: ops(depth - 1) }),
          fc.record({ kind: fc.constant('fork' as const), ops: ops(depth - 1) }),
        ];
  return fc.array(
    fc.oneof(
      ...simple.map((arbitrary) => ({ arbitrary, weight: 4 })),
      ...nested.map((arbitrary) => ({ arbitrary, weight: 1 })),
    ),
    { maxLength: 8 },
  );
}

/** Up to four concurrent tasks, nesting children and forks two levels deep. */
export const programs: fc.Arbitrary<Program> = fc.record({
  tasks: fc.array(fc.record({ style, ops: ops(2) }), { minLength: 1, maxLength: 4 }),
  outside: ops(1),
});

/** An operation with its number: observations are keyed by it, and `set` writes it. */
export type NumberedOp = Op & { id: number; ops?: NumberedOp[] };

export interface NumberedProgram {
  tasks: { style: Style; ops: NumberedOp[] }[];
  outside: NumberedOp[];
}

/**
 * A copy of the program with every operation numbered in one fixed walk order,
 * so that each `set` writes a value no other operation writes.
 */
export function numbered(program: Program): NumberedProgram {
  let next = 0;
  const copy = (list: Op[]): NumberedOp[] =>
    list.map((op) => {
      const id = next++;
      return 'ops' in op ? { ...op, id, ops: copy(op.ops) } : { ...op, id };
    });
  return {
    tasks: program.tasks.map((task) => ({ style: task.style, ops: copy(task.ops) })),
    outside: copy(program.outside),
  };
}
