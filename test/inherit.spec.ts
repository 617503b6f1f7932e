import { Local, spawn } from '../src/index.js';
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

  it('copies from the default storage into tasks spawned outside any task', async () => {
    const local = new Local({ inherit: true });
    local.mode = 'batch';
    expect(await spawn(() => local.mode)).toBe('batch');
    delete local.mode;
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
    const session = new Session('s'); // calls 1: the default storage, outside any task
    const seen = await spawn(async () => {
      const inherited = session.user; // copied from the default storage: no replay
      session.user = 'ann';
      await hop();
      return [inherited, await spawn(() => session.user)]; // copied again: no replay
    });
    expect(seen).toEqual(['nobody', 'ann']);
    expect(calls).toBe(1);
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
});
