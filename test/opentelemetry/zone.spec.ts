// ZoneContextManager's case about zones, on the zone engine: each with()
// runs in a new zone forked from the current one, so zone-aware code (and
// Angular) sees the usual zone tree.
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { TaskLocalContextManager } from '../../src/opentelemetry/index.js';

describe('TaskLocalContextManager on zone.js', () => {
  it('each with() forks a new zone from the current one', () => {
    const manager = new TaskLocalContextManager().enable();
    const outside = Zone.current;
    manager.with(ROOT_CONTEXT, () => {
      const first = Zone.current;
      expect(first.parent).toBe(outside);
      manager.with(ROOT_CONTEXT, () => {
        const second = Zone.current;
        expect(second.parent).toBe(first);
        manager.with(ROOT_CONTEXT, () => expect(Zone.current.parent).toBe(second));
      });
    });
    manager.disable();
  });
});
