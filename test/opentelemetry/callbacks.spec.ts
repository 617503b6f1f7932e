// OpenTelemetry's context manager cases about callbacks: a timer or listener
// scheduled inside with() fires later, in with()'s context. They hold where
// the engine carries a context into callbacks by itself: zone.js (zones) and
// AsyncLocalStorage. The standalone engine does not (standalone.spec.ts).
import { createContextKey, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';
import { hop, sleep } from '../helpers.js';

const key = createContextKey('tasklocal test key');
const contextOf = (value: unknown): Context => ROOT_CONTEXT.setValue(key, value);

/** A promise and the function that settles it, for callbacks that report when they ran. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('TaskLocalContextManager, callbacks scheduled inside with()', () => {
  let manager: TaskLocalContextManager;

  beforeEach(() => {
    manager = new TaskLocalContextManager().enable();
  });

  afterEach(() => {
    manager.disable();
  });

  it('a timer set inside nested with() calls fires in the context it was set in', async () => {
    const [first, second] = [contextOf('first'), contextOf('second')];
    const fired = deferred<Context>();
    manager.with(first, () => {
      manager.with(second, () => expect(manager.active()).toBe(second));
      setTimeout(() => fired.resolve(manager.active()), 5);
    });
    expect(manager.active()).toBe(ROOT_CONTEXT);
    expect(await fired.promise).toBe(first);
  });

  it('three concurrent actions inside one parent each see their own context in their timers', async () => {
    const seen: unknown[] = [];
    const parent = contextOf('parent');
    const timers: Promise<void>[] = [];
    manager.with(parent, () => {
      for (const [index, delay] of [30, 20, 10].entries()) {
        const done = deferred<void>();
        timers.push(done.promise);
        manager.with(manager.active().setValue(key, `action ${index}`), () => {
          setTimeout(() => {
            seen[index] = manager.active().getValue(key);
            done.resolve();
          }, delay);
        });
      }
    });
    await Promise.all(timers);
    expect(seen).toEqual(['action 0', 'action 1', 'action 2']);
  });

  it('timers with the same delay, set inside and outside with(), each fire in their own context', async () => {
    const inner = manager.active().setValue(key, 23);
    const inside = deferred<Context>();
    const outside = deferred<Context>();
    const later = deferred<Context>();
    manager.with(inner, () => setTimeout(() => inside.resolve(manager.active()), 2));
    setTimeout(() => outside.resolve(manager.active()), 2);
    setTimeout(() => later.resolve(manager.active()), 3);
    expect(await Promise.all([inside.promise, outside.promise, later.promise])).toEqual([
      inner,
      ROOT_CONTEXT,
      ROOT_CONTEXT,
    ]);
  });

  it('concurrent scopes whose timers start async work in other with() calls keep theirs apart', async () => {
    const [one, two, three, four] = [1, 2, 3, 4].map(contextOf);
    const seen: string[] = [];
    const finished = deferred<void>();
    const record = async (label: string) => {
      seen.push(`${label} sees ${String(manager.active().getValue(key))}`);
      await hop();
    };
    const oneTimer = async () => {
      await manager.with(three, () => record('three'));
      seen.push(`one's timer sees ${String(manager.active().getValue(key))}`);
      finished.resolve();
    };
    manager.with(one, () => setTimeout(() => void oneTimer(), 20));
    manager.with(two, () => {
      setTimeout(() => {
        void manager.with(four, () => record('four'));
        seen.push(`two's timer sees ${String(manager.active().getValue(key))}`);
      }, 5);
    });
    expect(manager.active()).toBe(ROOT_CONTEXT);
    await finished.promise;
    expect(seen).toEqual(['four sees 4', "two's timer sees 2", 'three sees 3', "one's timer sees 1"]);
  });

  it("a bound function's timer fires in the bound context", async () => {
    const context = contextOf('bound');
    const fired = deferred<Context>();
    manager.bind(context, () => setTimeout(() => fired.resolve(manager.active()), 5))();
    expect(await fired.promise).toBe(context);
  });

  it("a bound EventTarget's listener keeps the context in its timer, and in listeners it dispatches to from there", async () => {
    const context = contextOf('clicked');
    const button = manager.bind(context, new EventTarget());
    const seen: unknown[] = [];
    const finished = deferred<void>();
    button.addEventListener('click', () => {
      seen.push(manager.active().getValue(key));
      setTimeout(() => {
        seen.push(manager.active().getValue(key));
        const second = new EventTarget();
        second.addEventListener('click', () => {
          seen.push(manager.active().getValue(key));
          void sleep(5).then(() => {
            seen.push(manager.active().getValue(key));
            finished.resolve();
          });
        });
        second.dispatchEvent(new Event('click'));
      }, 5);
    });
    button.dispatchEvent(new Event('click'));
    await finished.promise;
    expect(seen).toEqual(['clicked', 'clicked', 'clicked', 'clicked']);
  });
});
