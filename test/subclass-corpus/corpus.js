// Local subclasses as people write them, in modern JavaScript: the corpus that
// corpus.test.mjs compiles and minifies with the tools apps use, then checks
// that tasklocal accepts every legitimate class and rebuilds it for each task,
// and refuses the shapes it cannot rebuild, whatever the tool made of them.
// Kept free of async functions and generators, so that ES5 output needs no runtime.

/** The legitimate classes: [what, make(), check(instance) as a task runs it, what every task must see]. */
export function legitimate(Local) {
  class Markup extends Local {
    constructor(tag) {
      super(tag);
      this.tag = tag;
    }
    escaped(text) {
      return text.replace(/'/g, '&#x27;');
    }
    anchor(x) {
      return `<a href="${`#${x}`}">${this.tag}</a>`;
    }
    tags(text) {
      return text.match(/#tag\w*/g);
    }
  }
  const sessions = new Set();
  class Session extends Local {
    constructor(registry) {
      super(registry);
      this._sessions = registry;
      this._sessions.add(this);
    }
  }
  class Settings extends Local {
    constructor(options = { theme: 'light' }) {
      super(options);
      this.theme = options.theme;
    }
  }
  class Passthrough extends Local {
    constructor(options) {
      super(...arguments);
      this.given = arguments.length;
      this.options = options;
    }
  }
  class Tagged extends Local {
    constructor() {
      super('fixed');
      this.tag = 'fixed';
    }
  }
  class Counter extends Local {
    count = 0;
    static inherit = true;
    get doubled() {
      return this.count * 2;
    }
    set doubled(value) {
      this.count = value / 2;
    }
    bump() {
      return ++this.count;
    }
  }
  class RequestState extends Local {
    constructor(user, roles) {
      super(user, roles);
      this.user = user;
      this.roles = [...roles];
    }
  }
  class Base extends Local {
    constructor(name) {
      super(name);
      this.name = name;
    }
  }
  class Derived extends Base {
    kind = 'derived';
    constructor(name) {
      super(name);
      this.upper = name.toUpperCase();
    }
  }
  class Plain extends Local {
    ready = true;
  }
  const Wrapped = new Proxy(Plain, {});
  return [
    [
      'quotes, templates with #, regexes',
      () => new Markup('b'),
      (m) => [m.tag, m.escaped("it's"), m.anchor('top'), m.tags('#tag1 #x')],
      ['b', 'it&#x27;s', '<a href="#top">b</a>', ['#tag1']],
    ],
    [
      'this._sessions.add(this)',
      () => new Session(sessions),
      (s) => [s._sessions === sessions, sessions.size],
      [true, 1],
    ],
    ['a default parameter', () => new Settings(), (s) => s.theme, 'light'],
    ['super(...arguments)', () => new Passthrough({ id: 1 }), (p) => [p.given, p.options.id], [1, 1]],
    ['fixed super() arguments', () => new Tagged(), (t) => t.tag, 'fixed'],
    [
      'class fields, accessors, static options',
      () => new Counter(),
      (c) => [c.bump(), (c.doubled = 10), c.count, c.bump()],
      [1, 10, 5, 6],
    ],
    [
      'object arguments copied in the body',
      () => new RequestState('ann', ['admin']),
      (r) => [r.user, r.roles.push('extra'), r.roles.length],
      ['ann', 2, 2],
    ],
    [
      'a subclass of a subclass',
      () => new Derived('ann'),
      (d) => [d.name, d.upper, d.kind],
      ['ann', 'ANN', 'derived'],
    ],
    ['a Proxy of the class', () => new Wrapped(), (p) => p.ready, true],
  ];
}

/** Shapes that cannot be rebuilt for each task: each makes an instance, or throws. */
export function wrong(Local) {
  class Endpoint extends Local {
    constructor(path) {
      path = '/api' + path;
      super(path);
      this.path = path;
    }
  }
  class Member extends Local {
    constructor(name, roles) {
      super(name);
      this.name = name;
      this.roles = roles;
    }
  }
  class Context extends Local {
    user = 'anonymous';
  }
  class Visits extends Local {
    #visits = 0;
    visit() {
      return ++this.#visits;
    }
  }
  return {
    derived: () => new Endpoint('/users'),
    dropped: () => new Member('ann', ['admin']),
    options: () => new Context({ inherit: true }),
    privateMembers: () => new Visits(),
  };
}
