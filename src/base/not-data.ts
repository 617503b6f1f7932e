// Locals and TaskVars are keys to per-task values, not data. Copying one
// (structuredClone, postMessage, JSON.stringify) fails, and a spread copies
// none of its read cache, which may hold another task's value. A Local is a
// Proxy, which the platform already refuses to clone. A TaskVar keeps its
// cache in non-enumerable fields and carries one enumerable mark that the
// structured clone algorithm cannot copy: a symbol, whose description becomes
// the platform's error text. Not a throwing getter: deep equality in test
// frameworks (Jasmine's toBe and toEqual, assert.deepStrictEqual) walks the
// same keys, and must keep working on objects that hold a TaskVar.
import { DEV } from './dev.js';
import { fault } from './errors.js';

const MESSAGE = fault(
  'TL117',
  DEV &&
    'A TaskVar cannot be copied (structuredClone, postMessage, JSON): it is a key to per-task values. ' +
      'Send its value instead: get().',
);

/** One mark for every TaskVar: instances then share their hidden class. */
const COPY_MARK: PropertyDescriptor = { enumerable: true, value: Symbol(MESSAGE) };

/** Makes structuredClone and postMessage of a TaskVar fail with a message that says what to send instead. */
export function refuseTaskVarCopies(variable: object): void {
  Object.defineProperty(variable, 'cannotBeCopied', COPY_MARK);
}

/** The error JSON.stringify of a TaskVar throws (the one structuredClone and postMessage give, where there is one). */
export function taskVarCopyError(): Error {
  return typeof DOMException === 'function'
    ? new DOMException(MESSAGE, 'DataCloneError')
    : new TypeError(MESSAGE);
}

/** The key Node's util.inspect and console.log call to show an object. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The signature of a custom inspect method; `inspect` is Node's, passed in so that the runtime never imports it. */
export type Inspect = (
  depth: number,
  options: object,
  inspect: (value: unknown, options: object) => string,
) => string;
