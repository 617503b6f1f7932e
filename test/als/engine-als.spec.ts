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
    expect(() => new TaskDiscriminator({ zone: {} as never })).toThrowError(
      TypeError,
      /must be a zone\.js Zone/,
    );
  });
});
