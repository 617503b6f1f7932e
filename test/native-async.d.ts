export function nativeTask(local: Record<string, unknown>): Promise<unknown>;
export function nativeNoop(): Promise<void>;
export function nativeTaskWithSnapshot(
  local: Record<string, unknown>,
  Snapshot: typeof import('../src/index.js').Snapshot,
): Promise<[unknown, unknown]>;
