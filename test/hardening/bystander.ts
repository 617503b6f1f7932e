import { spawn, type Local } from '../../src/index.js';

/** What a bystander task reads back once released. */
export interface BystanderReport {
  value: unknown;
  keys: string[];
}

/**
 * A live task that sets `local.value` and then waits, suspended, while the
 * code under test misbehaves in other tasks. `report()` releases it and
 * resolves with what it reads back: the misbehaviour must not have touched it.
 */
export function bystander(local: Local, value: unknown = 'bystander value') {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const task = spawn(function* (): Generator<unknown, BystanderReport> {
    local.value = value;
    yield released;
    return { value: local.value, keys: Object.keys(local) };
  });
  return {
    report(): Promise<BystanderReport> {
      release();
      return Promise.resolve(task);
    },
  };
}
