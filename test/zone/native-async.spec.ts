import { Local, Snapshot, spawn } from '../../src/index.js';
import { sleep } from '../helpers.js';
import { nativeNoop, nativeTask, nativeTaskWithSnapshot } from '../native-async.js';

describe('native async/await', () => {
  it('loses the task after the first native await', async () => {
    const local = new Local();
    expect(await spawn(() => nativeTask(local))).toBeUndefined();
  });

  it('makes spawn warn once, naming both fixes, when given a native async function', async () => {
    const warn = spyOn(console, 'warn');
    await spawn(() => nativeNoop()); // the wrapper is no async function: no warning
    await spawn(nativeNoop);
    await spawn(nativeNoop);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.calls.argsFor(0)[0])).toMatch(
      /native async function \(nativeNoop\).*ES2015\/ES2016.*generator function/,
    );
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
