/** How to rebuild a subclass instance's attributes for a newly seen task. */
export interface Replay {
  readonly constructor: new (...args: unknown[]) => object;
  readonly args: readonly unknown[];
}

/** A Local under reconstruction: its base constructor hands back this proxy. */
let replaying: { proxy: object; constructor: Replay['constructor'] } | null = null;

/**
 * Runs a subclass constructor again with `this` = `proxy`, the Local it first
 * built: the base constructor, called through `super()`, hands the proxy back.
 */
export function replayConstructor(proxy: object, replay: Replay): void {
  // Save the slot: the constructor may replay another Local before its super().
  const outer = replaying;
  replaying = { proxy, constructor: replay.constructor };
  try {
    Reflect.construct(replay.constructor, replay.args);
  } catch (error) {
    throw explained(error, replay.constructor.name);
  } finally {
    replaying = outer;
  }
}

/** What engines say when private members are set up twice on one object, explained. */
function explained(error: unknown, name: string): unknown {
  if (!(error instanceof TypeError) || !/private|twice|more than once/i.test(error.message)) return error;
  return new TypeError(
    `${name} could not be set up for a new task: "${error.message}". A Local subclass's constructor runs ` +
      'again on the same object for every task, and private members belong to that one object. Use ' +
      'ordinary fields (each task gets its own) or a TaskVar.',
    { cause: error },
  );
}

/**
 * Called by the Local constructor: during a replay of `newTarget`, the proxy
 * to hand back to the subclass constructor instead of a new Local.
 */
export function takeReplayTarget(newTarget: unknown): object | undefined {
  if (replaying === null || replaying.constructor !== newTarget) return undefined;
  const { proxy } = replaying;
  replaying = null;
  return proxy;
}
