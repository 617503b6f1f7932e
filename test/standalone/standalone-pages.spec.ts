// Fresh pages that load tasklocal's UMD bundle, with or without zone.js: the
// standalone engine is used only when chosen, and with zone.js loaded it
// still does not use zones.
import { inPage, PAGE_HELPERS } from '../browser/in-page.js';
import { UMD } from '../mode.js';
import { textMatching } from '../production-messages.js';

const ZONE = 'node_modules/zone.js/bundles/zone.umd.js';
const helpers = PAGE_HELPERS;

describe('a page on the standalone engine', () => {
  it('is standalone only when chosen: without the choice, spawn still asks for zone.js', async () => {
    const report = await inPage(
      [UMD],
      `${helpers}
      const { Local, spawn, standalone, useEngine, engineName } = TaskLocal;
      const local = new Local();
      const before = attempt(() => spawn(() => 1));
      useEngine(standalone);
      const run = (id) => spawn(function* () { local.id = id; yield sleep(2); return local.id; });
      Promise.all([run('a'), run('b')]).then((ids) => parent.postMessage({ before, ids, engine: engineName() }, '*'));`,
    );
    expect(report.before).toMatch(/^Error: tasklocal needs zone\.js in a browser/);
    expect(report.ids).toEqual(['a', 'b']);
    expect(report.engine).toBe('standalone');
  });

  it('may be chosen with zone.js loaded, and then does not use zones', async () => {
    const report = await inPage(
      [ZONE, UMD],
      `${helpers}
      const { Local, spawn, standalone, useEngine, engineName, currentTask } = TaskLocal;
      useEngine(standalone);
      const local = new Local();
      const task = spawn(function* () {
        local.id = 'a';
        const zone = Zone.current.name;
        // zone.js carries its zones into the timer, but this engine keeps no task there.
        const inTimer = yield new Promise((resolve) => setTimeout(() => resolve(currentTask() === null ? 'no task' : 'task')));
        return { zone, inTimer, after: local.id };
      });
      task.then((result) => parent.postMessage({ ...result, engine: engineName(), zoneOfTask: attempt(() => task.zone) }, '*'));`,
    );
    expect(report).toEqual({
      zone: '<root>',
      inTimer: 'no task',
      after: 'a',
      engine: 'standalone',
      zoneOfTask: textMatching(
        /^Error: Task\.zone needs zone\.js, and tasklocal runs on the standalone engine/,
      ),
    });
  });

  it('keeps one current task for every copy of tasklocal in the page', async () => {
    // The bundle twice, as when an app and a dependency each bring a copy: the first copy is kept aside.
    const report = await inPage(
      [UMD],
      `${helpers}
      const first = TaskLocal;
      first.useEngine(first.standalone);
      const local = new first.Local();
      const second = document.createElement('script');
      second.src = '${location.origin}/base/${UMD}';
      second.onload = () => {
        const { spawn, currentTask, engineName } = TaskLocal;
        const run = (id) =>
          spawn(function* () {
            local.id = id;
            yield sleep(id === 'a' ? 3 : 1);
            return [local.id, first.currentTask() === currentTask() && currentTask() !== null];
          });
        Promise.all([run('a'), run('b')]).then((results) =>
          parent.postMessage({ twoCopies: first !== TaskLocal, engine: engineName(), results }, '*'));
      };
      document.head.appendChild(second);`,
    );
    expect(report).toEqual({
      twoCopies: true,
      engine: 'standalone',
      results: [
        ['a', true],
        ['b', true],
      ],
    });
  });

  it('cannot be chosen once tasks run on zones, so the two never mix', async () => {
    const report = await inPage(
      [ZONE, UMD],
      `${helpers}
      const { spawn, standalone, useEngine } = TaskLocal;
      spawn(() => 1);
      parent.postMessage({ choice: attempt(() => useEngine(standalone)) }, '*');`,
    );
    expect(report.choice).toMatch(/^Error: tasklocal already runs on the zone engine/);
  });
});
