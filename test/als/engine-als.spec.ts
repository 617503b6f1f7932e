import {
  currentTask,
  engineName,
  Local,
  Snapshot,
  spawn,
  TaskDiscriminator,
  TaskVar,
  ZoneDiscriminator,
} from '../../src/index.js';
import { EventEmitter, EventEmitterAsyncResource } from 'node:events';
import { createAlsEngine } from '../../src/engines/als.js';
import { runInZone } from '../../src/index.js';
import { nativeGetAfterHops, nativeReadAfterHops, nativeTask } from '../native-async.js';

// Node without zone.js: tasklocal runs on AsyncLocalStorage, and a native
// await keeps the task.
describe('the AsyncLocalStorage engine', () => {
  it('is chosen when zone.js is not loaded, and readable at run time', () => {
    expect((globalThis as { Zone?: unknown }).Zone).toBeUndefined();
    expect(engineName()).toBe('async-local-storage');
  });

  it('keeps the task after a native await', async () => {
    const local = new Local();
    expect(await spawn(() => nativeTask(local))).toBe('set before await');
    const ids = ['a', 'b', 'c'];
    expect(await Promise.all(ids.map((id) => spawn(() => nativeReadAfterHops(local, id))))).toEqual(ids);
  });

  it('keeps TaskVar values and run scopes after native awaits', async () => {
    const user = new TaskVar<string>();
    expect(await user.run('bob', () => nativeGetAfterHops(user))).toBe('bob');
    expect(await spawn(() => (user.set('ann'), nativeGetAfterHops(user)))).toBe('ann');
  });

  it('re-enters a task through a Snapshot', async () => {
    const local = new Local();
    const snapshot = await spawn(() => {
      local.user = 'ann';
      return new Snapshot();
    });
    expect(snapshot.run(() => [local.user, currentTask() !== null])).toEqual(['ann', true]);
  });

  it('refuses what needs zones, saying so', () => {
    const local = new Local({ discriminator: new ZoneDiscriminator() });
    expect(() => local.x).toThrowError(/ZoneDiscriminator needs zone\.js.*AsyncLocalStorage/);
    expect(() => spawn(() => 1).zone).toThrowError(/Task\.zone needs zone\.js/);
    expect(() => spawn(() => 1, { zone: {} as never })).toThrowError(TypeError, /option zone needs zone\.js/);
    // What a user with zone.js's types writes: Zone.current is an object of class _ZoneImpl, not a bad value.
    const zoneImplLike = new (class _ZoneImpl {})();
    expect(() => new TaskDiscriminator({ zone: zoneImplLike as never })).toThrowError(
      /^TaskDiscriminator\(\{ zone \}\) needs the zone engine, and tasklocal runs on AsyncLocalStorage here\./,
    );
  });

  it('runs an EventEmitter listener in the context of the code that emits, not of the task that added it', async () => {
    const local = new Local();
    const emitter = new EventEmitter();
    const heard: unknown[] = [];
    await spawn(() => {
      local.id = 'listener task';
      emitter.on('ping', () => heard.push(local.id));
    });
    await spawn(() => {
      local.id = 'emitter task';
      emitter.emit('ping');
    });
    expect(heard).toEqual(['emitter task']);
  });

  it('keeps a listener in its own task with Snapshot.wrap or an EventEmitterAsyncResource', async () => {
    const local = new Local();
    const plain = new EventEmitter();
    const heard: unknown[] = [];
    // An EventEmitterAsyncResource runs its listeners in the context it was made in.
    const resource = await spawn(() => {
      local.id = 'listener task';
      plain.on(
        'ping',
        Snapshot.wrap(() => heard.push(['wrapped', local.id])),
      );
      const updates = new EventEmitterAsyncResource({ name: 'updates' });
      updates.on('ping', () => heard.push(['resource', local.id]));
      return updates;
    });
    await spawn(() => {
      local.id = 'emitter task';
      plain.emit('ping');
      resource.emit('ping');
    });
    expect(heard).toEqual([
      ['wrapped', 'listener task'],
      ['resource', 'listener task'],
    ]);
  });

  it('refuses runInZone, saying it needs zone.js', () => {
    expect(() => runInZone({} as never, () => 1)).toThrowError(
      /^runInZone\(\) needs zone\.js, and tasklocal runs on AsyncLocalStorage here/,
    );
  });

  it('names the Node version it needs when AsyncLocalStorage cannot be had', () => {
    const process = globalThis.process as { getBuiltinModule?: unknown };
    const original = process.getBuiltinModule;
    delete process.getBuiltinModule;
    try {
      expect(() => createAlsEngine()).toThrowError(
        new RegExp(
          `^tasklocal needs Node 20\\.16 or later for AsyncLocalStorage \\(this is Node ${globalThis.process.versions.node.replace(/\./g, '\\.')}\\), or zone\\.js`,
        ),
      );
    } finally {
      process.getBuiltinModule = original;
    }
  });
});
