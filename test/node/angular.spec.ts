import { NgZone } from '@angular/core';
import { currentTask, Local, runInZone, spawn, TaskVar } from '../../src/index.js';
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

  it('runs a generator task spawned into the Angular zone from outside it with no more change detections than a promise chain', async () => {
    const ngZone = new NgZone({ enableLongStackTrace: false });
    const angularZone = ngZone.run(() => Zone.current);
    const outside = Zone.root.fork({ name: 'outside' });
    const detections = async (work: () => PromiseLike<unknown>): Promise<number> => {
      await sleep(5);
      let count = 0;
      const subscription = ngZone.onMicrotaskEmpty.subscribe(() => count++);
      await outside.run(work);
      await sleep(5);
      subscription.unsubscribe();
      return count;
    };
    const viaGenerator = await detections(() =>
      spawn(
        function* () {
          for (let i = 0; i < 20; i++) yield Promise.resolve(i);
        },
        { zone: angularZone },
      ),
    );
    const viaPromiseChain = await detections(() =>
      spawn(
        () => {
          let chain = Promise.resolve(0);
          for (let i = 0; i < 20; i++) chain = chain.then(() => i);
          return chain;
        },
        { zone: angularZone },
      ),
    );
    expect(viaGenerator).toBeLessThanOrEqual(viaPromiseChain);
  });

  it('runs work outside Angular as part of the task with runInZone, and back inside again', async () => {
    const ngZone = new NgZone({ enableLongStackTrace: false });
    const outside = ngZone.runOutsideAngular(() => Zone.current);
    const inside = ngZone.run(() => Zone.current);
    const action = new Local<{ name: string }>();
    const user = new TaskVar<string>();
    const seen = await ngZone.run(() =>
      spawn(function* () {
        action.name = 'save';
        user.set('ann');
        const task = currentTask();
        const out: unknown = yield new Promise((resolve) =>
          runInZone(outside, () =>
            setTimeout(
              () => resolve([NgZone.isInAngularZone(), action.name, user.get(), currentTask() === task]),
              1,
            ),
          ),
        );
        const back: unknown = yield new Promise((resolve) =>
          runInZone(outside, () =>
            runInZone(inside, () =>
              setTimeout(() => resolve([NgZone.isInAngularZone(), action.name, user.get()]), 1),
            ),
          ),
        );
        return [out, back];
      }),
    );
    expect(seen).toEqual([
      [false, 'save', 'ann', true],
      [true, 'save', 'ann'],
    ]);
  });

  it('leaves the task when the same work uses ngZone.runOutsideAngular directly (what runInZone is for)', async () => {
    const ngZone = new NgZone({ enableLongStackTrace: false });
    const action = new Local<{ name: string }>();
    const seen = await ngZone.run(() =>
      spawn(function* () {
        action.name = 'save';
        return yield new Promise((resolve) =>
          ngZone.runOutsideAngular(() => setTimeout(() => resolve(action.name), 1)),
        );
      }),
    );
    expect(seen).toBeUndefined();
  });
});
