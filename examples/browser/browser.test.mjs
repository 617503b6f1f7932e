// Opens examples/browser/index.html in headless Chromium, starts both tasks
// with their buttons and checks that each panel shows only its own task.
// Needs `npm run build` first (the page loads dist/tasklocal.umd.min.js).
// The callbacks handed to page.* run in the page, where document exists.
/* global document */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withChromium } from '../../scripts/packaging/chromium.mjs';

const PAGE = new URL('index.html', import.meta.url).href;
const stepsOf = (name) => [1, 2, 3, 4].map((step) => `task ${name}: step ${step}`);

test('each of two concurrent tasks started by a button shows only its own steps', async () => {
  const panels = await withChromium(async (browser) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(PAGE);
    await page.click('#start-a');
    await page.click('#start-b');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.panel')].every(
          (panel) => panel.dataset.state !== 'running' && panel.dataset.state !== 'idle',
        ),
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, [], 'the page threw');
    // The check means something only if the tasks ran at the same time.
    const timeline = await page.evaluate(() => globalThis.timeline);
    assert.ok(
      timeline.indexOf('B1') < timeline.indexOf('A4'),
      `task B started after task A had finished, so nothing was shared: ${timeline.join(' ')}`,
    );
    return page.$$eval('.panel', (sections) =>
      sections.map((panel) => ({
        state: panel.dataset.state,
        count: panel.querySelector('.count').textContent,
        log: [...panel.querySelectorAll('.log li')].map((item) => item.textContent),
      })),
    );
  });
  assert.deepEqual(panels, [
    { state: 'done', count: '4', log: stepsOf('A') },
    { state: 'done', count: '4', log: stepsOf('B') },
  ]);
});
