// The run-time signal on the standalone engine: an async function that was
// not lowered (test/native-async.js stays native in this build), called from
// a task, reads a Local or TaskVar after its await, outside the task. The
// first such read is reported once on the console, naming the function; the
// look-alikes that are not escapes (a native promise from an API, code that
// runs outside tasks on purpose) say nothing.
import { Local, spawn, TaskVar } from '../../src/index.js';
import { rearmWarnings } from '../../src/tasks/native-async-warning.js';
import { sleep } from '../helpers.js';
import { itInDevelopment } from '../mode.js';
import { nativeAwaitsNative, nativeGetAfterHops, nativeReadAfterHops } from '../native-async.js';

/** The console warnings about code that left its task, as text. */
function escapeWarnings(warn: jasmine.Spy): string[] {
  return warn.calls
    .allArgs()
    .map(([text]) => String(text))
    .filter((text) => /outside any task, after a native await/.test(text));
}

/** The reports are a development aid; production builds leave them out. */
const itReports = itInDevelopment('production builds do not watch for escapes or warn about them');

describe('on the standalone engine, code that escaped lowering', () => {
  beforeEach(() => rearmWarnings());

  itReports(
    'is reported once, by name, when spawn(() => save(id)) runs an async function that was not lowered',
    async () => {
      const warn = spyOn(console, 'warn');
      const request = new Local();
      await Promise.all([
        spawn(() => nativeReadAfterHops(request, 'a')),
        spawn(() => nativeReadAfterHops(request, 'b')),
      ]);
      await spawn(() => nativeReadAfterHops(request, 'c'));
      const warnings = escapeWarnings(warn);
      expect(warnings.length).toBe(1);
      expect(warnings[0]).toMatch(/^tasklocal: nativeReadAfterHops read a Local or TaskVar outside any task/);
      expect(warnings[0]).toMatch(/bundler plugin/);
    },
  );

  itReports(
    'is reported, with the chain that awaited it, when lowered code in a task awaits an async function that was not lowered',
    async () => {
      const warn = spyOn(console, 'warn');
      const request = new Local();
      await spawn(async () => {
        await sleep(1);
        return nativeAwaitsNative(request, 'a');
      });
      expect(escapeWarnings(warn)).toEqual([
        jasmine.stringMatching(/^tasklocal: nativeReadAfterHops \(awaited by nativeAwaitsNative\) read/),
      ]);
    },
  );

  itReports('is reported for a TaskVar read after the escape, too', async () => {
    const warn = spyOn(console, 'warn');
    const user = new TaskVar<string>();
    await spawn(async () => {
      user.set('ann');
      return await nativeGetAfterHops(user);
    });
    expect(escapeWarnings(warn)).toEqual([jasmine.stringMatching(/^tasklocal: nativeGetAfterHops read/)]);
  });

  it('says nothing for a task awaiting a native promise from an API while code outside tasks reads Locals', async () => {
    const warn = spyOn(console, 'warn');
    const request = new Local();
    request.id = 'outside';
    const outsideReads: unknown[] = [];
    const timer = setInterval(() => outsideReads.push(request.id), 1);
    await Promise.all([
      spawn(() => new Promise((resolve) => setTimeout(resolve, 10))),
      spawn(async () => {
        request.id = 'task';
        await new Promise((resolve) => setTimeout(resolve, 10));
        return request.id;
      }),
    ]);
    clearInterval(timer);
    expect(outsideReads.length).toBeGreaterThan(0);
    expect(outsideReads.every((id) => id === 'outside')).toBe(true);
    expect(escapeWarnings(warn)).toEqual([]);
  });

  it('says nothing for an async function that was not lowered when it runs outside any task', async () => {
    const warn = spyOn(console, 'warn');
    const request = new Local();
    const pending = spawn(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(await nativeReadAfterHops(request, 'outside')).toBe('outside');
    await pending;
    expect(escapeWarnings(warn)).toEqual([]);
  });
});
