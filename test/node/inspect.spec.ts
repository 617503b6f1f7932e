// What console.log shows of a Local and a Task in Node.
import { inspect } from 'node:util';
import { Local, spawn, TaskDiscriminator, TaskVar } from '../../src/index.js';

describe("Node's console.log and util.inspect", () => {
  it("show a Local's class and the current task's attributes", async () => {
    class RequestState extends Local {
      user = 'anonymous';
    }
    const state = new RequestState();
    const plain = new Local();
    const seen = await spawn(() => {
      state.user = 'ann';
      plain.id = 'r-1';
      return [inspect(state), inspect(plain)];
    });
    expect(seen).toEqual(["RequestState { user: 'ann' }", "Local { id: 'r-1' }"]);
    expect(inspect(state)).toBe("RequestState { user: 'anonymous' }");
  });

  it('say a task-scoped Local is used outside any task instead of throwing', () => {
    expect(inspect(new Local({ requireTask: true }))).toBe('Local [task-scoped, used outside any task]');
  });

  it("show a Task's name and state", async () => {
    let finish!: () => void;
    const task = spawn(() => new Promise<void>((resolve) => (finish = resolve)), { name: 'job' });
    expect(inspect(task)).toBe("Task { name: 'job', state: 'pending' }");
    finish();
    await task;
    expect(inspect(task)).toBe("Task { name: 'job', state: 'fulfilled' }");
  });

  it("show a TaskVar's name and the current task's value, never another task's", async () => {
    const secret = new TaskVar<string>({ name: 'secret', defaultValue: 'none' });
    const discriminator = new TaskDiscriminator();
    const local = new Local({ discriminator });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const a = spawn(function* () {
      secret.set('secret-of-task-A');
      local.secret = 'secret-of-task-A';
      void [secret.get(), local.secret, discriminator.current()]; // the read caches now hold task A
      yield gate;
    });
    const shown = await spawn(() => [inspect(secret), inspect(discriminator), inspect(local)]);
    release();
    await a;
    expect(shown).toEqual(["TaskVar { name: 'secret', value: 'none' }", 'TaskDiscriminator {}', 'Local {}']);
    expect(inspect(new TaskVar({ requireTask: true }))).toBe(
      'TaskVar { value: [task-scoped, used outside any task] }',
    );
  });
});
