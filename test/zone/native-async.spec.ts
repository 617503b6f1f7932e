import { Local, Snapshot, spawn } from '../../src/index.js';
import { rearmWarnings } from '../../src/tasks/native-async-warning.js';
import { sleep } from '../helpers.js';
import { itInDevelopment } from '../mode.js';
import { nativeNoop, nativeTask, nativeTaskWithSnapshot } from '../native-async.js';

describe('native async/await', () => {
  it('loses the task after the first native await', async () => {
    const local = new Local();
    expect(await spawn(() => nativeTask(local))).toBeUndefined();
  });

  describe('warns once on the console, naming the fixes,', () => {
    beforeEach(() => rearmWarnings());
    /** The warnings are a development aid; production builds leave them out (the silent case below holds in both). */
    const itWarns = itInDevelopment('production builds do not warn about native async');

    itWarns('when spawn is given a native async function', async () => {
      const warn = spyOn(console, 'warn');
      await spawn(nativeNoop);
      await spawn(nativeNoop);
      const functionWarnings = warn.calls
        .allArgs()
        .filter(([text]) => /given a native async/.test(String(text)));
      expect(functionWarnings.length).toBe(1);
      expect(String(functionWarnings[0][0])).toMatch(
        /native async function \(nativeNoop\).*bundler plugin.*generator.*AsyncLocalStorage/,
      );
    });

    itWarns(
      "when a task function returns a native async function's promise, as spawn(() => handle(id)) does",
      async () => {
        const warn = spyOn(console, 'warn');
        await spawn(() => nativeNoop());
        await spawn(() => nativeNoop());
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.calls.argsFor(0)[0])).toMatch(/a task returned a native promise.*bundler plugin/);
      },
    );

    itWarns("when a generator task yields a native async function's promise", async () => {
      const warn = spyOn(console, 'warn');
      await spawn(function* () {
        yield nativeNoop();
        yield nativeNoop();
      });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.calls.argsFor(0)[0])).toMatch(/a task yielded a native promise.*bundler plugin/);
    });

    it('not for promise chains and generators that keep the task', async () => {
      const warn = spyOn(console, 'warn');
      await spawn(() => sleep(1).then(() => 'chained'));
      await spawn(function* () {
        yield sleep(1);
      });
      expect(warn).not.toHaveBeenCalled();
    });
  });

  it('keeps the task through a generator written in place of the async function', async () => {
    const local = new Local();
    const kept = await spawn(function* () {
      local.value = 'set before yield';
      yield sleep(1);
      return local.value;
    });
    expect(kept).toBe('set before yield');
  });

  it('gets back into the task after a native await through a Snapshot taken before it', async () => {
    const local = new Local();
    expect(await spawn(() => nativeTaskWithSnapshot(local, Snapshot))).toEqual([
      undefined,
      'set before await',
    ]);
  });
});
