// On AsyncLocalStorage a native await keeps the task, so there is no escape
// to report: the warnings that the zone and standalone engines give for
// async functions that were not lowered stay silent here.
import { Local, spawn } from '../../src/index.js';
import { rearmWarnings } from '../../src/tasks/native-async-warning.js';
import { nativeAwaitsNative, nativeNoop, nativeReadAfterHops } from '../native-async.js';

describe('native async/await on the AsyncLocalStorage engine', () => {
  beforeEach(() => rearmWarnings());

  it('keeps the task in spawn(() => save(id)) and through a chain of native awaits, and warns about none of it', async () => {
    const warn = spyOn(console, 'warn');
    const request = new Local();
    const reads = await Promise.all([
      spawn(() => nativeReadAfterHops(request, 'a')),
      spawn(() => nativeAwaitsNative(request, 'b')),
      spawn(nativeNoop).then(() => 'c'),
    ]);
    expect(reads).toEqual(['a', 'b', 'c']);
    expect(warn).not.toHaveBeenCalled();
  });
});
