import { BaseDiscriminator, Local, spawn, TaskDiscriminator, ZoneDiscriminator } from '../src/index.js';
import { sleep } from './helpers.js';

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

describe('BaseDiscriminator', () => {
  class Fixed extends BaseDiscriminator {
    constructor(public value: unknown) {
      super();
    }
    current() {
      return this.value as object;
    }
  }

  it('sends null and undefined to one shared default storage', () => {
    const discriminator = new Fixed(null);
    const local = new Local({ discriminator });
    local.value = 'default';
    discriminator.value = undefined;
    expect(local.value).toBe('default');
  });

  for (const [label, bad] of [
    ['a string', 'task-1'],
    ['a number', 7],
    ['a symbol', Symbol('s')],
    ['a boolean', true],
  ] as const) {
    it(`refuses ${label} from current(), naming the discriminator class, and leaves other storage alone`, () => {
      const discriminator = new Fixed({});
      const local = new Local({ discriminator });
      local.value = 'kept';
      const owner = discriminator.value;
      discriminator.value = bad;
      expect(() => local.value).toThrowError(
        TypeError,
        /Fixed\.current\(\) returned .*must return an object/,
      );
      expect(() => (local.value = 'lost')).toThrowError(TypeError, /Fixed\.current\(\)/);
      discriminator.value = owner;
      expect(local.value).toBe('kept');
    });
  }

  it('lets an error thrown by current() through, and leaves other storage alone', () => {
    let broken = false;
    const owner = {};
    const local = new Local({
      discriminator: new (class Flaky extends BaseDiscriminator {
        current() {
          if (broken) throw new Error('no session');
          return owner;
        }
      })(),
    });
    local.value = 'kept';
    broken = true;
    expect(() => local.value).toThrowError('no session');
    broken = false;
    expect(local.value).toBe('kept');
  });
});
