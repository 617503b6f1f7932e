// requireTask with the zone discriminators: "outside a task" is wherever the
// current zone belongs to no task (the root zone, where code resumes after a
// lost native await, or a zone forked outside tasks), and a task outside the
// zone a TaskDiscriminator tracks is named as such.
import { Local, spawn, TaskDiscriminator, ZoneDiscriminator } from '../../src/index.js';

describe('requireTask with a ZoneDiscriminator', () => {
  it('throws in the root zone and in zones forked outside tasks, so no write lands where other tasks read', async () => {
    const perZone = new Local<{ user: string }>({
      discriminator: new ZoneDiscriminator(),
      requireTask: true,
    });
    // A task has run, as in an app whose task lost its zone at a native await (the
    // wording differs before any task has started, whatever order the specs run in).
    await spawn(() => 'an earlier task');
    const outside = Zone.root.fork({ name: 'outside any task' });
    expect(() => Zone.root.run(() => (perZone.user = 'written after a lost await'))).toThrowError(
      /^Local is task-scoped \(requireTask\), and it was used outside any task\./,
    );
    expect(() => outside.run(() => perZone.user)).toThrowError(/used outside any task/);
    const seen = await spawn(function* () {
      perZone.user = 'ann';
      yield Promise.resolve();
      return perZone.user;
    });
    expect(seen).toBe('ann');
  });
});

describe('requireTask with TaskDiscriminator({ zone })', () => {
  it('says the task is outside the tracked zone, naming it, rather than outside any task', async () => {
    const tracked = Zone.current.fork({ name: 'tracked' });
    const local = new Local({ discriminator: new TaskDiscriminator({ zone: tracked }), requireTask: true });
    const failure = await spawn(() => local.value, { name: 'elsewhere' }).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(
      /^Local is task-scoped \(requireTask\), and it was used in task "elsewhere", which its TaskDiscriminator does not track: with \{ zone \}, only tasks spawned inside that zone count\./,
    );
    expect(await spawn(() => (local.value = 1), { zone: tracked })).toBe(1);
  });
});
