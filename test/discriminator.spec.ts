import { BaseDiscriminator, Local } from '../src/index.js';

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
