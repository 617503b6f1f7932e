/** Resolves after `ms` milliseconds, through a timer. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves after one promise hop (a microtask). */
export function hop(): Promise<void> {
  return Promise.resolve();
}

/** The name of the zone code runs in now. */
export function zoneName(): string {
  return Zone.current.name;
}
