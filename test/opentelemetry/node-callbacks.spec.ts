// The EventEmitter case of AsyncLocalStorageContextManager that needs a
// callback carried by the engine: setImmediate inside a bound listener. It
// holds on zone.js and AsyncLocalStorage in Node.
import { createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { EventEmitter } from 'node:events';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';

const key = createContextKey('tasklocal test key');

describe('TaskLocalContextManager, callbacks scheduled by a bound EventEmitter’s listener', () => {
  it('a setImmediate callback in the listener runs in the bound context', async () => {
    const manager = new TaskLocalContextManager().enable();
    const context = ROOT_CONTEXT.setValue(key, 'bound');
    const emitter = manager.bind(context, new EventEmitter());
    const seen = new Promise<unknown>((resolve) => {
      emitter.on('test', () => setImmediate(() => resolve(manager.active())));
    });
    emitter.emit('test');
    expect(await seen).toBe(context);
    manager.disable();
  });
});
