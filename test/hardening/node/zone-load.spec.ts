// zone.js missing, or loaded twice, in a fresh Node process each time: the
// spec process itself already has zone.js, once.
import { execFile } from 'node:child_process';

/** Runs a fixture with Node from the repository root and parses the JSON line it prints. */
function runFixture(file: string, ...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [`test/hardening/fixtures/${file}`, ...args], (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!));
    });
  });
}

describe('dist/tasklocal.cjs required without zone.js, with the zone engine forced', () => {
  it('fails its first use with an error that says how to load zone.js in a browser and in Node, then works once it is loaded', async () => {
    const report = await runFixture('without-zone.cjs');
    const howToLoad =
      /^Error: tasklocal needs zone\.js, and no global Zone was found\. In a browser, load zone\.js .*<script> tag.*In Node, `import 'zone\.js\/node'` \(or `require\('zone\.js\/node'\)`\)/;
    expect(report.firstAccess).toMatch(howToLoad);
    expect(report.spawn).toMatch(howToLoad);
    expect(report.currentTask).toMatch(howToLoad);
    expect(report.force).toMatch(howToLoad);
    expect(report.afterLoadingZone).toBe('ann');
    expect(report.engine).toBe('zone');
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
