// requireTask: request- and action-scoped state that must never fall back to
// the shared default storage. Outside a task, any use throws.
import { engineName, Local, spawn, TaskVar } from '../src/index.js';
import { sleep } from './helpers.js';

const OUTSIDE =
  /is task-scoped \(requireTask\), and it was used outside any task\. Start the work with spawn\(\)\./;

describe('Local({ requireTask: true })', () => {
  it('throws on a read, a write, in and Object.keys outside any task, naming the Local', () => {
    const request = new Local<{ id: string }>({ requireTask: true });
    expect(() => request.id).toThrowError(Error, /^Local is task-scoped/);
    expect(() => (request.id = 'r-1')).toThrowError(OUTSIDE);
    expect(() => 'id' in request).toThrowError(OUTSIDE);
    expect(() => Object.keys(request)).toThrowError(OUTSIDE);
  });

  it('names the likely cause that fits the engine', () => {
    const request = new Local({ requireTask: true });
    const cause = {
      zone: /native `await`.*bundler plugin.*Snapshot\.wrap/,
      'async-local-storage': /EventEmitter listener.*Snapshot\.wrap/,
      standalone: /native `await`.*bundler plugin.*DOM listener.*Snapshot\.wrap/,
    }[engineName()];
    expect(() => request.id).toThrowError(cause);
  });

  it('works as usual inside tasks, each task with its own values', async () => {
    const request = new Local<{ id: string }>({ requireTask: true });
    const handle = (id: string) =>
      spawn(function* () {
        request.id = id;
        yield sleep(1);
        return request.id;
      });
    expect(await Promise.all([handle('a'), handle('b')])).toEqual(['a', 'b']);
  });

  it('is set on a subclass with static requireTask, and the subclass is named', async () => {
    class RequestState extends Local {
      static requireTask = true;
      user = 'anonymous';
    }
    expect(() => new RequestState()).toThrowError(/^RequestState is task-scoped/);
    const state = await spawn(() => new RequestState());
    expect(() => state.user).toThrowError(/^RequestState is task-scoped/);
    expect(await spawn(() => state.user)).toBe('anonymous');
  });

  it('refuses a requireTask option that is not a boolean', () => {
    expect(() => new Local({ requireTask: 'yes' as never })).toThrowError(
      TypeError,
      /requireTask must be true or false/,
    );
  });
});

describe('TaskVar({ requireTask: true })', () => {
  it('throws on get and set outside any task, and works inside tasks and run scopes', async () => {
    const requestId = new TaskVar<string>({ name: 'requestId', requireTask: true });
    expect(() => requestId.get()).toThrowError(/^TaskVar requestId is task-scoped \(requireTask\)/);
    expect(() => requestId.set('x')).toThrowError(OUTSIDE);
    expect(requestId.run('r-0', () => requestId.get())).toBe('r-0');
    expect(await spawn(() => (requestId.set('r-1'), requestId.get()))).toBe('r-1');
  });
});
