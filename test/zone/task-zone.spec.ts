import { currentTask, Local, spawn, Task, TaskVar } from '../../src/index.js';
import { sleep, zoneName } from '../helpers.js';

// What spawn and currentTask do with zones; these need the zone engine.
describe('spawn with zones', () => {
  it('runs the function in a zone forked for the task from the current zone', async () => {
    const parent = Zone.current.fork({ name: 'parent' });
    const task: Task<Zone> = parent.run(() => spawn(() => Zone.current));
    const zone = await task;
    expect(zone).toBe(task.zone as Zone);
    expect(zone.parent).toBe(parent);
  });
  it('forks from options.zone when given', async () => {
    const other = Zone.root.fork({ name: 'other' });
    const task = spawn(() => Zone.current.parent, { zone: other });
    expect(await task).toBe(other);
  });
  it('names the task zone after the task', async () => {
    expect(await spawn(zoneName, { name: 'job' })).toBe('tasklocal task job');
  });

  it('explains a zone option that is not a zone', () => {
    expect(() => spawn(() => 1, { zone: {} as never })).toThrowError(
      TypeError,
      /option zone must be a zone\.js Zone/,
    );
  });
});

describe('currentTask with zones', () => {
  it('is the innermost running task, also in zones forked inside it and after hops', async () => {
    const outer = spawn(async () => {
      const self = currentTask();
      const inner = spawn(() => [currentTask()]);
      const forked = Zone.current.fork({ name: 'inside' }).run(() => currentTask());
      await sleep(1);
      return [self, (await inner)[0], forked, currentTask(), inner];
    });
    const [self, innerSeen, forked, afterHop, inner] = await outer;
    expect(self).toBe(outer);
    expect(innerSeen).toBe(inner);
    expect(forked).toBe(outer);
    expect(afterHop).toBe(outer);
  });
});

describe('the read caches of tasks on zones', () => {
  it('schedule nothing in the zone a task runs in: an Angular zone would see their release as work', async () => {
    const local = new Local();
    const variable = new TaskVar<number>();
    const scheduled: string[] = [];
    const app = Zone.current.fork({
      name: 'app',
      onScheduleTask(delegate, current, target, task) {
        scheduled.push(task.source);
        return delegate.scheduleTask(target, task);
      },
    });
    await spawn(
      function* () {
        local.x = 1;
        variable.set(1);
        void [local.x, variable.get()]; // fills the read caches
        yield sleep(0);
        return local.x;
      },
      { zone: app },
    );
    // Only what the task itself scheduled: its timer and the promise jobs of its steps.
    expect(scheduled.filter((source) => source !== 'setTimeout' && source !== 'Promise.then')).toEqual([]);
  });
});
