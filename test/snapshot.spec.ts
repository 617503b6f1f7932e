import { Local, Snapshot, spawn, TaskVar } from '../src/index.js';
import { sleep } from './helpers.js';

describe('Snapshot', () => {
  it('runs a function later in the task it was made in, sharing that task’s storage', async () => {
    const local = new Local();
    const { snapshot, task } = await spawn(() => {
      local.user = 'ann';
      return { snapshot: new Snapshot(), task: 'done' };
    });
    expect(task).toBe('done');
    expect(local.user).toBeUndefined();
    expect(snapshot.run((suffix: string) => `${local.user}${suffix}`, '!')).toBe('ann!');
    snapshot.run(() => (local.user = 'changed through the snapshot'));
    expect(snapshot.run(() => local.user)).toBe('changed through the snapshot');
  });

  it('captures TaskVar run scopes', () => {
    const user = new TaskVar<string>();
    const snapshot = user.run('bob', () => new Snapshot());
    expect(snapshot.run(() => user.get())).toBe('bob');
    expect(user.get()).toBeUndefined();
  });

  it('wraps a function so that it always runs in the context it was wrapped in, with this and args', async () => {
    const local = new Local();
    const wrapped = await spawn(() => {
      local.user = 'ann';
      return Snapshot.wrap(function (this: { greeting: string }, name: string) {
        return `${this.greeting} ${name}, from ${local.user}`;
      });
    });
    const other = await spawn(async () => {
      local.user = 'bob';
      await sleep(1);
      return wrapped.call({ greeting: 'hi' }, 'carol');
    });
    expect(other).toBe('hi carol, from ann');
  });

  it('explains bad arguments', () => {
    expect(() => new Snapshot().run(null as never)).toThrowError(TypeError, /needs a function/);
    expect(() => Snapshot.wrap(42 as never)).toThrowError(TypeError, /needs a function/);
  });
});
