// Runs the UserActionLog service in Node, inside a real NgZone: two concurrent
// user actions, each seeing only its own state, and Angular's onStable firing
// after both. Needs `npm run build` first (it imports 'tasklocal').
import 'zone.js/node';
import { NgZone } from '@angular/core';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserActionLog } from './user-action-log.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('two concurrent user actions each log only their own steps, inside the Angular zone', async () => {
  const log = new UserActionLog(new NgZone({ enableLongStackTrace: false }));
  const seenInAngular = [];
  function* steps(pauses) {
    for (const ms of pauses) {
      yield sleep(ms); // the other action runs meanwhile
      seenInAngular.push(NgZone.isInAngularZone());
      log.note(`after ${ms} ms, still ${log.currentAction}`);
    }
  }
  const [save, load] = await Promise.all([
    log.perform('save', () => steps([10, 10])),
    log.perform('load', () => steps([5, 5, 5])),
  ]);
  assert.deepEqual(save, ['save: after 10 ms, still save', 'save: after 10 ms, still save']);
  assert.deepEqual(load, [
    'load: after 5 ms, still load',
    'load: after 5 ms, still load',
    'load: after 5 ms, still load',
  ]);
  assert.deepEqual(seenInAngular, [true, true, true, true, true]);
  assert.equal(log.currentAction, undefined, 'outside the actions there is no current action');
});

test("Angular's onStable fires after both actions finished", async () => {
  const ngZone = new NgZone({ enableLongStackTrace: false });
  const log = new UserActionLog(ngZone);
  const events = [];
  const stableAfterBoth = new Promise((resolve) => {
    ngZone.onStable.subscribe(() => {
      events.push('stable');
      if (events.includes('save done') && events.includes('load done')) resolve();
    });
  });
  const action = (name, ms) =>
    log.perform(name, function* () {
      yield sleep(ms);
      log.note('work');
      events.push(`${name} done`);
    });
  action('save', 10);
  action('load', 5);
  await stableAfterBoth;
  assert.ok(events.lastIndexOf('stable') > events.indexOf('save done'), events.join(', '));
  assert.ok(events.lastIndexOf('stable') > events.indexOf('load done'), events.join(', '));
  assert.equal(ngZone.hasPendingMacrotasks, false);
});

test('a note outside any action names the fix', () => {
  const log = new UserActionLog(new NgZone({ enableLongStackTrace: false }));
  assert.throws(() => log.note('stray'), /outside an action: start one with perform\(\)/);
});
