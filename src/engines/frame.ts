import type { ZoneLike } from './zone-like.js';

/** A task as frames carry it, declared here so that engines need nothing above them: Task implements it. */
export interface FrameTask {
  readonly name: string;
  readonly state: 'pending' | 'fulfilled' | 'rejected';
  readonly zone: ZoneLike;
}

/**
 * What a context carries: the task it belongs to and the TaskVar values it
 * sees. A task's zone (or AsyncLocalStorage store) carries one, and so does
 * every `TaskVar.run` scope. `values` is never changed in place: a write
 * swaps in a new map, so a frame made from another can share its map safely.
 */
export class Frame {
  constructor(
    readonly task: FrameTask | null,
    public values: ReadonlyMap<object, unknown>,
    /** True for the frame of a `TaskVar.run` scope, for messages. */
    readonly isRunScope = false,
  ) {}

  /** A child frame of the same task that sees `value` for `key`. */
  with(key: object, value: unknown): Frame {
    return new Frame(this.task, new Map(this.values).set(key, value), true);
  }
}

// A field of a constant object, not a module `let`: read on every TaskVar.get() (see engine.ts).
const writes = { version: 0 };

/** Bumped by every TaskVar write, so that one-entry read caches know to look again. */
export function writeVersion(): number {
  return writes.version;
}

/** Records a write: every cached TaskVar read is stale from now on. */
export function bumpWriteVersion(): void {
  writes.version++;
}
