// Locals and TaskVars are keys to per-task values, not data: copying one
// fails, saying what to copy instead, and copies nothing of any task, while
// deep equality (a test framework's) still works on objects that hold one.
import { Local, spawn, TaskVar } from '../src/index.js';

describe('copying a Local or a TaskVar (structuredClone, postMessage, JSON)', () => {
  it('fails for a TaskVar with a DataCloneError that says to send its value', async () => {
    const user = new TaskVar<string>({ name: 'user' });
    const attempts = await spawn(() => {
      user.set('secret-of-task-A');
      void user.get(); // the read cache now holds this task's value
      return [() => structuredClone(user), () => JSON.stringify(user)].map(failure);
    });
    for (const error of attempts) {
      expect(error).toMatch(
        /^DataCloneError: (Failed to execute [^:]*: )?(Symbol\()?A TaskVar cannot be copied \(structuredClone, postMessage, JSON\): it is a key to per-task values\. Send its value instead: get\(\)\./,
      );
    }
  });

  it("copies none of a TaskVar's read cache into a spread", async () => {
    const user = new TaskVar<string>({ name: 'user' });
    const copy = await spawn(() => {
      user.set('secret-of-task-A');
      void user.get();
      return { ...user };
    });
    expect(Object.values(copy)).not.toContain('secret-of-task-A');
  });

  it('lets deep equality walk an object that holds a TaskVar, as test frameworks do', () => {
    const user = new TaskVar<string>({ name: 'user' });
    expect({ variable: user }).toEqual({ variable: user });
    expect(user).toBe(user);
  });

  it('fails for a TaskVar posted to a MessagePort, before anything is sent', () => {
    const { port1, port2 } = new MessageChannel();
    try {
      expect(failure(() => port1.postMessage(new TaskVar()))).toMatch(
        /^DataCloneError: (Failed to execute [^:]*: )?(Symbol\()?A TaskVar cannot be copied/,
      );
    } finally {
      port1.close();
      port2.close();
    }
  });

  it("fails for a Local with the platform's DataCloneError, naming no internal class", () => {
    class RequestState extends Local {}
    // V8 names the class (a browser says which call failed first), unless zone.js has patched Object.prototype.toString, which V8 then defers to.
    expect(failure(() => structuredClone(new Local()))).toMatch(
      /^DataCloneError: (.*: )?(#<Local>|\[object Object\]) could not be cloned\.$/,
    );
    expect(failure(() => structuredClone(new RequestState()))).toMatch(
      /^DataCloneError: (.*: )?(#<RequestState>|\[object Object\]) could not be cloned\.$/,
    );
  });
});

/** What `fn` throws, as "name: message". */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}
