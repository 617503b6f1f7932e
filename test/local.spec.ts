import { BaseDiscriminator, Local, spawn } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('Local', () => {
  it('reads undefined for an attribute the current task never set', async () => {
    const local = new Local();
    expect(await spawn(() => local.missing)).toBeUndefined();
  });

  it('keeps a separate value for every task, across timers and promise hops', async () => {
    const local = new Local();
    const run = (value: number) =>
      spawn(async () => {
        local.value = value;
        await sleep(value % 3);
        await hop();
        return local.value;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(run))).toEqual([1, 2, 3, 4, 5]);
  });

  it('shares one default storage among all code outside any task', () => {
    const local = new Local();
    local.outside = 'shared';
    expect(local.outside).toBe('shared');
    delete local.outside;
  });

  it('does not let a task see the default storage, or the default storage see a task', async () => {
    const local = new Local();
    local.where = 'outside';
    expect(await spawn(() => [local.where, (local.where = 'inside')][0])).toBeUndefined();
    expect(local.where).toBe('outside');
    delete local.where;
  });

  it('acts on the current task only for delete, in, Object.keys, spread and JSON.stringify', async () => {
    const local = new Local();
    const other = spawn(async () => {
      local.a = 'other';
      local.b = 'other';
      await sleep(5);
      return { keys: Object.keys(local), b: local.b };
    });
    const mine = await spawn(async () => {
      local.a = 1;
      local.b = 2;
      await hop();
      delete local.b;
      return {
        hasA: 'a' in local,
        hasB: 'b' in local,
        keys: Object.keys(local),
        spread: { ...local },
        json: JSON.stringify(local),
      };
    });
    expect(mine).toEqual({ hasA: true, hasB: false, keys: ['a'], spread: { a: 1 }, json: '{"a":1}' });
    expect(await other).toEqual({ keys: ['a', 'b'], b: 'other' });
  });

  it('starts a task spawned inside another task with empty storage (no inheritance)', async () => {
    const local = new Local();
    const inner = await spawn(() => {
      local.value = 'outer';
      return spawn(() => local.value);
    });
    expect(inner).toBeUndefined();
  });

  it("lets callbacks a task scheduled see its values after the task's result settled", async () => {
    const local = new Local();
    let later: Promise<unknown> = Promise.resolve();
    const result = await spawn(() => {
      local.value = 'still mine';
      later = sleep(5).then(() => local.value);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await later).toBe('still mine');
  });

  it('types its attributes when given a type', async () => {
    const local = new Local<{ user: string }>();
    const user: string | undefined = await spawn(() => {
      local.user = 'ann';
      // @ts-expect-error: usr is not an attribute of this Local
      local.usr = 'typo';
      return local.user;
    });
    expect(user).toBe('ann');
  });

  it('tracks whatever its discriminator says is current', () => {
    let session: object | null = { id: 1 };
    const sessionA = session;
    class SessionDiscriminator extends BaseDiscriminator {
      current() {
        return session;
      }
    }
    const local = new Local({ discriminator: new SessionDiscriminator() });
    local.user = 'ann';
    session = { id: 2 };
    expect(local.user).toBeUndefined();
    local.user = 'bob';
    session = sessionA;
    expect(local.user).toBe('ann');
    session = null;
    expect(local.user).toBeUndefined();
  });

  it('stores machinery names as ordinary per-task values', async () => {
    const local = new Local();
    const seen = await spawn(() => {
      const names: string[] = ['__proto__', 'constructor', 'toString', 'then'];
      local.__proto__ = { polluted: true };
      local[names[1]] = 'c';
      local[names[2]] = 't';
      local.then = 'not a thenable';
      return names.map((name) => local[name]);
    });
    expect(seen).toEqual([{ polluted: true }, 'c', 't', 'not a thenable']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(local)).toBe(Local.prototype);
    expect(await spawn(() => local.then)).toBeUndefined();
  });

  it('can be awaited and serialised in a task that set nothing', async () => {
    const local = new Local();
    const [awaited, json] = await spawn(async () => [await local, JSON.stringify(local)] as const);
    expect(awaited).toBe(local);
    expect(json).toBe('{}');
  });

  it('explains bad options and sets nothing up', () => {
    expect(() => new Local({ discriminatr: 1 } as never)).toThrowError(
      TypeError,
      /unknown option "discriminatr"/,
    );
    expect(() => new Local('foo' as never)).toThrowError(
      TypeError,
      /options must be a plain object.*subclass Local/,
    );
    expect(() => new Local({ discriminator: {} as never })).toThrowError(
      TypeError,
      /must be a discriminator/,
    );
  });
});
