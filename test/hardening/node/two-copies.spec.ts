// Two copies of tasklocal in one process (an app imports it, a dependency
// requires it) share one engine and see the same tasks.
import { runFixture } from './run-fixture.js';

describe('two copies of tasklocal in one process (ESM imported, CJS required)', () => {
  it('share the AsyncLocalStorage engine: a Local of one sees the tasks the other spawns', async () => {
    const report = await runFixture('two-copies.mjs');
    expect(report.seen).toEqual([
      ['a', 'user-a', 'a', 'a'],
      ['b', 'user-b', 'b', 'b'],
    ]);
    expect(report.engines).toEqual(['async-local-storage', 'async-local-storage']);
  });

  it('refuse to load next to a copy that cannot share tasks, naming both versions and the fix', async () => {
    const report = await runFixture('two-copies.mjs', 'mismatch');
    expect(report.load).toMatch(
      /^Error: Two copies of tasklocal that cannot share tasks are loaded: 0\.0\.1 first, then \d+\.\d+\.\d+(?:-[\w.]+)?\. .*`npm ls tasklocal`.*`npm dedupe`/,
    );
  });

  it('refuse to load next to 0.2.0, whose registry has another shape, with the same message', async () => {
    const report = await runFixture('two-copies.mjs', 'older');
    expect(report.load).toMatch(
      /^Error: Two copies of tasklocal that cannot share tasks are loaded: 0\.2\.0 first, then \d+\.\d+\.\d+(?:-[\w.]+)?\. /,
    );
  });

  it('say, when globalThis is frozen, that the registry cannot be made there and to load tasklocal first', async () => {
    const report = await runFixture('two-copies.mjs', 'frozen');
    expect(report.load).toMatch(
      /^Error: tasklocal could not create tasklocal's registry, globalThis\[Symbol\.for\('tasklocal\.realm'\)\]: globalThis is frozen\. Load tasklocal before locking it down/,
    );
  });

  it('say, when something else holds the symbol, what it holds and what to do', async () => {
    const report = await runFixture('two-copies.mjs', 'foreign');
    expect(report.load).toMatch(
      /^Error: tasklocal's registry, globalThis\[Symbol\.for\('tasklocal\.realm'\)\] holds the string "a registry of something else", put there by other code: make that code use a symbol of its own\.$/,
    );
  });
});
