// A page that loads tasklocal's UMD bundle but not zone.js (a zoneless app):
// code outside any task works on the default storage, and whatever needs a
// task says how to load zone.js, in browser terms.

import { UMD } from '../mode.js';
import { inPage, PAGE_HELPERS } from './in-page.js';

const inPageWithoutZone = (script: string) => inPage([UMD], script);
const attempt = PAGE_HELPERS;

describe('tasklocal in a page without zone.js', () => {
  it('reads and writes outside any task on the default storage, and refuses spawn with browser advice', async () => {
    const report = await inPageWithoutZone(`${attempt}
      const { Local, TaskVar, spawn, useEngine } = TaskLocal;
      const prefs = new Local();
      const locale = new TaskVar({ defaultValue: 'en' });
      parent.postMessage({
        write: attempt(() => { prefs.theme = 'dark'; }),
        read: attempt(() => prefs.theme),
        taskVar: attempt(() => locale.get()),
        spawn: attempt(() => spawn(() => 1)),
        useAls: attempt(() => useEngine('async-local-storage')),
        readAfter: attempt(() => prefs.theme),
      }, '*');`);
    expect(report.write).toBe('no error');
    expect(report.read).toBe('dark');
    expect(report.taskVar).toBe('en');
    expect(report.spawn).toMatch(
      /^Error: tasklocal needs zone\.js in a browser, and no global Zone was found\. Load zone\.js before your code starts tasks: a <script> tag for zone\.js's bundle, `import 'zone\.js'` first in your entry file, or, in an Angular app, 'zone\.js' in angular\.json's polyfills \(not an import in main\.ts\)\.$/,
    );
    expect(String(report.useAls)).toMatch(
      /^Error: useEngine\('async-local-storage'\) is for Node: browsers have no AsyncLocalStorage\. tasklocal runs on zone\.js in a browser\. Load zone\.js/,
    );
    expect(String(report.spawn) + String(report.useAls)).not.toMatch(/Node 20|zone\.js\/node|process/);
    expect(report.readAfter).toBe('dark');
  });

  it('starts tasks once zone.js is loaded after tasklocal was used, keeping the default storage', async () => {
    const report = await inPageWithoutZone(`${attempt}
      const { Local, spawn } = TaskLocal;
      const local = new Local();
      local.mode = 'page';
      const zone = document.createElement('script');
      zone.src = '${location.origin}/base/node_modules/zone.js/bundles/zone.umd.js';
      zone.onload = () => {
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const run = (id) => spawn(function* () { local.id = id; yield sleep(1); return local.id; });
        Promise.all([run('a'), run('b')]).then((ids) => parent.postMessage({ ids, mode: local.mode }, '*'));
      };
      document.head.appendChild(zone);`);
    expect(report).toEqual({ ids: ['a', 'b'], mode: 'page' });
  });

  it('refuses spawn and a bad argument with short coded messages in the minified (production) UMD', async () => {
    const report = await inPage(
      ['dist/tasklocal.umd.min.js'],
      `${attempt}
      const { spawn, useEngine } = TaskLocal;
      parent.postMessage({
        spawn: attempt(() => spawn(() => 1)),
        useEngine: attempt(() => useEngine('fibers')),
      }, '*');`,
    );
    const see = ': see https://www.npmjs.com/package/tasklocal#error-codes';
    expect(report).toEqual({
      spawn: `Error: tasklocal error TL109${see}`,
      useEngine: `TypeError: tasklocal error TL103${see}`,
    });
  });
});
