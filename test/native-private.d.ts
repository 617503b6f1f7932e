import type { Local } from '../src/index.js';

export function privateSubclasses(Local: typeof import('../src/index.js').Local): {
  Counter: new () => Local & { bump(): number };
  Greeter: new () => Local & { hello(): string };
};
