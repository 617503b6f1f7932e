// Locals and TaskVars are keys to per-task values, not data: copying one
// fails, saying what to copy instead, and copies nothing of any task.
import { Local, spawn, TaskVar } from '../src/index.js';

describe('copying a Local or a TaskVar (structuredClone, postMessage, JSON)', () => {
  it('fails for a TaskVar with a DataCloneError that says to send its value', async () => {
    const user = new TaskVar<string>({ name: 'user' });
    const attempts = await spawn(() => {
      user.set('secret-of-task-A');
      void user.get(); // the read cache now holds this task's value
      return [() => structuredClone(user), () => JSON.stringify(user), () => ({ ...user })].map(failure);
    });
    for (const error of attempts) {
      expect(error).toMatch(
        /^DataCloneError: A TaskVar cannot be copied \(structuredClone, postMessage, JSON, spread\): it is a key to per-task values\. Send its value instead: get\(\)\.$/,
      );
    }
  });

  it('fails for a TaskVar posted to a MessagePort, before anything is sent', () => {
    const { port1, port2 } = new MessageChannel();
    try {
      expect(failure(() => port1.postMessage(new TaskVar()))).toMatch(
        /^DataCloneError: A TaskVar cannot be copied/,
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
