import { BaseDiscriminator, Local, spawn } from '../src/index.js';
import { sleep } from './helpers.js';
import { itInDevelopment } from './mode.js';

/** The constructor-shape checks are a development aid; production builds skip them. */
const itChecksShape = itInDevelopment("production builds do not check a Local subclass's constructor shape");

describe('a Local subclass', () => {
  let calls: number;
  class CustomLocal extends Local {
    aValue: string | null = null;
    constructor(aValue: string) {
      super(aValue);
      this.aValue = aValue;
      calls++;
    }
    greet() {
      return `hi ${this.aValue}`;
    }
    get shout() {
      return String(this.aValue).toUpperCase();
    }
  }

  beforeEach(() => {
    calls = 0;
  });

  it('runs its constructor once for the creating context, then once for each task that touches it', async () => {
    const mylocal = new CustomLocal('foo');
    expect(calls).toBe(1);
    await spawn(() => mylocal.aValue);
    await spawn(() => {
      mylocal.aValue = 'changed';
      return mylocal.aValue;
    });
    expect(calls).toBe(3);
    expect(mylocal.aValue).toBe('foo');
  });

  it('runs its constructor for a task only when that task first touches it', async () => {
    const mylocal = new CustomLocal('foo');
    await spawn(() => sleep(1));
    expect(calls).toBe(1);
    await spawn(() => [mylocal.aValue, mylocal.aValue, mylocal.greet()]);
    expect(calls).toBe(2);
  });

  it('keeps methods, getters and instanceof working in every task', async () => {
    const mylocal = new CustomLocal('foo');
    const seen = await spawn(() => {
      mylocal.aValue = 'bar';
      return [mylocal.greet(), mylocal.shout, mylocal instanceof CustomLocal, mylocal instanceof Local];
    });
    expect(seen).toEqual(['hi bar', 'BAR', true, true]);
    expect(mylocal.greet()).toBe('hi foo');
  });

  it('sends writes to a setter the subclass defines', async () => {
    class Temperature extends Local {
      celsius = 0;
      set fahrenheit(value: number) {
        this.celsius = ((value - 32) * 5) / 9;
      }
    }
    const t = new Temperature();
    const celsius = await spawn(() => {
      t.fahrenheit = 212;
      return t.celsius;
    });
    expect(celsius).toBe(100);
    expect(t.celsius).toBe(0);
  });

  itChecksShape(
    'refuses a constructor that hands super() other arguments than its own, saying what to write',
    () => {
      class Forgetful extends Local {
        constructor(public readonly value: string) {
          super();
        }
      }
      expect(() => new Forgetful('x')).toThrowError(
        TypeError,
        /^Forgetful's constructor declares 1 parameter and hands super\(\) only the first 0: .*hand its own parameters to super\(\) unchanged: write super\(\.\.\.arguments\)/,
      );
    },
  );

  it('chooses its discriminator with a static property', () => {
    let session: object = {};
    class SessionLocal extends Local {
      static discriminator = new (class extends BaseDiscriminator {
        current() {
          return session;
        }
      })();
      user = 'nobody';
    }
    const local = new SessionLocal();
    local.user = 'ann';
    session = {};
    expect(local.user).toBe('nobody');
  });

  it('keeps nothing when a replayed constructor throws, and tries again on the next access', async () => {
    let fail = false;
    class Fragile extends Local {
      ready = true;
      constructor(label: string) {
        super(label);
        if (fail) throw new Error(`cannot set up ${label}`);
      }
    }
    const fragile = new Fragile('db');
    fail = true;
    const outcome = await spawn(() => {
      let first: unknown;
      try {
        first = fragile.ready;
      } catch (error) {
        first = (error as Error).message;
      }
      fail = false;
      return [first, fragile.ready];
    });
    expect(outcome).toEqual(['cannot set up db', true]);
  });

  it('lets a replayed constructor read and write its own attributes', async () => {
    class Counter extends Local {
      count = 0;
      constructor(start: number) {
        super(start);
        this.count += start;
        this.count = this.count * 2;
      }
    }
    const counter = new Counter(5);
    expect(await spawn(() => counter.count)).toBe(10);
    expect(counter.count).toBe(10);
  });
});
