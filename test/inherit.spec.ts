import { Local, spawn, TaskDiscriminator } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('Local({ inherit: true })', () => {
  it('starts a spawned task with a shallow copy of the values its spawner has', async () => {
    const local = new Local({ inherit: true });
    const seen = await spawn(() => {
      local.user = 'ann';
      local.roles = ['admin'];
      return spawn(() => ({ user: local.user, sameRoles: local.roles }));
    });
    expect(seen.user).toBe('ann');
    expect(seen.sameRoles).toEqual(['admin']);
  });

  it('takes the copy at spawn time: later writes stay in the task that made them, both ways', async () => {
    const local = new Local({ inherit: true });
    const [parentSees, childSaw] = await spawn(async () => {
      local.step = 'before spawn';
      const child = spawn(async () => {
        const first = local.step;
        await sleep(2);
        const second = local.step;
        local.step = 'child wrote';
        return [first, second];
      });
      local.step = 'parent wrote after spawn';
      const saw = await child;
      return [local.step, saw];
    });
    expect(childSaw).toEqual(['before spawn', 'before spawn']);
    expect(parentSees).toBe('parent wrote after spawn');
  });

  it('passes nothing from code outside any task to top-level tasks: each starts fresh', async () => {
    const local = new Local({ inherit: true });
    local.mode = 'batch';
    expect(await spawn(() => local.mode)).toBeUndefined();
    delete local.mode;
  });

  it("does not share the creating context's mutable field values with top-level tasks", async () => {
    class Journal extends Local {
      static inherit = true;
      entries: string[] = [];
    }
    const journal = new Journal();
    const write = (name: string) =>
      spawn(function* () {
        journal.entries.push(`${name} start`);
        yield sleep(1);
        return [...journal.entries];
      });
    expect(await Promise.all([write('a'), write('b')])).toEqual([['a start'], ['b start']]);
    expect(journal.entries).toEqual([]);
  });

  it('does not replay a subclass constructor for inherited storage', async () => {
    let calls = 0;
    class Session extends Local {
      static inherit = true;
      user = 'nobody';
      constructor(label: string) {
        super(label);
        calls++;
      }
    }
    const session = new Session('s'); // calls 1: the creating context
    const seen = await spawn(async () => {
      const fresh = session.user; // a top-level task: replayed, calls 2
      session.user = 'ann';
      await hop();
      return [fresh, await spawn(() => session.user)]; // inherited from the task: no replay
    });
    expect(seen).toEqual(['nobody', 'ann']);
    expect(calls).toBe(2);
  });

  it('stays off by default, as in the seed', async () => {
    const local = new Local();
    const seen = await spawn(() => {
      local.user = 'ann';
      return spawn(() => local.user);
    });
    expect(seen).toBeUndefined();
  });

  it('explains an inherit option that is not a boolean', () => {
    expect(() => new Local({ inherit: 'yes' as never })).toThrowError(
      TypeError,
      /inherit must be true or false/,
    );
  });

  it('costs a spawn nothing for inheriting Locals the spawner holds no values in', async () => {
    let asked = 0;
    class CountingDiscriminator extends TaskDiscriminator {
      override current() {
        asked++;
        return super.current();
      }
    }
    const idle = Array.from(
      { length: 1_000 },
      () => new Local({ inherit: true, discriminator: new CountingDiscriminator() }),
    );
    const used = new Local({ inherit: true });
    const seen = await spawn(() => {
      used.user = 'ann';
      asked = 0;
      const child = spawn(() => used.user);
      return Promise.all([child, asked]);
    });
    expect(seen).toEqual(['ann', 0]);
    expect(idle.length).toBe(1_000);
  });

  it('hands values to a child spawned into another zone without entering that zone', async () => {
    const local = new Local({ inherit: true });
    let entered = 0;
    const watched =
      typeof Zone === 'undefined'
        ? undefined
        : Zone.current.fork({
            name: 'watched',
            onInvoke: (delegate, current, target, callback, applyThis, applyArgs, source) => {
              entered++;
              return delegate.invoke(target, callback, applyThis, applyArgs, source);
            },
          });
    const seen = await spawn(() => {
      local.user = 'ann';
      entered = 0;
      const child = spawn(() => local.user, watched === undefined ? {} : { zone: watched });
      return Promise.all([child, entered]);
    });
    expect(seen).toEqual(['ann', watched === undefined ? 0 : 1]); // once: the child's own run
  });
});
