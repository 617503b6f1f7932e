export function nativeTask(local: Record<string, unknown>): Promise<unknown>;
export function nativeNoop(): Promise<void>;
