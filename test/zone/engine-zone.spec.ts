import { engineName, useEngine } from '../../src/index.js';

describe('the engine, with zone.js loaded', () => {
  it('is the zone engine, readable at run time', () => {
    expect(engineName()).toBe('zone');
  });

  it('refuses to switch to another engine once chosen, saying why', () => {
    engineName(); // chooses now, if no other spec has used tasklocal yet
    expect(() => useEngine('async-local-storage')).toThrowError(
      /already runs on the zone engine.*before anything starts a task/,
    );
    expect(() => useEngine('zone')).not.toThrow();
    expect(() => useEngine('threads' as never)).toThrowError(
      TypeError,
      /takes 'zone', 'async-local-storage' or the standalone engine/,
    );
  });
});
