// Locals and TaskVars are keys to per-task values, not data.
// Copying one (structuredClone, postMessage, JSON.stringify, object spread)
// would copy its internal read cache, which may hold another task's value.
// A Local is a Proxy, which the platform already refuses to clone; a TaskVar
// gets an enumerable getter that refuses, defined before its other fields, so
// that every copy reaches it first.

// One getter for every TaskVar: instances then share their hidden class, and
// defining it costs a few nanoseconds, not a closure each.
const REFUSE_TASK_VAR_COPIES: PropertyDescriptor = {
  enumerable: true,
  get(): never {
    const message =
      'A TaskVar cannot be copied (structuredClone, postMessage, JSON, spread): it is a key to ' +
      'per-task values. Send its value instead: get().';
    // The error structuredClone and postMessage give for what they cannot clone.
    throw typeof DOMException === 'function'
      ? new DOMException(message, 'DataCloneError')
      : new TypeError(message);
  },
};

/** Makes every copy of a TaskVar fail with a message that says what to copy instead. */
export function refuseTaskVarCopies(variable: object): void {
  Object.defineProperty(variable, 'cannotBeCopied', REFUSE_TASK_VAR_COPIES);
}

/** The key Node's util.inspect and console.log call to show an object. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The signature of a custom inspect method; `inspect` is Node's, passed in so that the runtime never imports it. */
export type Inspect = (
  depth: number,
  options: object,
  inspect: (value: unknown, options: object) => string,
) => string;
