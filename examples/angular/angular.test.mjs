// The example Angular app, built by the Angular CLI in a consumer project that
// installed the packed tarball, served on 127.0.0.1 and driven in headless
// Chromium. Four builds of the same app: zone.js in angular.json's polyfills
// (the supported setup), zoneless, zone.js imported in main.ts (the mistake
// the README warns about, kept as a control), and zoneless on tasklocal's
// standalone engine with the actions written as generator tasks.
// The callbacks handed to page.* run in the page, where document exists.
/* global document */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { withChromium } from '../../scripts/packaging/chromium.mjs';
import { makeAngularConsumer, ngBuild } from './consumer.mjs';
import { serveApp } from './server.mjs';

const ACTIONS = 20;
let consumer;
let consumerSeconds;
const builds = new Map();
const secondsSince = (start) => ((performance.now() - start) / 1000).toFixed(1);

before(() => {
  const start = performance.now();
  consumer = makeAngularConsumer();
  consumerSeconds = secondsSince(start);
});

after(() => {
  // The consumer lives in the packing's temporary directory; KEEP_CONSUMERS=1 keeps it for a look.
  if (consumer && !process.env.KEEP_CONSUMERS)
    fs.rmSync(path.dirname(consumer), { recursive: true, force: true });
});

/**
 * Builds `configuration` (undefined: the default) once, serves it, opens it in
 * Chromium and runs `use(page, server)`. How long the build took goes to the report.
 */
async function withApp(t, configuration, use) {
  if (!builds.has(configuration)) {
    const start = performance.now();
    builds.set(configuration, ngBuild(consumer, configuration));
    t.diagnostic(`ng build --configuration ${configuration ?? '(default)'}: ${secondsSince(start)} s`);
  }
  const server = await serveApp(builds.get(configuration));
  try {
    return await withChromium(async (browser) => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      await page.waitForFunction(() => document.querySelector('#ping')?.textContent !== 'waiting');
      const result = await use(page, server);
      assert.deepEqual(errors, [], 'the page threw');
      return result;
    });
  } finally {
    await server.close();
  }
}

/**
 * Clicks Save and Load ACTIONS times in one burst (one turn of the page's
 * event loop, so every action starts before any can resume), then waits until
 * no action is running.
 */
async function runBurst(page) {
  await page.evaluate((count) => {
    for (let i = 0; i < count; i++) document.querySelector(i % 3 === 1 ? '#load' : '#save').click();
  }, ACTIONS);
  await page.waitForFunction(
    (count) => {
      const sections = [...document.querySelectorAll('.action')];
      return sections.length === count && sections.every((section) => section.dataset.state !== 'running');
    },
    { timeout: 20_000 },
    ACTIONS,
  );
  return page.$$eval('.action', (sections) =>
    sections.map((section) => ({
      action: section.dataset.action,
      state: section.dataset.state,
      steps: [...section.querySelectorAll('li')].map((item) => item.textContent.trim()),
    })),
  );
}

/** The steps an action shows when every read saw that action's own task. */
function expectedSteps(action, actor) {
  const own = `(${action}, as ${actor})`;
  const server = `server saw ${action} for ${actor}`;
  return action.startsWith('load')
    ? [`started ${own}`, `loaded, ${server} ${own}`, `waited ${own}`, `logged, ${server} ${own}`]
    : [`started ${own}`, `loaded, ${server} ${own}`, `saved, ${server} ${own}`, `waited ${own}`];
}

const actorOf = (action) => `user ${action.split('#')[1]}`;

/**
 * Checks a burst's outcome: every action ran at the same time as the others,
 * showed only its own steps with its own values, and tagged each of its
 * requests with itself; the startup request carried no action.
 */
async function assertEachActionSawItsOwn(page, server, sections) {
  const mostAtOnce = await page.$eval('#most-at-once', (output) => output.textContent);
  assert.equal(mostAtOnce, String(ACTIONS), 'the actions did not all run at once');

  const crossed = sections.flatMap(({ action, steps }) =>
    steps.filter(
      (step) => !step.startsWith(`${action}:`) || !step.endsWith(`(${action}, as ${actorOf(action)})`),
    ),
  );
  assert.deepEqual(crossed, [], 'steps shown under another action, or with another action’s values');
  assert.deepEqual(
    sections,
    sections.map(({ action }) => ({
      action,
      state: 'done',
      steps: expectedSteps(action, actorOf(action)).map((step) => `${action}: ${step}`),
    })),
  );

  const fromActions = server.requests.filter((request) => request.for !== null);
  assert.equal(fromActions.length, ACTIONS * 2, 'every action makes two requests');
  const mistagged = fromActions.filter((r) => r.action !== r.for || r.actor !== actorOf(r.for));
  assert.deepEqual(mistagged, [], 'requests tagged with another action');
  // Each action counts its own requests, from 1.
  const numbers = sections.map(({ action }) =>
    fromActions.filter((r) => r.for === action).map((r) => r.number),
  );
  assert.deepEqual(
    numbers,
    sections.map(() => ['1', '2']),
  );
  assert.deepEqual(
    server.requests.find((request) => request.path === '/api/ping'),
    { method: 'GET', path: '/api/ping', for: null, action: null, actor: 'nobody', number: '1' },
  );
}

