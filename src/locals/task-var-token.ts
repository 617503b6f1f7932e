import type { Frame } from '../engines/frame.js';

/** The variable a token was made by, as the token knows it (declared here, below TaskVar, which implements it). */
export interface TokenOwner<T> {
  /** The variable's name, or ''. */
  readonly name: string;
  /** The variable's value here. */
  get(): T | undefined;
}

/**
 * Proof of one `set`, for undoing it with `reset`.
 *
 * @example
 * const token = locale.set('fr');
 * try { render(); } finally { locale.reset(token); }
 */
export class TaskVarToken<T> {
  /** @internal */
  used = false;

  /** @internal */
  constructor(
    /** The variable that was set. */
    readonly variable: TokenOwner<T>,
    /** @internal */
    readonly frame: Frame,
    /** @internal */
    readonly hadValue: boolean,
    /** The value before the `set`, or undefined if there was none. */
    readonly oldValue: T | undefined,
  ) {}
}

/** Where a frame belongs, for messages: 'in a run() scope inside task "a"', 'outside any task'. */
function placeOf(frame: Frame): string {
  const task = frame.task === null ? undefined : `task "${frame.task.name}"`;
  if (frame.isRunScope)
    return task === undefined ? 'in a run() scope outside any task' : `in a run() scope inside ${task}`;
  return task === undefined ? 'outside any task and any run() scope' : `in ${task}, outside its run() scopes`;
}

/**
 * Why a token cannot reset here, naming where it was made and where reset is
 * called. Message text only: callers write `DEV && misplaced(…)`, so that
 * production builds carry neither this nor placeOf.
 */
export function misplaced(made: Frame, here: Frame): string {
  const [then, now] = [placeOf(made), placeOf(here)];
  return `got a token made ${then}, but is called ${then === now ? `in another context that is also ${now}` : now}`;
}
