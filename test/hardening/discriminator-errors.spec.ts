// A discriminator that misbehaves in one task must cost that access only: the
// error names the discriminator, and every other task's storage is untouched.
import { BaseDiscriminator, Local, spawn, TaskDiscriminator } from '../../src/index.js';
import { bystander } from './bystander.js';

/** Tracks tasks like the default, except that `current()` misbehaves while `fault` is set. */
class Faulty extends BaseDiscriminator {
  fault: (() => unknown) | null = null;
  private readonly tasks = new TaskDiscriminator();
  current() {
    return (this.fault ? this.fault() : this.tasks.current()) as object;
  }
}

describe('a discriminator that returns no object', () => {
  for (const [label, bad] of [
    ['a string', 'task-1'],
    ['a number', 7],
    ['a symbol', Symbol('session')],
    ['a boolean', false],
  ] as const) {
    it(`fails the access with a TypeError when current() returns ${label}, and other tasks keep their values`, async () => {
      const discriminator = new Faulty();
      const local = new Local({ discriminator });
      local.value = 'default storage';
      const other = bystander(local);
      const victim = await spawn(() => {
        local.value = 'victim before';
        discriminator.fault = () => bad;
        const errors: unknown[] = [];
        for (const access of [
          () => local.value,
          () => (local.value = 'lost'),
          () => delete local.value,
          () => 'value' in local,
          () => Object.keys(local),
        ]) {
          try {
            access();
          } catch (error) {
            errors.push(error);
          }
        }
        discriminator.fault = null;
        return { errors, after: local.value };
      });
      expect(victim.errors.length).toBe(5);
      for (const error of victim.errors) {
        expect(error).toEqual(jasmine.any(TypeError));
        expect((error as Error).message).toMatch(
          /Faulty\.current\(\) returned .+; a discriminator must return an object .*or null\/undefined/,
        );
      }
      expect(victim.after).toBe('victim before');
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
      expect(local.value).toBe('default storage');
    });
  }
});

describe('a discriminator whose current() throws', () => {
  it('passes that very error on, keeps nothing half-made, and other tasks keep their values', async () => {
    const discriminator = new Faulty();
    const local = new Local({ discriminator });
    local.value = 'default storage';
    const other = bystander(local);
    const failure = new Error('no session');
    const seen = await spawn(() => {
      discriminator.fault = () => {
        throw failure;
      };
      let thrown: unknown;
      try {
        local.value = 'lost';
      } catch (error) {
        thrown = error;
      }
      discriminator.fault = null;
      return { thrown, after: local.value, keys: Object.keys(local) };
    });
    expect(seen.thrown).toBe(failure);
    expect(seen.after).toBeUndefined();
    expect(seen.keys).toEqual([]);
    expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
    expect(local.value).toBe('default storage');
  });
});

/** A natural port of a hash-based Python discriminator: a new key object per call. */
class FreshKeyDiscriminator extends BaseDiscriminator {
  current(): object {
    return { session: 'same session, new object' };
  }
}

describe('a discriminator that returns a new object on every call', () => {
  const identity =
    /^FreshKeyDiscriminator\.current\(\) returned a different object each time it was called \(an object of class Object\)\. tasklocal finds a store by the identity of that object.*not a new key object per call\.$/;

  it('makes a plain Local throw on the first write, explaining identity, instead of reading back undefined', () => {
    const local = new Local({ discriminator: new FreshKeyDiscriminator() });
    expect(() => (local.user = 'ann')).toThrowError(TypeError, identity);
  });

  it('makes a subclass throw at construction instead of overflowing the stack', () => {
    class Profile extends Local {
      static discriminator = new FreshKeyDiscriminator();
      user = 'nobody';
    }
    expect(() => new Profile()).toThrowError(TypeError, identity);
  });
});
