// OpenTelemetry's own expectations of a context manager, from the test cases
// of ZoneContextManager and AsyncLocalStorageContextManager, rewritten for
// TaskLocalContextManager. These hold on every engine: they need nothing
// carried into a callback that tasklocal does not run itself (see
// callbacks.spec.ts for those). Where the two managers disagree (a disabled
// manager), this one takes ZoneContextManager's side, and says so.
import { createContextKey, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';
import { hop, sleep } from '../helpers.js';

const key = createContextKey('tasklocal test key');
const contextOf = (value: unknown): Context => ROOT_CONTEXT.setValue(key, value);

describe('TaskLocalContextManager', () => {
  let manager: TaskLocalContextManager;

  beforeEach(() => {
    manager = new TaskLocalContextManager().enable();
  });

  afterEach(() => {
    manager.disable();
  });

  describe('enable() and disable()', () => {
    it('enable() returns the manager, and with() then makes its context active', () => {
      const context = contextOf(1);
      expect(manager.enable()).toBe(manager);
      manager.with(context, () => expect(manager.active()).toBe(context));
    });

    it('disable() returns the manager, and active() is ROOT_CONTEXT from then on, even inside with()', () => {
      expect(manager.disable()).toBe(manager);
      manager.with(contextOf(1), () => expect(manager.active()).toBe(ROOT_CONTEXT));
    });

    it('a new manager reports ROOT_CONTEXT until it is enabled', () => {
      const fresh = new TaskLocalContextManager();
      const context = contextOf(1);
      fresh.with(context, () => {
        expect(fresh.active()).toBe(ROOT_CONTEXT);
        fresh.enable();
        expect(fresh.active()).toBe(context);
      });
      fresh.disable();
    });

    it('with() still runs fn while disabled, and an enable() inside it takes effect there', () => {
      manager.disable();
      const context = contextOf(1);
      const seen = manager.with(context, () => {
        manager.enable();
        return manager.active();
      });
      expect(seen).toBe(context);
    });
  });

  describe('with()', () => {
    it('runs fn when the context is null, with ROOT_CONTEXT active', () => {
      const seen = manager.with(null as unknown as Context, () => manager.active());
      expect(seen).toBe(ROOT_CONTEXT);
    });

    it('makes the context active inside fn only', () => {
      const context = contextOf(1);
      expect(manager.with(context, () => manager.active())).toBe(context);
      expect(manager.active()).toBe(ROOT_CONTEXT);
    });

    it('rethrows what fn throws, and the outer context is active again afterwards', () => {
      const outer = contextOf('outer');
      manager.with(outer, () => {
        expect(() =>
          manager.with(contextOf('inner'), () => {
            throw new Error('thrown inside with()');
          }),
        ).toThrowError('thrown inside with()');
        expect(manager.active()).toBe(outer);
      });
    });

    it('calls fn with thisArg and exactly the arguments given, and returns its result', () => {
      function greet(this: string, greeting: string, times: number): string {
        expect(arguments.length).toBe(2);
        return `${greeting} ${this} x${times}`;
      }
      expect(manager.with(ROOT_CONTEXT, greet, 'world', 'hello', 2)).toBe('hello world x2');
      expect(manager.with(ROOT_CONTEXT, () => 3.14)).toBe(3.14);
    });

    it('nested calls make each context active in turn and restore the outer one when the inner returns', () => {
      const [first, second, third] = [contextOf('first'), contextOf('second'), contextOf('third')];
      manager.with(first, () => {
        expect(manager.active()).toBe(first);
        manager.with(second, () => {
          expect(manager.active()).toBe(second);
          manager.with(third, () => expect(manager.active()).toBe(third));
          expect(manager.active()).toBe(second);
        });
        expect(manager.active()).toBe(first);
      });
      expect(manager.active()).toBe(ROOT_CONTEXT);
    });

    it('an async function called inside a nested with() sees the nested context after its await', async () => {
      const [outer, inner] = [contextOf('outer'), contextOf('inner')];
      const downstream = async () => {
        await hop();
        return manager.active();
      };
      let pending: Promise<Context> | undefined;
      manager.with(outer, () => {
        pending = manager.with(inner, downstream);
        expect(manager.active()).toBe(outer);
      });
      expect(manager.active()).toBe(ROOT_CONTEXT);
      expect(await pending).toBe(inner);
    });

    it('an async fn keeps its context across an await of a timer', async () => {
      const context = contextOf(1);
      const seen = manager.with(context, async () => {
        await sleep(5);
        return manager.active();
      });
      expect(manager.active()).toBe(ROOT_CONTEXT);
      expect(await seen).toBe(context);
    });

    it('awaited nested with() calls of async functions restore each context once they settle', async () => {
      const scopes = [1, 2, 3, 4].map(contextOf);
      const seen: unknown[] = [];
      const nest = async (depth: number): Promise<void> => {
        seen.push(manager.active().getValue(key));
        if (depth < scopes.length) await manager.with(scopes[depth], () => nest(depth + 1));
        await hop();
        seen.push(manager.active().getValue(key));
      };
      await manager.with(scopes[0], () => nest(1));
      expect(seen).toEqual([1, 2, 3, 4, 4, 3, 2, 1]);
      expect(manager.active()).toBe(ROOT_CONTEXT);
    });

    it('two managers never see each other’s contexts', () => {
      const second = new TaskLocalContextManager().enable();
      const [mine, theirs] = [contextOf(2), contextOf(3)];
      manager.with(mine, () => {
        expect(second.active()).toBe(ROOT_CONTEXT);
        second.with(theirs, () => {
          expect(manager.active()).toBe(mine);
          expect(second.active()).toBe(theirs);
        });
      });
      second.disable();
    });

    it('clearing a timer twice inside with() is harmless and leaves the context as it was', async () => {
      const context = contextOf('cleared twice');
      await manager.with(context, async () => {
        const timer = setTimeout(() => fail('a cleared timer fired'), 1);
        clearTimeout(timer);
        expect(() => clearTimeout(timer)).not.toThrow();
        const interval = setInterval(() => fail('a cleared interval fired'), 1);
        clearInterval(interval);
        expect(() => clearInterval(interval)).not.toThrow();
        await sleep(5);
        expect(manager.active()).toBe(context);
      });
    });

    it('refuses a fn that is not a function, naming with()', () => {
      const call = () => manager.with(ROOT_CONTEXT, 'not a function' as unknown as () => void);
      expect(call).toThrowError(TypeError, /TaskLocalContextManager\.with\(context, fn\) needs a function/);
    });
  });

  describe('bind() with a function', () => {
    it('the bound function runs in the bound context, whose values are read when it runs', () => {
      const title = { text: 'a1' };
      const bound = manager.bind(
        contextOf(title),
        () => (manager.active().getValue(key) as typeof title).text,
      );
      title.text = 'a2';
      expect(bound()).toBe('a2');
    });

    it('passes this, the arguments and the result through, keeps the parameter count, and restores the caller’s context', () => {
      const caller = contextOf('caller');
      const bound = manager.bind(contextOf('bound'), function (this: { n: number }, a: number, b: number) {
        return [this.n + a + b, manager.active().getValue(key)];
      });
      expect(bound.length).toBe(2);
      manager.with(caller, () => {
        expect(bound.call({ n: 1 }, 2, 3)).toEqual([6, 'bound']);
        expect(manager.active()).toBe(caller);
      });
    });

    it('while the manager is disabled, the bound function sees ROOT_CONTEXT (as with ZoneContextManager)', () => {
      manager.disable();
      const bound = manager.bind(contextOf(1), () => manager.active());
      expect(bound()).toBe(ROOT_CONTEXT);
    });

    it('functions bound by two managers each see their own manager’s context', () => {
      const second = new TaskLocalContextManager().enable();
      const [mine, theirs] = [contextOf(2), contextOf(3)];
      const bound = second.bind(
        theirs,
        manager.bind(mine, () => [manager.active(), second.active()]),
      );
      expect(bound()).toEqual([mine, theirs]);
      second.disable();
    });
  });

  describe('bind() with other values', () => {
    it('returns a plain object itself, unchanged, enabled or disabled', () => {
      const plain = { a: 1 };
      expect(manager.bind(ROOT_CONTEXT, plain)).toBe(plain);
      manager.disable();
      expect(manager.bind(ROOT_CONTEXT, plain)).toBe(plain);
      expect(plain).toEqual({ a: 1 });
    });
  });

  describe('bind() with an EventTarget', () => {
    it('returns the target itself, whose listeners added afterwards run in the context, and can be removed', () => {
      const context = contextOf('bound target');
      const target = new EventTarget();
      const seen: unknown[] = [];
      const listener = () => seen.push(manager.active().getValue(key));
      expect(manager.bind(context, target)).toBe(target);
      target.addEventListener('ping', listener);
      target.dispatchEvent(new Event('ping'));
      target.removeEventListener('ping', listener);
      target.dispatchEvent(new Event('ping'));
      expect(seen).toEqual(['bound target']);
    });

    it('runs a listener object’s handleEvent in the context, with the object as this', () => {
      const target = manager.bind(contextOf('object'), new EventTarget());
      const handler = {
        seen: [] as unknown[],
        handleEvent(this: { seen: unknown[] }) {
          this.seen.push(manager.active().getValue(key));
        },
      };
      target.addEventListener('ping', handler);
      target.dispatchEvent(new Event('ping'));
      target.removeEventListener('ping', handler);
      target.dispatchEvent(new Event('ping'));
      expect(handler.seen).toEqual(['object']);
    });

    it('keeps the first context when the same manager binds a target twice', () => {
      const target = manager.bind(contextOf('first'), new EventTarget());
      manager.bind(contextOf('second'), target);
      let seen: unknown;
      target.addEventListener('ping', () => (seen = manager.active().getValue(key)));
      target.dispatchEvent(new Event('ping'));
      expect(seen).toBe('first');
    });
  });
});
