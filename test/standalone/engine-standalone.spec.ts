// The standalone engine's own behaviour: what keeps a task (code tasklocal
// runs, including async functions lowered by its plugin) and what does not
// (callbacks it does not run), that it patches nothing, and that zone-only
// features say what they need.
import {
  coroutine,
  currentTask,
  engineName,
  Local,
  runInZone,
  Snapshot,
  spawn,
  TaskDiscriminator,
  TaskVar,
  standalone,
  useEngine,
  ZoneDiscriminator,
} from '../../src/index.js';
import { sleep } from '../helpers.js';
import { nativeTask } from '../native-async.js';
import { apisBefore, globalSymbolsBefore, schedulingApis } from './globals-before.js';

/** What `read` returns when `schedule` calls it back later. */
function later<T>(schedule: (callback: () => void) => void, read: () => T): Promise<T> {
  return new Promise((resolve) => schedule(() => resolve(read())));
}

describe('the standalone engine', () => {
  it('is the engine in use once chosen, without zone.js', () => {
    expect((globalThis as { Zone?: unknown }).Zone).toBeUndefined();
    expect(engineName()).toBe('standalone');
    expect(() => useEngine(standalone)).not.toThrow();
    expect(() => useEngine('zone')).toThrowError(/already runs on the standalone engine/);
  });

  it('keeps the task across the awaits of an async function lowered by the plugin', async () => {
    const request = new Local<{ id: string }>();
    const handle = async (id: string) => {
      request.id = id;
      await sleep(id === 'a' ? 3 : 1);
      await Promise.resolve();
      return `${request.id} in ${currentTask()?.name}`;
    };
    const results = await Promise.all([
      spawn(() => handle('a'), { name: 'A' }),
      spawn(() => handle('b'), { name: 'B' }),
    ]);
    expect(results).toEqual(['a in A', 'b in B']);
  });

  it('loses the task after a native await, which tasklocal does not resume', async () => {
    const local = new Local();
    // test/native-async.js is plain JavaScript that the plugin leaves native.
    expect(await spawn(() => nativeTask(local))).toBeUndefined();
  });

  it('runs timer and promise callbacks outside any task; Snapshot.wrap puts them back in it', async () => {
    const local = new Local();
    const seen = await spawn(
      async () => {
        local.id = 'task a';
        const read = () => [local.id, currentTask()?.name];
        return {
          timer: await later((callback) => setTimeout(callback), read),
          then: await later((callback) => void Promise.resolve().then(callback), read),
          wrappedTimer: await later((callback) => setTimeout(Snapshot.wrap(callback)), read),
          wrappedThen: await later((callback) => void Promise.resolve().then(Snapshot.wrap(callback)), read),
        };
      },
      { name: 'a' },
    );
    expect(seen).toEqual({
      timer: [undefined, undefined],
      then: [undefined, undefined],
      wrappedTimer: ['task a', 'a'],
      wrappedThen: ['task a', 'a'],
    });
  });

  it('keeps a TaskVar.run value in the scope and in coroutines started there, not in its callbacks', async () => {
    const user = new TaskVar<string>({ defaultValue: 'nobody' });
    const afterSleep = coroutine(function* () {
      yield sleep(1);
      return user.get();
    });
    const [inScope, inCoroutine, inTimer] = await user.run('ann', () =>
      Promise.all([
        user.get(),
        afterSleep(),
        later(
          (callback) => setTimeout(callback),
          () => user.get(),
        ),
      ]),
    );
    expect([inScope, inCoroutine, inTimer]).toEqual(['ann', 'ann', 'nobody']);
  });

  it('restores the outer context when a nested scope, a task or a snapshot throws', async () => {
    const user = new TaskVar<string>();
    let inOuterAfterThrow: unknown;
    expect(() =>
      user.run('outer', () => {
        try {
          user.run('inner', () => {
            throw new Error('inner failed');
          });
        } catch {
          inOuterAfterThrow = user.get();
        }
        throw new Error('outer failed');
      }),
    ).toThrowError('outer failed');
    expect(inOuterAfterThrow).toBe('outer');
    expect(user.get()).toBeUndefined();

    const failed = spawn(() => {
      throw new Error('sync part failed');
    });
    expect(currentTask()).toBeNull();
    await expectAsync(failed).toBeRejectedWithError('sync part failed');

    const inTask = await spawn(() => new Snapshot());
    expect(() =>
      inTask.run(() => {
        throw new Error('snapshot failed');
      }),
    ).toThrowError('snapshot failed');
    expect(currentTask()).toBeNull();
  });

  it('patches no global: the scheduling APIs are the ones the page had before tasklocal loaded', async () => {
    await spawn(async () => {
      new Local().id = 1;
      await sleep(1);
    });
    expect(schedulingApis()).toEqual(apisBefore);
    const added = Object.getOwnPropertySymbols(globalThis).filter(
      (key) => !globalSymbolsBefore.includes(key),
    );
    // The one registry all copies of tasklocal share: a non-enumerable symbol-keyed property, not an API.
    expect(added.map(String)).toEqual(['Symbol(tasklocal.realm)']);
  });

  it('refuses what needs zones, naming the standalone engine', () => {
    const noZone = /needs zone\.js.*standalone engine/;
    expect(() => spawn(() => 1).zone).toThrowError(
      /^Task\.zone needs zone\.js, and tasklocal runs on the standalone engine/,
    );
    expect(() => new Local({ discriminator: new ZoneDiscriminator() }).x).toThrowError(noZone);
    expect(() => runInZone({} as never, () => 1)).toThrowError(noZone);
    expect(() => spawn(() => 1, { zone: {} as never })).toThrowError(
      TypeError,
      /zone needs zone\.js.*standalone engine/,
    );
    expect(() => new TaskDiscriminator({ zone: {} as never })).toThrowError(
      /needs the zone engine.*standalone engine/,
    );
  });
});
