// bind(context, eventTarget): the listeners added to that one EventTarget
// from then on run in the context. Only the object's own methods change;
// EventTarget.prototype stays as it is.

/** A listener function, or any function a context manager wraps. */
export type Listener = (this: unknown, ...args: unknown[]) => unknown;

type ListenerObject = { handleEvent(event: unknown): unknown };

interface EventTargetLike {
  addEventListener: (this: unknown, type: string, listener: unknown, options?: unknown) => void;
  removeEventListener: (this: unknown, type: string, listener: unknown, options?: unknown) => void;
}

/** True for an object with addEventListener and removeEventListener (DOM nodes, Node's EventTarget, …). */
export function isEventTarget(target: object): target is EventTargetLike {
  const candidate = target as Partial<EventTargetLike>;
  return (
    typeof candidate.addEventListener === 'function' && typeof candidate.removeEventListener === 'function'
  );
}

/**
 * Makes `target.addEventListener` add `wrap(listener)` in place of each
 * listener, and `removeEventListener` remove that wrapper again.
 */
export function bindEventTarget(target: EventTargetLike, wrap: (listener: Listener) => Listener): void {
  const wrappers = new Map<string, WeakMap<object, Listener>>();
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (type, listener, options) {
    if (!isListener(listener)) return add.call(this, type, listener, options);
    let byListener = wrappers.get(type);
    if (byListener === undefined) wrappers.set(type, (byListener = new WeakMap()));
    const wrapped = byListener.get(listener) ?? wrap(asFunction(listener));
    byListener.set(listener, wrapped);
    return add.call(this, type, wrapped, options);
  };
  target.removeEventListener = function (type, listener, options) {
    const wrapped = isListener(listener) ? wrappers.get(type)?.get(listener) : undefined;
    return remove.call(this, type, wrapped ?? listener, options);
  };
}

function isListener(value: unknown): value is Listener | ListenerObject {
  return (
    typeof value === 'function' ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as ListenerObject).handleEvent === 'function')
  );
}

/** A listener object (`{ handleEvent }`) as a function that calls its method, `this` being the object. */
function asFunction(listener: Listener | ListenerObject): Listener {
  if (typeof listener === 'function') return listener;
  return (event) => listener.handleEvent(event);
}
