// zone.js missing, or loaded twice, in a fresh Node process each time: the
// spec process itself already has zone.js, once.
import { runFixture } from './run-fixture.js';

describe('zone.js loaded after tasklocal was first used (dist/tasklocal.cjs, a fresh process)', () => {
  it('keeps three tasks apart when module-level code used a Local before zone.js was loaded', async () => {
    const report = await runFixture('without-zone.cjs');
    expect(report.topLevelWrite).toBe('no error');
    expect(report.currentTask).toBeNull();
    expect(report.ids).toEqual(['a', 'b', 'c']);
    expect(report.topLevelRead).toBe('batch');
    expect(report.engine).toBe('zone');
  });

  it('leaves nothing behind when a forced zone engine fails first, with a message for Node', async () => {
    const report = await runFixture('without-zone.cjs', 'force');
    expect(report.force).toMatch(
      /^Error: tasklocal needs zone\.js, and no global Zone was found\. `import 'zone\.js\/node'` \(or `require\('zone\.js\/node'\)`\) first in your entry file\.$/,
    );
    expect(report.ids).toEqual(['a', 'b', 'c']);
    expect(report.engine).toBe('zone');
  });

  it('refuses the next task, saying why, when tasks already ran on AsyncLocalStorage', async () => {
    const report = await runFixture('zone-after-tasks.cjs');
    expect(report.before).toBe('on AsyncLocalStorage');
    expect(report.engine).toBe('async-local-storage');
    expect(report.after).toMatch(
      /^Error: zone\.js was loaded after tasklocal started running tasks on AsyncLocalStorage\..*wrong task.*`import 'zone\.js\/node'` first in your entry file/,
    );
  });
});

describe('zone.js loaded twice in Node (the ESM build and the UMD bundle)', () => {
  for (const order of ['esm-first', 'umd-first']) {
    it(`keeps tasklocal working, live tasks included (${order})`, async () => {
      const report = await runFixture('zone-twice.mjs', order);
      expect(report.secondCopy).toMatch(/zone\.js[/\\]bundles[/\\]zone-node\.umd\.js$/);
      expect(report.secondLoad).toBe('no error');
      expect(report.sameZone).toBeTrue();
      expect(report.before).toEqual(['a', 'b']);
      expect(report.after).toEqual(['a', 'b']);
      expect(report.survivor).toBe('survivor');
    });
  }
});
