// bind(context, emitter) for Node's EventEmitter (and look-alikes): the
// listeners added to that one emitter from then on run in the context, and
// the remove methods still find them. Only the object's own methods change.
import type { Listener } from './event-target-binding.js';

const ADD_METHODS = ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener'] as const;
const REMOVE_METHODS = ['removeListener', 'off'] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;
type EventEmitterLike = Record<string, unknown> & {
  on: Method;
  removeListener: Method;
  emit: Method;
  removeAllListeners?: Method;
};

/** True for an object with Node's EventEmitter methods on, removeListener and emit. */
export function isEventEmitter(target: object): target is EventEmitterLike {
  const candidate = target as Partial<EventEmitterLike>;
  return (
    typeof candidate.on === 'function' &&
    typeof candidate.removeListener === 'function' &&
    typeof candidate.emit === 'function'
  );
}

/**
 * Makes every add method add `wrap(listener)` in place of the listener, and
 * the remove methods remove that wrapper again.
 */
export function bindEventEmitter(target: EventEmitterLike, wrap: (listener: Listener) => Listener): void {
  const wrappers = new Map<unknown, WeakMap<Listener, Listener>>();
  // once() adds through on(): the listener it passes on is already wrapped.
  let adding = false;
  for (const name of ADD_METHODS) {
    const add = target[name];
    if (typeof add !== 'function') continue;
    target[name] = function (this: unknown, event: unknown, listener: unknown) {
      if (adding || typeof listener !== 'function') return add.call(this, event, listener);
      let byListener = wrappers.get(event);
      if (byListener === undefined) wrappers.set(event, (byListener = new WeakMap()));
      const wrapped = wrap(listener as Listener);
      byListener.set(listener as Listener, wrapped);
      adding = true;
      try {
        return add.call(this, event, wrapped);
      } finally {
        adding = false;
      }
    };
  }
  for (const name of REMOVE_METHODS) {
    const remove = target[name];
    if (typeof remove !== 'function') continue;
    target[name] = function (this: unknown, event: unknown, listener: unknown) {
      const wrapped = wrappers.get(event)?.get(listener as Listener);
      return remove.call(this, event, wrapped ?? listener);
    };
  }
  const removeAll = target.removeAllListeners;
  if (typeof removeAll === 'function') {
    target.removeAllListeners = function (this: unknown, ...events: unknown[]) {
      if (events.length === 0) wrappers.clear();
      else wrappers.delete(events[0]);
      return removeAll.apply(this, events);
    };
  }
}
