// new Local(…) and subclass constructors refuse bad input before anything is
// set up, and an existing Local's tasks never notice.
import { Local, spawn, TaskDiscriminator, ZoneDiscriminator } from '../../src/index.js';
import { bystander } from './bystander.js';
import { itInDevelopment } from '../mode.js';

describe('new Local() given bad options', () => {
  const badOptions: [string, unknown[], RegExp][] = [
    [
      'an unknown key',
      [{ discriminatr: new TaskDiscriminator() }],
      /unknown option "discriminatr"; the options are discriminator, inherit and requireTask/,
    ],
    [
      'a string',
      ['user'],
      /options must be a plain object such as \{ discriminator, inherit, requireTask \}, got the string "user"\. To pass constructor arguments, subclass Local/,
    ],
    ['a number', [3], /options must be a plain object .*got number 3/],
    ['a boolean', [true], /options must be a plain object .*got boolean true/],
    ['null', [null], /options must be a plain object .*got null/],
    ['a symbol', [Symbol('opts')], /options must be a plain object .*got the symbol opts/],
    ['a function', [() => ({})], /options must be a plain object .*got the function/],
    [
      'two arguments',
      [{}, {}],
      /takes one options object such as \{ discriminator, inherit, requireTask \}, got 2 arguments.*subclass Local/,
    ],
    [
      'a discriminator class instead of an instance',
      [{ discriminator: TaskDiscriminator }],
      /option discriminator must be a discriminator .*got the function TaskDiscriminator/,
    ],
    [
      'a discriminator without current()',
      [{ discriminator: { now: () => ({}) } }],
      /option discriminator must be a discriminator \(an object with a current\(\) method/,
    ],
  ];
  for (const [label, args, message] of badOptions) {
    it(`throws a TypeError for ${label}, and an existing Local's tasks keep their values`, async () => {
      const existing = new Local();
      existing.value = 'default storage';
      const other = bystander(existing);
      expect(() => new (Local as new (...args: unknown[]) => Local)(...args)).toThrowError(
        TypeError,
        message,
      );
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
      expect(existing.value).toBe('default storage');
    });
  }

  it('refuses a discriminator passed in place of the options object, saying to wrap it', () => {
    expect(() => new Local(new ZoneDiscriminator() as never)).toThrowError(TypeError, /\{ discriminator \}/);
  });

  it('refuses an array as the options object', () => {
    expect(() => new Local([] as never)).toThrowError(TypeError, /options must be a plain object/);
  });
});

/** The constructor-shape checks are a development aid; production builds skip them. */
const itChecksShape = itInDevelopment("production builds do not check a Local subclass's constructor shape");

describe('a Local subclass whose constructor declares parameters but hands none to super', () => {
  class Forgetful extends Local {
    label: string;
    constructor(label: string) {
      super();
      this.label = label;
    }
  }
  class Careful extends Local {
    label: string;
    constructor(label: string) {
      super(label);
      this.label = label;
    }
  }

  itChecksShape(
    'throws a TypeError naming the class and showing the fix, and other instances and tasks are untouched',
    async () => {
      const careful = new Careful('kept');
      const other = bystander(careful);
      expect(() => new Forgetful('x')).toThrowError(
        TypeError,
        /^Forgetful's constructor declares 1 parameter and hands super\(\) only the first 0: .*write super\(\.\.\.arguments\), or super\(a, b\) naming every parameter, and derive values in the constructor's body\.$/,
      );
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['label', 'value'] });
      expect(careful.label).toBe('kept');
      expect(await spawn(() => careful.label)).toBe('kept');
    },
  );

  itChecksShape('leaves no replay behind: a later subclass construction builds a fresh Local', async () => {
    expect(() => new Forgetful('x')).toThrowError(TypeError);
    const first = new Careful('a');
    const second = new Careful('b');
    expect(first).not.toBe(second);
    expect(await spawn(() => [first.label, second.label])).toEqual(['a', 'b']);
  });
});
