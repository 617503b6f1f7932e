// Imported before anything else in the standalone suite, so before tasklocal
// loads: the scheduling APIs as the page had them, for the spec that checks
// the standalone engine patches none of them.

/** Each API a context-propagating library would wrap, by name. */
export function schedulingApis(): Record<string, unknown> {
  return {
    Promise: globalThis.Promise,
    'Promise.prototype.then': Promise.prototype.then,
    'Promise.prototype.catch': Promise.prototype.catch,
    'Promise.prototype.finally': Promise.prototype.finally,
    setTimeout: globalThis.setTimeout,
    setInterval: globalThis.setInterval,
    queueMicrotask: globalThis.queueMicrotask,
    'EventTarget.prototype.addEventListener': EventTarget.prototype.addEventListener,
    fetch: globalThis.fetch,
    // Browser-only: undefined in the Node run.
    requestAnimationFrame: globalThis.requestAnimationFrame,
    'XMLHttpRequest.prototype.send': globalThis.XMLHttpRequest?.prototype.send,
    MutationObserver: globalThis.MutationObserver,
  };
}

export const apisBefore = schedulingApis();
export const globalSymbolsBefore = Object.getOwnPropertySymbols(globalThis);
