// The run/get/wrap cases of the TC39 AsyncContext proposal's test file
// (tests/async-context.test.ts), rewritten against TaskVar (their Variable) and
// Snapshot.wrap (their wrap). On purpose, tasklocal differs in two ways that
// these cases cannot see: TaskVar also has set/reset, and a Snapshot shares its
// task's storage instead of freezing a copy (the proposal's values change only
// through run, so a copy and a share look the same there).
import { Snapshot, TaskVar } from '../src/index.js';

type Value = { id: number };
const first: Value = { id: 1 };
const second: Value = { id: 2 };
const third: Value = { id: 3 };

describe('AsyncContext conformance', () => {
  describe('run and get', () => {
    it('starts undefined', () => {
      expect(new TaskVar<Value>().get()).toBeUndefined();
    });

    it("returns fn's result from run", () => {
      const expected = { id: 1 };
      expect(new TaskVar<Value>().run({ id: 2 }, () => expected)).toBe(expected);
    });

    it('gets the value of the run it is in', () => {
      const v = new TaskVar<Value>();
      v.run(first, () => expect(v.get()).toBe(first));
    });

    it('gets the innermost value in nested runs, and the outer one again after', () => {
      const v = new TaskVar<Value>();
      v.run(first, () => {
        expect(v.get()).toBe(first);
        v.run(second, () => expect(v.get()).toBe(second));
        expect(v.get()).toBe(first);
      });
      expect(v.get()).toBeUndefined();
    });

    it('keeps nested runs of different variables apart', () => {
      const a = new TaskVar<Value>();
      const b = new TaskVar<Value>();
      a.run(first, () => {
        expect([a.get(), b.get()]).toEqual([first, undefined]);
        b.run(second, () => expect([a.get(), b.get()]).toEqual([first, second]));
        expect([a.get(), b.get()]).toEqual([first, undefined]);
      });
      expect([a.get(), b.get()]).toEqual([undefined, undefined]);
    });
  });

  describe('wrap', () => {
    it('keeps the initial undefined state', () => {
      const v = new TaskVar<Value>();
      const wrapped = Snapshot.wrap(() => v.get());
      v.run(first, () => expect(wrapped()).toBeUndefined());
    });

    it('keeps the state it was wrapped in, and leaves the caller’s alone', () => {
      const v = new TaskVar<Value>();
      const wrapped = v.run(first, () => {
        const wrapped = Snapshot.wrap(() => v.get());
        expect(wrapped()).toBe(first);
        expect(v.get()).toBe(first);
        return wrapped;
      });
      expect(wrapped()).toBe(first);
      expect(v.get()).toBeUndefined();
    });

    it('works across nested runs of one variable', () => {
      const v = new TaskVar<Value>();
      const [firstWrap, secondWrap] = v.run(first, () => {
        const firstWrap = Snapshot.wrap(() => expect(v.get()).toBe(first));
        firstWrap();
        const secondWrap = v.run(second, () => {
          const secondWrap = Snapshot.wrap(() => {
            firstWrap();
            expect(v.get()).toBe(second);
          });
          firstWrap();
          secondWrap();
          expect(v.get()).toBe(second);
          return secondWrap;
        });
        firstWrap();
        secondWrap();
        expect(v.get()).toBe(first);
        return [firstWrap, secondWrap];
      });
      firstWrap();
      secondWrap();
      expect(v.get()).toBeUndefined();
    });

    it('works across nested runs of different variables', () => {
      const a = new TaskVar<Value>();
      const b = new TaskVar<Value>();
      const [firstWrap, secondWrap] = a.run(first, () => {
        const firstWrap = Snapshot.wrap(() => expect([a.get(), b.get()]).toEqual([first, undefined]));
        firstWrap();
        const secondWrap = b.run(second, () => {
          const secondWrap = Snapshot.wrap(() => {
            firstWrap();
            expect([a.get(), b.get()]).toEqual([first, second]);
          });
          firstWrap();
          secondWrap();
          expect([a.get(), b.get()]).toEqual([first, second]);
          return secondWrap;
        });
        firstWrap();
        secondWrap();
        expect([a.get(), b.get()]).toEqual([first, undefined]);
        return [firstWrap, secondWrap];
      });
      firstWrap();
      secondWrap();
      expect([a.get(), b.get()]).toEqual([undefined, undefined]);
    });

    // The proposal's cases 2 to 6: three nested runs of three variables, with a
    // throwaway wrap taken at a different depth each time (or none).
    const throwawayAt = [undefined, 'b', 'a', 'after c', 'after b'] as const;
    throwawayAt.forEach((where, index) => {
      it(`keeps three nested variables in a wrap, ${index + 2} (throwaway wrap: ${where ?? 'none'})`, () => {
        const a = new TaskVar<Value>();
        const b = new TaskVar<Value>();
        const c = new TaskVar<Value>();
        const throwaway = () => Snapshot.wrap(() => undefined);
        const all = () => [a.get(), b.get(), c.get()];
        const wrap = a.run(first, () => {
          if (where === 'a') throwaway();
          const wrap = b.run(second, () => {
            if (where === 'b') throwaway();
            const wrap = c.run(third, () =>
              Snapshot.wrap(() => expect(all()).toEqual([first, second, third])),
            );
            if (where === 'after c') throwaway();
            expect(all()).toEqual([first, second, undefined]);
            return wrap;
          });
          if (where === 'after b') throwaway();
          expect(all()).toEqual([first, undefined, undefined]);
          return wrap;
        });
        expect(all()).toEqual([undefined, undefined, undefined]);
        wrap();
        expect(all()).toEqual([undefined, undefined, undefined]);
      });
    });

    it('calls wraps out of order', () => {
      const v = new TaskVar<Value>();
      const firstWrap = v.run(first, () => Snapshot.wrap(() => expect(v.get()).toBe(first)));
      const secondWrap = v.run(second, () => Snapshot.wrap(() => expect(v.get()).toBe(second)));
      firstWrap();
      secondWrap();
      firstWrap();
      secondWrap();
    });
  });
});
