export function nativeTask(local: Record<string, unknown>): Promise<unknown>;
export function nativeNoop(): Promise<void>;
export function nativeReadAfterHops(local: Record<string, unknown>, id: string): Promise<unknown>;
export function nativeGetAfterHops<T>(variable: { get(): T }): Promise<T>;
export function nativeTaskWithSnapshot(
  local: Record<string, unknown>,
  Snapshot: typeof import('../src/index.js').Snapshot,
): Promise<[unknown, unknown]>;
export function nativeAwaitsNative(local: Record<string, unknown>, id: string): Promise<unknown>;
