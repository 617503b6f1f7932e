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
  } finally {
    replaying = outer;
  }
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
