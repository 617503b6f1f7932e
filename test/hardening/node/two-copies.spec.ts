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
      /^Error: Two copies of tasklocal that cannot share tasks are loaded: 0\.0\.1 first, then \d+\.\d+\.\d+\. .*`npm ls tasklocal`.*`npm dedupe`/,
    );
  });
});
