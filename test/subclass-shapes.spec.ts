// Which Local subclasses can be set up again for every task. tasklocal runs
// the constructor again with the arguments that reached Local's constructor;
// it checks, by running the constructor up to super() once more at
// construction, that those arguments come back unchanged, and reads no
// source text: code of any shape, minified or compiled, is judged by what it does.
import { Local, spawn } from '../src/index.js';
import { privateSubclasses } from './native-private.js';
import { DEVELOPMENT, itInDevelopment } from './mode.js';

describe('a Local subclass written in any style', () => {
  it('is accepted whatever its methods contain: quotes, templates with #, regexes with #', async () => {
    class Markup extends Local {
      constructor(readonly tag: string) {
        super(tag);
      }
      escaped(text: string): string {
        return text.replace(/'/g, '&#x27;');
      }
      anchor(x: string): string {
        return `<a href="${`#${x}`}">${this.tag}</a>`;
      }
      tags(text: string): string[] {
        return text.match(/#tag\w*/g) ?? [];
      }
    }
    const markup = new Markup('b');
    const seen = await spawn(() => [
      markup.tag,
      markup.escaped("it's"),
      markup.anchor('top'),
      markup.tags('#tag1 #x'),
    ]);
    expect(seen).toEqual(['b', 'it&#x27;s', '<a href="#top">b</a>', ['#tag1']]);
  });

  it('is accepted when its constructor registers the instance: this._sessions.add(this)', async () => {
    const sessions = new Set<object>();
    class Session extends Local {
      _sessions!: Set<object>;
      constructor(registry: Set<object>) {
        super(registry);
        this._sessions = registry;
        this._sessions.add(this);
      }
    }
    const session = new Session(sessions);
    expect(await spawn(() => session._sessions === sessions)).toBeTrue();
    expect([...sessions]).toEqual([session]);
  });

  it('is accepted when constructed through a Proxy of the class', async () => {
    class Plain extends Local {
      ready = true;
    }
    const Wrapped = new Proxy(Plain, {});
    const plain = new Wrapped();
    expect(await spawn(() => plain.ready)).toBeTrue();
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
});

/** The constructor-shape checks are a development aid; production builds skip them. */
const itChecksShape = itInDevelopment("production builds do not check a Local subclass's constructor shape");

describe('a Local subclass constructor that would rebuild something else for each task', () => {
  itChecksShape(
    'is refused at construction when it reassigns a parameter before super(), naming both argument lists',
    () => {
      class Endpoint extends Local {
        constructor(path: string) {
          path = '/api' + path;
          super(path);
        }
      }
      expect(() => new Endpoint('/users')).toThrowError(
        TypeError,
        /^Endpoint's constructor hands super\(\) values derived from its parameters: given \("\/api\/users"\), it hands on \("\/api\/api\/users"\)\. .*write super\(\.\.\.arguments\), or super\(a, b\) naming every parameter, and derive values in the constructor's body\.$/,
      );
    },
  );

  itChecksShape('is refused when it hands super() a value computed from its parameters', () => {
    class Scaled extends Local {
      constructor(readonly n: number) {
        super(n * 10);
      }
    }
    expect(() => new Scaled(1)).toThrowError(
      TypeError,
      /^Scaled's constructor .*given \(10\), it hands on \(100\)/,
    );
  });

  itChecksShape('is refused in a subclass of a subclass that wraps its arguments for super()', () => {
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
      /^Labelled's constructor .*given \(an object\), it hands on \(an object\)/,
    );
  });

  itChecksShape('is refused when it declares parameters it does not hand to super()', () => {
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
      /^Member's constructor declares 2 parameters and hands super\(\) only the first 1: each task would get undefined for the others\./,
    );
  });

  itChecksShape(
    "is refused when it is handed Local's options but declares no parameters, naming the static options",
    () => {
      class Context extends Local {
        user = 'anonymous';
      }
      expect(() => new (Context as new (...args: unknown[]) => Local)({ inherit: true })).toThrowError(
        TypeError,
        /^Context got Local's options \(\{ inherit \}\) as an argument, and declares no parameters\. .*static inherit = true, static discriminator = new ZoneDiscriminator\(\), static requireTask = true\.$/,
      );
      expect(() => new Context()).not.toThrow();
    },
  );
});

describe('a Local subclass with private members', () => {
  it("is refused at a task's first use when it declares native #private members, with the engine's words", async () => {
    const { Counter, Greeter } = privateSubclasses(Local);
    for (const Private of [Counter, Greeter]) {
      const instance = new Private();
      const failure = await spawn(() => instance.anything).then(
        () => 'no error',
        (error: Error) => `${error.name}: ${error.message}`,
      );
      // Production builds pass the engine's own TypeError on: still refused, without the explanation.
      expect(failure).toMatch(
        DEVELOPMENT
          ? new RegExp(
              `^TypeError: ${Private.name} could not be set up for a new task: ".+"\\. .*private members belong to that one object\\. Use ordinary fields \\(each task gets its own\\) or a TaskVar\\.$`,
            )
          : /^TypeError: Cannot initialize .* twice on the same object$/,
      );
    }
  });

  it("passes on a replayed constructor's own TypeError, even when its text mentions private members", async () => {
    let replaying = false;
    const own = new TypeError('private profile cannot be loaded more than once');
    class Profile extends Local {
      constructor() {
        super();
        if (replaying) throw own;
      }
    }
    const profile = new Profile();
    replaying = true;
    const thrown = await spawn(() => profile.name).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBe(own);
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
