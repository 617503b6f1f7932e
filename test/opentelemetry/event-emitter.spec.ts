// AsyncLocalStorageContextManager's cases for bind(context, eventEmitter),
// rewritten for TaskLocalContextManager: Node's EventEmitter, on every engine
// that runs in Node. A listener runs where emit() is called, so on
// AsyncLocalStorage it would see the emitter's caller's context: binding the
// emitter gives its listeners the bound one instead.
import { createContextKey, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { EventEmitter } from 'node:events';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';

const key = createContextKey('tasklocal test key');
const contextOf = (value: unknown): Context => ROOT_CONTEXT.setValue(key, value);

describe('TaskLocalContextManager, bind() with an EventEmitter', () => {
  let manager: TaskLocalContextManager;

  beforeEach(() => {
    manager = new TaskLocalContextManager().enable();
  });

  afterEach(() => {
    manager.disable();
  });

  it('returns the emitter itself, enabled or disabled', () => {
    const emitter = new EventEmitter();
    expect(manager.bind(ROOT_CONTEXT, emitter)).toBe(emitter);
    manager.disable();
    const another = new EventEmitter();
    expect(manager.bind(ROOT_CONTEXT, another)).toBe(another);
  });

  it('runs listeners in the bound context, even when emit() is called inside another one', () => {
    const emitter = manager.bind(contextOf('bound'), new EventEmitter());
    const seen: unknown[] = [];
    emitter.on('test', () => seen.push(manager.active().getValue(key)));
    emitter.prependListener('test', () => seen.push(`first: ${String(manager.active().getValue(key))}`));
    manager.with(contextOf('emitter'), () => emitter.emit('test'));
    expect(seen).toEqual(['first: bound', 'bound']);
  });

  it('removeListener() and off() remove a listener added with on() or addListener()', () => {
    const emitter = manager.bind(contextOf(1), new EventEmitter());
    const viaOn = () => {};
    const viaAddListener = () => {};
    emitter.on('test', viaOn);
    emitter.addListener('test', viaAddListener);
    expect(emitter.listenerCount('test')).toBe(2);
    emitter.removeListener('test', viaOn);
    emitter.off('test', viaAddListener);
    expect(emitter.listenerCount('test')).toBe(0);
  });

  it('a listener may remove itself while it runs, and sees the context there', () => {
    const context = contextOf(1);
    const emitter = manager.bind(context, new EventEmitter());
    let seen: Context | undefined;
    const handler = () => {
      seen = manager.active();
      emitter.removeListener('test', handler);
    };
    emitter.on('test', handler);
    emitter.emit('test');
    expect(seen).toBe(context);
    expect(emitter.listeners('test').length).toBe(0);
  });

  it('removeListener() and off() remove a listener added with once(), before it fires', () => {
    const emitter = manager.bind(contextOf(1), new EventEmitter());
    function handler() {}
    emitter.once('test', handler);
    expect(emitter.listeners('test').length).toBe(1);
    emitter.removeListener('test', handler);
    expect(emitter.listeners('test').length).toBe(0);
    emitter.prependOnceListener('test', handler);
    emitter.off('test', handler);
    expect(emitter.listeners('test').length).toBe(0);
  });

  it('a once() listener runs once, in the bound context', () => {
    const emitter = manager.bind(contextOf('once'), new EventEmitter());
    const seen: unknown[] = [];
    emitter.once('test', () => seen.push(manager.active().getValue(key)));
    emitter.emit('test');
    emitter.emit('test');
    expect(seen).toEqual(['once']);
  });

  it('removeAllListeners(event) clears that event, removeAllListeners() every event', () => {
    const emitter = manager.bind(contextOf(1), new EventEmitter());
    const handler = () => {};
    emitter.on('test', handler);
    emitter.on('other', handler);
    emitter.removeAllListeners('test');
    expect([emitter.listenerCount('test'), emitter.listenerCount('other')]).toEqual([0, 1]);
    emitter.on('test', handler);
    emitter.removeAllListeners();
    expect([emitter.listenerCount('test'), emitter.listenerCount('other')]).toEqual([0, 0]);
  });

  it('while the manager is disabled, listeners see ROOT_CONTEXT (as with ZoneContextManager)', () => {
    manager.disable();
    const emitter = manager.bind(contextOf(1), new EventEmitter());
    let seen: Context | undefined;
    emitter.on('test', () => (seen = manager.active()));
    emitter.emit('test');
    expect(seen).toBe(ROOT_CONTEXT);
  });

  it('an emitter bound by two managers gives its listeners each manager’s context', () => {
    const second = new TaskLocalContextManager().enable();
    const [mine, theirs] = [contextOf(2), contextOf(3)];
    const emitter = second.bind(theirs, manager.bind(mine, new EventEmitter()));
    let seen: Context[] = [];
    emitter.on('test', () => (seen = [manager.active(), second.active()]));
    emitter.emit('test');
    expect(seen).toEqual([mine, theirs]);
    second.disable();
  });
});