test('zone.js in polyfills: 20 concurrent async/await actions each see only their own state', async (t) => {
  t.diagnostic(`packing tasklocal and installing the consumer: ${consumerSeconds} s`);
  await withApp(t, undefined, async (page, server) => {
    const sections = await runBurst(page);
    await assertEachActionSawItsOwn(page, server, sections);

    // Change detection ran after every step: each count of visible steps was rendered once.
    const renders = await page.evaluate(() => globalThis.renders);
    const skipped = sections.flatMap(({ action }, index) =>
      [1, 2, 3, 4]
        .filter((count) => !renders.some((render) => render[index] === count))
        .map((count) => `${action} never rendered with ${count} steps`),
    );
    assert.deepEqual(skipped, []);
    await page.evaluate(() => globalThis.whenStable());
  });
});

test("runInZone: an action's timers outside Angular's zone and back inside keep its values; only the inside one is seen by Angular", async (t) => {
  await withApp(t, undefined, async (page) => {
    await page.click('#zones');
    await page.waitForFunction(() => document.querySelector('.action')?.dataset.state !== 'running');
    const steps = await page.$$eval('.action li', (items) => items.map((item) => item.textContent.trim()));
    const own = '(zones #1, as user 1)';
    const saw = 'saw zones #1 as user 1';
    assert.deepEqual(steps, [
      `zones #1: started ${own}`,
      `zones #1: outside, not in Angular, Angular turns meanwhile: 0, ${saw} ${own}`,
      `zones #1: back, in Angular, Angular turns meanwhile: 1, ${saw} ${own}`,
    ]);
  });
});

test('zoneless: the page works outside tasks, and starting an action explains how to load zone.js', async (t) => {
  await withApp(t, 'zoneless', async (page, server) => {
    assert.equal(await page.$eval('#ping', (output) => output.textContent), 'answered, no action for nobody');
    assert.deepEqual(server.requests, [
      { method: 'GET', path: '/api/ping', for: null, action: null, actor: 'nobody', number: '1' },
    ]);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#error').textContent !== '');
    // `ng build` is a production build: the message is the code whose README row says how to load
    // zone.js in a browser (TL109).
    const message = await page.$eval('#error', (paragraph) => paragraph.textContent);
    assert.match(
      message,
      /^tasklocal error TL109: see https:\/\/www\.npmjs\.com\/package\/tasklocal#error-codes$/,
    );
  });
});

test('control: zone.js imported in main.ts keeps native await, and every action loses its task at its first await', async (t) => {
  await withApp(t, 'zone-in-main', async (page) => {
    const sections = await runBurst(page);
    assert.deepEqual(
      sections.map(({ action, state, steps }) => ({ action, state, first: steps[0], count: steps.length })),
      sections.map(({ action }) => ({
        action,
        state: 'failed',
        first: `${action}: ${expectedSteps(action, actorOf(action))[0]}`,
        count: 2,
      })),
    );
    // The failure is tasklocal's own error for a requireTask Local read outside any task (TL331:
    // `ng build` is a production build, which gives the code).
    for (const { steps } of sections) assert.match(steps[1], /^failed: tasklocal error TL331: /);
  });
});

test('zoneless on the standalone engine: 20 concurrent generator actions each see only their own state', async (t) => {
  await withApp(t, 'zoneless-standalone', async (page, server) => {
    assert.equal(await page.evaluate(() => typeof globalThis.Zone), 'undefined', 'zone.js was loaded');
    assert.equal(await page.$eval('#ping', (output) => output.textContent), 'answered, no action for nobody');
    // Nothing but signals tells zoneless Angular to render: the steps shown come from them.
    const sections = await runBurst(page);
    assert.equal(
      await page.$eval('#error', (paragraph) => paragraph.textContent),
      '',
      'an action failed to start',
    );
    await assertEachActionSawItsOwn(page, server, sections);
  });
});

test('zoneless on the standalone engine: callbacks the browser calls run outside the action unless wrapped', async (t) => {
  await withApp(t, 'zoneless-standalone', async (page) => {
    await page.click('#limits');
    // Zoneless Angular renders the new section a little after the click, not during it.
    await page.waitForFunction(() =>
      ['done', 'failed'].includes(document.querySelector('.action')?.dataset.state),
    );
    const steps = await page.$$eval('.action li', (items) => items.map((item) => item.textContent.trim()));
    const own = '(limits #1, as user 1)';
    assert.deepEqual(steps, [
      `limits #1: started ${own}`,
      `limits #1: plain setTimeout callback saw no action as nobody ${own}`,
      `limits #1: Snapshot.wrap'd setTimeout callback saw limits #1 as user 1 ${own}`,
      `limits #1: code after a native await saw no action as nobody ${own}`,
    ]);
  });
});
