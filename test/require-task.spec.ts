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

  it('names the likely causes that fit the engine and the platform, listeners included', () => {
    const request = new Local({ requireTask: true });
    const inNode =
      typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
      'string';
    const cause = {
      zone: inNode
        ? /native `await`.*bundler plugin.*Snapshot\.wrap.*Node's EventTarget, AbortSignal or MessagePort/
        : /native `await`.*bundler plugin.*Snapshot\.wrap\)\.$/,
      'async-local-storage':
        /EventEmitter, EventTarget and AbortSignal listeners run in the context of the code that emits or dispatches, and MessagePort listeners in the context that created the port.*Snapshot\.wrap/,
      standalone: /native `await`.*bundler plugin.*event listener.*Snapshot\.wrap/,
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

  it('is set on a subclass with static requireTask, which can be made outside any task: its constructor runs in each task', async () => {
    let constructions = 0;
    class RequestState extends Local {
      static requireTask = true;
      user = 'anonymous';
      visits: number;
      constructor() {
        super();
        this.visits = 0;
        this.visits++;
        constructions++;
      }
    }
    const state = new RequestState(); // at module level, as services are made
    const seen = await Promise.all([
      spawn(() => [state.user, state.visits, (state.user = 'ann')]),
      spawn(() => [state.user, state.visits]),
    ]);
    expect(seen).toEqual([
      ['anonymous', 1, 'ann'],
      ['anonymous', 1],
    ]);
    expect(constructions).toBe(3);
    expect(() => state.user).toThrowError(/^RequestState is task-scoped/);
    expect(() => (state.user = 'leak')).toThrowError(/^RequestState is task-scoped/);
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
