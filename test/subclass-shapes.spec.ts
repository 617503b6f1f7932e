// Subclasses whose constructor cannot be run again faithfully for each task
// are refused at construction, with a message that says what to write instead.
import { Local, spawn } from '../src/index.js';
import { privateSubclasses } from './native-private.js';

describe('a Local subclass with private members', () => {
  it('is refused at construction when it declares a native #private field or method', () => {
    const { Counter, Greeter } = privateSubclasses(Local);
    expect(() => new Counter()).toThrowError(
      TypeError,
      /^Counter declares private members \(#count…\)\. .*every task would share them\. Use ordinary fields \(each task gets its own\) or a TaskVar\.$/,
    );
    expect(() => new Greeter()).toThrowError(TypeError, /^Greeter declares private members \(#greet…\)/);
  });

  it('is refused when TypeScript compiled its #private field to a WeakMap (the shared value it would give every task)', () => {
    class Visits extends Local {
      #visits = 0;
      visit(): number {
        return ++this.#visits;
      }
    }
    expect(() => new Visits()).toThrowError(TypeError, /^Visits declares private members/);
  });

  it('works with ordinary fields instead, one value per task', async () => {
    class Visits extends Local {
      visits = 0;
      visit(): number {
        return ++this.visits;
      }
    }
    const counter = new Visits();
    counter.visit();
    const seen = await Promise.all([
      spawn(() => [counter.visit(), counter.visit()]),
      spawn(() => counter.visit()),
    ]);
    expect(seen).toEqual([[1, 2], 1]);
    expect(counter.visits).toBe(1);
  });
});

describe('a Local subclass constructor', () => {
  it('is refused when it hands super() a value computed from its parameters', () => {
    class Scaled extends Local {
      n: number;
      constructor(n: number) {
        super(n * 10);
        this.n = n;
      }
    }
    expect(() => new Scaled(1)).toThrowError(
      TypeError,
      /^Scaled's constructor\(n\) calls super\(n \* 10\)\. .*write super\(n\) and derive values in the constructor's body\.$/,
    );
  });

  it('is refused when it hands super() fewer arguments than it takes', () => {
    class Member extends Local {
      constructor(
        public name: string,
        public roles: string[],
      ) {
        super(name);
      }
    }
    expect(() => new Member('ann', ['admin'])).toThrowError(
      TypeError,
      /^Member's constructor\(name, roles\) calls super\(name\)/,
    );
  });

  it('is refused in a subclass of a subclass that wraps its arguments for super()', () => {
    class Named extends Local {
      constructor(public options: { name: string }) {
        super(options);
      }
    }
    class Labelled extends Named {
      constructor(name: string) {
        super({ name });
      }
    }
    expect(() => new Labelled('x')).toThrowError(
      TypeError,
      /^Labelled's constructor\(name\) calls super\(\{\s*name\s*\}\)/,
    );
  });

  it('is replayed with the same arguments when it hands them on, defaults and ...arguments included', async () => {
    class Settings extends Local {
      options: { theme?: string };
      constructor(options: { theme?: string } = { theme: 'light' }) {
        super(options);
        this.options = { ...options };
      }
    }
    class Passthrough extends Local {
      given: number;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameter is handed on through arguments
      constructor(_options?: object) {
        // eslint-disable-next-line prefer-rest-params -- the shape users write
        super(...arguments);
        this.given = arguments.length;
      }
    }
    const settings = new Settings();
    const dark = new Settings({ theme: 'dark' });
    const passthrough = new Passthrough();
    const seen = await spawn(() => [settings.options.theme, dark.options.theme, passthrough.given]);
    expect(seen).toEqual(['light', 'dark', 0]);
  });

  it('may hand super() fixed values when it takes no parameters: they are the same in every task', async () => {
    class Tagged extends Local {
      tag: string;
      constructor() {
        super('fixed');
        this.tag = 'fixed';
      }
    }
    const tagged = new Tagged();
    expect(await spawn(() => tagged.tag)).toBe('fixed');
  });

  it('takes no arguments when the subclass declares no constructor, and names the static options', () => {
    class Context extends Local {}
    expect(() => new (Context as new (...args: unknown[]) => Local)({ inherit: true })).toThrowError(
      TypeError,
      /^Context declares no constructor, so it takes no arguments, and got 1\. .*static inherit = true, static discriminator = new ZoneDiscriminator\(\), static requireTask = true\.$/,
    );
    expect(() => new Context()).not.toThrow();
  });
});
