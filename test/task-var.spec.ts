import { spawn, TaskVar } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('TaskVar', () => {
  it('reads its default until set, and undefined without a default', () => {
    expect(new TaskVar<string>({ name: 'user', defaultValue: 'anonymous' }).get()).toBe('anonymous');
    expect(new TaskVar<string>().get()).toBeUndefined();
  });

  it('keeps a value set in a task to that task, across hops', async () => {
    const user = new TaskVar<string>({ name: 'user', defaultValue: 'anonymous' });
    const run = (name: string) =>
      spawn(async () => {
        user.set(name);
        await sleep(1);
        await hop();
        return user.get();
      });
    expect(await Promise.all([run('ann'), run('bob')])).toEqual(['ann', 'bob']);
    expect(user.get()).toBe('anonymous');
  });

  it('resets to the value before the set, or to no value at all', async () => {
    const level = new TaskVar<number>({ defaultValue: 0 });
    const seen = await spawn(() => {
      const first = level.set(1);
      const second = level.set(2);
      const values = [level.get()];
      level.reset(second);
      values.push(level.get());
      level.reset(first);
      values.push(level.get());
      return values;
    });
    expect(seen).toEqual([2, 1, 0]);
  });

  it('refuses a used token, a token of another TaskVar and a token made in another task, saying which', async () => {
    const a = new TaskVar<number>({ name: 'a' });
    const b = new TaskVar<number>({ name: 'b' });
    await spawn(async () => {
      const token = a.set(1);
      expect(() => b.reset(token as never)).toThrowError(
        /TaskVar b\.reset\(\) got a token from another TaskVar, TaskVar a/,
      );
      a.reset(token);
      expect(() => a.reset(token)).toThrowError(/already used/);
      const mine = a.set(2);
      const elsewhere = await spawn(() => {
        try {
          a.reset(mine);
          return 'reset';
        } catch (error) {
          return (error as Error).message;
        }
      });
      expect(elsewhere).toMatch(
        /^TaskVar a\.reset\(\) got a token made in task "task \d+", outside its run\(\) scopes, but is called in task "task \d+", outside its run\(\) scopes; reset where you set\.$/,
      );
      expect(a.get()).toBe(2);
    });
  });

  it('gives tasks spawned later the value their spawner has at that moment', async () => {
    const user = new TaskVar<string>();
    const [child, parentAfter] = await spawn(async () => {
      user.set('ann');
      const child = spawn(async () => {
        await sleep(2);
        return user.get();
      });
      user.set('changed after spawn');
      return [await child, user.get()];
    });
    expect(child).toBe('ann');
    expect(parentAfter).toBe('changed after spawn');
  });

  describe('run', () => {
    it('sets the value for fn and what it schedules, passes args through and returns its result', async () => {
      const user = new TaskVar<string>({ defaultValue: 'anonymous' });
      let later: Promise<string | undefined> = Promise.resolve(undefined);
      const result = user.run(
        'bob',
        (a: number, b: number) => {
          later = sleep(1).then(() => user.get());
          return [user.get(), a + b];
        },
        2,
        3,
      );
      expect(result).toEqual(['bob', 5]);
      expect(user.get()).toBe('anonymous');
      expect(await later).toBe('bob');
    });

    it('restores the previous value when fn throws', () => {
      const user = new TaskVar<string>({ defaultValue: 'anonymous' });
      expect(() =>
        user.run('bob', () => {
          throw new Error('inside');
        }),
      ).toThrowError('inside');
      expect(user.get()).toBe('anonymous');
    });

    it('nests, and runs of different variables do not disturb each other', () => {
      const a = new TaskVar<number>();
      const b = new TaskVar<number>();
      const seen = a.run(1, () => [
        a.get(),
        b.run(2, () => [a.get(), b.get(), a.run(3, () => [a.get(), b.get()])]),
        a.get(),
        b.get(),
      ]);
      expect(seen).toEqual([1, [1, 2, [3, 2]], 1, undefined]);
    });

    it('keeps a set inside run to that run', () => {
      const user = new TaskVar<string>({ defaultValue: 'anonymous' });
      const inside = user.run('bob', () => {
        user.set('carol');
        return user.get();
      });
      expect(inside).toBe('carol');
      expect(user.get()).toBe('anonymous');
    });
  });

  it('is strictly typed', () => {
    const count = new TaskVar<number>({ defaultValue: 0 });
    // @ts-expect-error: a TaskVar<number> holds numbers only
    expect(() => count.run('one', () => count.get())).not.toThrow();
    // @ts-expect-error: nor does its default take a string
    new TaskVar<number>({ defaultValue: 'zero' });
    const n: number | undefined = count.get();
    expect(n).toBe(0);
  });

  it('explains bad arguments', () => {
    expect(() => new TaskVar({ nmae: 'x' } as never)).toThrowError(TypeError, /unknown option "nmae"/);
    expect(() => new TaskVar<number>().run(1, 'fn' as never)).toThrowError(TypeError, /needs a function/);
    expect(() => new TaskVar<number>().reset({} as never)).toThrowError(
      TypeError,
      /needs the token that set\(\) returned/,
    );
  });

  it('says exactly where a misplaced token was made and where reset is called', async () => {
    const a = new TaskVar<number>({ name: 'a' });
    const fromTask = await spawn(
      () => {
        const token = a.set(1);
        return a.run(2, () => {
          try {
            a.reset(token);
          } catch (error) {
            return (error as Error).message;
          }
          return 'reset';
        });
      },
      { name: 'job' },
    );
    expect(fromTask).toMatch(
      /^TaskVar a\.reset\(\) got a token made in task "job", outside its run\(\) scopes, but is called in a run\(\) scope inside task "job"; reset where you set\.$/,
    );
    const outside = a.set(3);
    const fromOutside = await spawn(
      () => {
        try {
          a.reset(outside);
        } catch (error) {
          return (error as Error).message;
        }
        return 'reset';
      },
      { name: 'other' },
    );
    expect(fromOutside).toMatch(
      /^TaskVar a\.reset\(\) got a token made outside any task and any run\(\) scope, but is called in task "other", outside its run\(\) scopes; reset where you set\.$/,
    );
    a.reset(outside);
  });
});
