// Releasing per-task resources once a task is done: the seed's
// discriminator.dispose(handler), and Task.whenDone underneath it.
import { BaseDiscriminator, spawn, TaskDiscriminator, type Task } from '../src/index.js';
import { hop, sleep } from './helpers.js';

/** A task that runs until `release()` is called, registering `onStart` first. */
function held(name: string, onStart: () => void) {
  let release!: () => void;
  const task = spawn(
    function* () {
      onStart();
      yield new Promise<void>((resolve) => (release = resolve));
      return name;
    },
    { name },
  );
  return { task, release: () => release() };
}

describe('TaskDiscriminator.dispose(handler), as in the seed', () => {
  it('calls each of two tasks’ handler once, when that task completes, with the task', async () => {
    const discriminator = new TaskDiscriminator();
    const disposed: Task[] = [];
    const a = held('a', () => discriminator.dispose((task) => disposed.push(task)));
    const b = held('b', () => discriminator.dispose((task) => disposed.push(task)));
    await hop();
    expect(disposed).toEqual([]);
    b.release();
    await b.task;
    await hop();
    expect(disposed).toEqual([b.task]);
    a.release();
    await a.task;
    await hop();
    expect(disposed).toEqual([b.task, a.task]);
  });

  it('throws outside any task, and a discriminator that cannot tell says so', () => {
    expect(() => new TaskDiscriminator().dispose(() => undefined)).toThrowError(/outside any task/);
    class SessionDiscriminator extends BaseDiscriminator {
      current() {
        return null;
      }
    }
    expect(() => new SessionDiscriminator().dispose(() => undefined)).toThrowError(
      /^SessionDiscriminator cannot tell when the objects it tracks are done with; implement dispose\(handler\)/,
    );
  });
});

describe('task.whenDone(handler)', () => {
  it('runs once a task fails too, and at once (in a microtask) for a task already settled', async () => {
    const seen: string[] = [];
    const failing = spawn(function* () {
      yield hop();
      throw new Error('no');
    });
    failing.whenDone((task) => seen.push(`failed: ${task.state}`));
    await expectAsync(failing).toBeRejected();
    await hop();
    const done = spawn(() => 1);
    done.whenDone((task) => seen.push(`done: ${task.state}`));
    expect(seen).toEqual(['failed: rejected']);
    await hop();
    expect(seen).toEqual(['failed: rejected', 'done: fulfilled']);
  });

  it('runs for a task whose function returns a promise, fulfilled or rejected, as dispose does inside it', async () => {
    const seen: string[] = [];
    const discriminator = new TaskDiscriminator();
    let finish!: () => void;
    const running = spawn(() => new Promise<void>((resolve) => (finish = resolve)));
    running.whenDone((task) => seen.push(`running: ${task.state}`));
    const failing = spawn(() => {
      discriminator.dispose((task) => seen.push(`failing: ${task.state}`));
      return hop().then(() => {
        throw new Error('no');
      });
    });
    await expectAsync(failing).toBeRejected();
    await hop();
    expect(seen).toEqual(['failing: rejected']);
    finish();
    await running;
    await hop();
    expect(seen).toEqual(['failing: rejected', 'running: fulfilled']);
    const settled = spawn(() => hop().then(() => 'done'));
    await sleep(1); // nobody awaited it
    settled.whenDone((task) => seen.push(`settled: ${task.state}`));
    expect(seen.length).toBe(2);
    await hop();
    expect(seen).toEqual(['failing: rejected', 'running: fulfilled', 'settled: fulfilled']);
  });
});
