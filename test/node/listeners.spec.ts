// Node's EventTarget, AbortSignal and MessagePort do not carry the task that
// added a listener, on any engine: zone.js/node does not patch them, and
// AsyncLocalStorage runs an EventTarget listener in the dispatcher's context
// and a MessagePort listener in the context that created the port. The
// README's engines table says so; Snapshot.wrap is the fix these specs guard.
import { Local, Snapshot, spawn } from '../../src/index.js';

/** Adds a listener in task "listener", fires it from task "firer"; what the listener read, bare and wrapped. */
async function heardFrom(
  listen: (listener: () => void) => void,
  fire: () => void | Promise<unknown>,
): Promise<{ bare: unknown; wrapped: unknown }> {
  const local = new Local();
  const heard: { bare?: unknown; wrapped?: unknown } = {};
  let done!: () => void;
  const both = new Promise<void>((resolve) => (done = resolve));
  await spawn(() => {
    local.id = 'listener';
    listen(() => (heard.bare = local.id ?? 'none'));
    listen(
      Snapshot.wrap(() => {
        heard.wrapped = local.id;
        done();
      }),
    );
  });
  await spawn(() => {
    local.id = 'firer';
    return fire();
  });
  await both;
  return heard as { bare: unknown; wrapped: unknown };
}

describe("Node's EventTarget, AbortSignal and MessagePort listeners", () => {
  it('do not run in the task that added them; Snapshot.wrap makes them', async () => {
    const target = new EventTarget();
    const heard = await heardFrom(
      (listener) => target.addEventListener('ping', listener),
      () => void target.dispatchEvent(new Event('ping')),
    );
    expect(heard).toEqual({ bare: 'firer', wrapped: 'listener' });
  });

  it('AbortSignal: the same, for abort listeners', async () => {
    const controller = new AbortController();
    const heard = await heardFrom(
      (listener) => controller.signal.addEventListener('abort', listener),
      () => controller.abort(),
    );
    expect(heard).toEqual({ bare: 'firer', wrapped: 'listener' });
  });

  it('MessagePort: a listener does not see the task that added it; Snapshot.wrap makes it', async () => {
    const { port1, port2 } = new MessageChannel();
    try {
      const heard = await heardFrom(
        (listener) => port2.addEventListener('message', listener),
        () => {
          port2.start();
          port1.postMessage('ping');
        },
      );
      expect(heard.wrapped).toBe('listener');
      expect(heard.bare).not.toBe('listener');
    } finally {
      port1.close();
      port2.close();
    }
  });
});
