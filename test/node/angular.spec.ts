import { NgZone } from '@angular/core';
import { Local, spawn } from '../../src/index.js';
import { sleep } from '../helpers.js';

describe("inside Angular's NgZone", () => {
  it('keeps a task spawned in ngZone.run() inside the Angular zone, with its own values', async () => {
    const ngZone = new NgZone({ enableLongStackTrace: false });
    const local = new Local();
    const task = ngZone.run(() =>
      spawn(async () => {
        local.user = 'ann';
        await sleep(1);
        return [NgZone.isInAngularZone(), local.user];
      }),
    );
    expect(await task).toEqual([true, 'ann']);
  });

  it("lets Angular see the task's work finish: onStable fires after it", async () => {
    const ngZone = new NgZone({ enableLongStackTrace: false });
    const events: string[] = [];
    const stable = new Promise<void>((resolve) =>
      ngZone.onStable.subscribe(() => {
        if (events.includes('task done')) resolve();
      }),
    );
    ngZone.run(() =>
      spawn(function* () {
        yield sleep(5);
        yield sleep(5);
        events.push('task done');
      }),
    );
    ngZone.onStable.subscribe(() => events.push('stable'));
    await stable;
    expect(events.indexOf('task done')).toBeGreaterThanOrEqual(0);
    expect(events.lastIndexOf('stable')).toBeGreaterThan(events.indexOf('task done'));
    expect(ngZone.hasPendingMacrotasks).toBeFalse();
  });
});
