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
import { nativeTask } from '../native-async.js';

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
    const results = await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        spawn(
          new Function(
            'local',
            'id',
            'return async function task() { local.id = id; await new Promise((r) => setTimeout(r, 1)); await null; return local.id; }',
          )(local, id) as () => Promise<unknown>,
        ),
      ),
    );
    expect(results).toEqual(['a', 'b', 'c']);
  });

  it('keeps TaskVar values and run scopes after native awaits', async () => {
    const user = new TaskVar<string>();
    const read = new Function(
      'user',
      'return async () => { await null; await new Promise((r) => setTimeout(r, 1)); return user.get(); }',
    )(user) as () => Promise<string>;
    expect(await user.run('bob', read)).toBe('bob');
    expect(await spawn(() => (user.set('ann'), read()))).toBe('ann');
  });

  it('re-enters a task through a Snapshot', async () => {
    const local = new Local();
    const snapshot = await spawn(() => {
      local.user = 'ann';
      return new Snapshot();
    });
    expect(snapshot.run(() => [local.user, currentTask() !== null])).toEqual(['ann', true]);
  });

  it('refuses what needs zones, saying so', async () => {
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
