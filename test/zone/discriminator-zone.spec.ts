import { Local, spawn, TaskDiscriminator, ZoneDiscriminator } from '../../src/index.js';
import { sleep } from '../helpers.js';

describe('TaskDiscriminator', () => {
  it('is the default: zones forked inside a task still belong to that task', async () => {
    const local = new Local();
    const seen = await spawn(() => {
      local.value = 'task';
      const sub = Zone.current.fork({ name: 'sub' }).fork({ name: 'subsub' });
      return sub.run(() => local.value);
    });
    expect(seen).toBe('task');
  });

  it('with a zone, tracks only tasks spawned inside that zone and gives the others the default storage', async () => {
    const app = Zone.current.fork({ name: 'app' });
    const local = new Local({ discriminator: new TaskDiscriminator({ zone: app }) });
    local.value = 'default';
    const inside = spawn(
      async () => {
        local.value = 'inside';
        await sleep(1);
        return local.value;
      },
      { zone: app },
    );
    const outside = spawn(async () => {
      const before = local.value;
      await sleep(2);
      return before;
    });
    expect(await inside).toBe('inside');
    expect(await outside).toBe('default');
    expect(local.value).toBe('default');
  });

  it('explains bad options', () => {
    expect(() => new TaskDiscriminator({ zone: 'app' as never })).toThrowError(
      TypeError,
      /must be a zone\.js Zone/,
    );
    expect(() => new TaskDiscriminator({ loop: 1 } as never)).toThrowError(
      TypeError,
      /unknown option "loop"/,
    );
  });
});

describe('ZoneDiscriminator', () => {
  it('gives every zone its own storage, including zones forked inside a task', async () => {
    const local = new Local({ discriminator: new ZoneDiscriminator() });
    const seen = await spawn(() => {
      local.value = 'task zone';
      const sub = Zone.current.fork({ name: 'sub' });
      const inSub = sub.run(() => {
        const before = local.value;
        local.value = 'sub zone';
        return before;
      });
      return [inSub, local.value, sub.run(() => local.value)];
    });
    expect(seen).toEqual([undefined, 'task zone', 'sub zone']);
  });
});
