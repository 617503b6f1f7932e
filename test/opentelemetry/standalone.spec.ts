// What the standalone engine does with OpenTelemetry's callback cases
// (callbacks.spec.ts): it patches nothing, so a plain timer callback set
// inside with() runs outside it; bind() is the fix, as Snapshot.wrap is for
// tasklocal's own values. Lowered async functions keep their context
// (context-manager.spec.ts).
import { createContextKey, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';

const key = createContextKey('tasklocal test key');

describe('TaskLocalContextManager on the standalone engine', () => {
  it('a plain timer callback set inside with() sees ROOT_CONTEXT; a bound one sees the context', async () => {
    const manager = new TaskLocalContextManager().enable();
    const context = ROOT_CONTEXT.setValue(key, 'action');
    const [plain, bound] = await new Promise<Context[]>((resolve) => {
      manager.with(context, () => {
        setTimeout(() => {
          const seenPlain = manager.active();
          setTimeout(
            manager.bind(context, () => resolve([seenPlain, manager.active()])),
            1,
          );
        }, 1);
      });
    });
    expect(plain).toBe(ROOT_CONTEXT);
    expect(bound).toBe(context);
    manager.disable();
  });
});
