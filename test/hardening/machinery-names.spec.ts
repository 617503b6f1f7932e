// Attribute names that collide with object machinery are ordinary per-task
// attributes: setting one changes no prototype, reaches no other object and no
// other task.
import { Local, spawn } from '../../src/index.js';
import { bystander } from './bystander.js';

const secret = Symbol('secret');

/** Each machinery name, with what a Local shows for it in a task that never set it. */
const machinery: [string | symbol, unknown][] = [
  ['__proto__', Local.prototype],
  ['constructor', Local],
  ['prototype', undefined],
  ['hasOwnProperty', Object.prototype.hasOwnProperty],
  ['toString', Object.prototype.toString],
  ['valueOf', Object.prototype.valueOf],
  ['then', undefined],
  ['toJSON', undefined],
  [Symbol.iterator, undefined],
  [Symbol.toPrimitive, undefined],
  [Symbol.toStringTag, undefined],
  [secret, undefined],
];

const label = (name: string | symbol) => (typeof name === 'symbol' ? name.toString() : name);

describe('machinery names on a Local', () => {
  for (const [name, untouched] of machinery) {
    it(`stores ${label(name)} as an ordinary value of the task that set it, and other tasks still see ${String(untouched && 'the usual one')}`, async () => {
      const local = new Local() as Record<string | symbol, unknown>;
      const other = bystander(local);
      const stored = { setBy: label(name) };
      const writer = await spawn(() => {
        local[name] = stored;
        return {
          read: local[name],
          has: name in local,
          own: Object.prototype.hasOwnProperty.call(local, name),
          prototype: Object.getPrototypeOf(local),
        };
      });
      expect(writer).toEqual({ read: stored, has: true, own: true, prototype: Local.prototype });
      expect(await spawn(() => local[name])).toBe(untouched);
      expect(local[name]).toBe(untouched);
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
    });
  }

  it('lets a task delete a machinery name it set, and then read the usual value again', async () => {
    const local = new Local();
    const seen = await spawn(() => {
      local.toString = () => 'mine';
      const mine = String(local);
      Reflect.deleteProperty(local, 'toString');
      return [mine, String(local)];
    });
    expect(seen).toEqual(['mine', '[object Object]']);
  });
});

describe('local.__proto__ = {...}', () => {
  const pollution = () => ({ polluted: true, toString: () => 'polluted' });

  it('changes no prototype, and reaches neither Object.prototype nor another task', async () => {
    const local = new Local();
    const other = bystander(local);
    const inside = await spawn(() => {
      local.__proto__ = pollution();
      return {
        prototype: Object.getPrototypeOf(local),
        polluted: local.polluted,
        keys: Object.keys(local),
        json: JSON.stringify(local),
        isLocal: local instanceof Local,
      };
    });
    expect(inside).toEqual({
      prototype: Local.prototype,
      polluted: undefined,
      keys: ['__proto__'],
      json: '{"__proto__":{"polluted":true}}',
      isLocal: true,
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBeFalse();
    expect(Object.getPrototypeOf(local)).toBe(Local.prototype);
    expect(await spawn(() => [local.__proto__, local.polluted])).toEqual([Local.prototype, undefined]);
    expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
  });

  // Not spread: compiled to ES2016, `{ ...local }` becomes Object.assign({}, local), whose
  // [[Set]] of "__proto__" would change the copy's prototype (the copy's, not the Local's).
  it('stays an ordinary key through Object.assign from parsed JSON and through Object.entries', async () => {
    const local = new Local();
    const seen = await spawn(() => {
      Object.assign(local, JSON.parse('{"__proto__": {"polluted": true}, "user": "ann"}'));
      const copy = Object.fromEntries(Object.entries(local));
      return {
        keys: Object.keys(local),
        copyPrototype: Object.getPrototypeOf(copy) === Object.prototype,
        copyOwn: Object.prototype.hasOwnProperty.call(copy, '__proto__'),
        polluted: (copy as { polluted?: boolean }).polluted,
      };
    });
    expect(seen).toEqual({
      keys: ['__proto__', 'user'],
      copyPrototype: true,
      copyOwn: true,
      polluted: undefined,
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses Object.setPrototypeOf with an error that says to subclass instead', () => {
    const local = new Local();
    expect(() => Object.setPrototypeOf(local, {})).toThrowError(
      TypeError,
      /prototype cannot be changed; subclass Local instead/,
    );
    expect(Object.getPrototypeOf(local)).toBe(Local.prototype);
  });
});

describe('symbol-keyed machinery on a Local', () => {
  it('makes iteration and conversion work in the task that defined them, and nowhere else', async () => {
    const local = new Local() as Record<string | symbol, unknown>;
    const inside = await spawn(() => {
      local[Symbol.iterator] = function* () {
        yield 'mine';
      };
      local[Symbol.toPrimitive] = () => 'primitive';
      return [[...(local as unknown as Iterable<string>)], `${local}`];
    });
    expect(inside).toEqual([['mine'], 'primitive']);
    const elsewhere = await spawn(() => {
      let iterable = true;
      try {
        [...(local as unknown as Iterable<string>)];
      } catch {
        iterable = false;
      }
      return [iterable, `${local}`];
    });
    expect(elsewhere).toEqual([false, '[object Object]']);
  });
});
