// A subclass constructor replayed for a new task may throw, or read and write
// its own attributes; either way only that task's storage is affected.
import { Local, spawn } from '../../src/index.js';
import { hop, sleep } from '../helpers.js';
import { bystander } from './bystander.js';

describe('a replayed subclass constructor that throws', () => {
  let failing = false;
  let replays = 0;
  class Connection extends Local {
    ready = false;
    constructor(readonly url: string) {
      super(url);
      replays++;
      if (failing) throw new Error(`cannot connect to ${url}`);
      this.ready = true;
    }
  }

  it('fails each access with its error and keeps nothing, until an access succeeds; other tasks keep their values', async () => {
    const connection = new Connection('db://main');
    connection.value = 'creator value';
    const other = bystander(connection);
    replays = 0;
    const victim = await spawn(function* () {
      failing = true;
      const failures: string[] = [];
      for (const access of [
        () => connection.ready,
        () => (connection.value = 'lost'),
        () => Object.keys(connection),
      ]) {
        try {
          access();
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      failing = false;
      yield hop();
      const firstGoodRead = { ready: connection.ready, value: connection.value };
      connection.value = 'victim value';
      yield sleep(1);
      return { failures, firstGoodRead, value: connection.value, keys: Object.keys(connection) };
    });
    expect(victim.failures).toEqual(Array(3).fill('cannot connect to db://main'));
    expect(victim.firstGoodRead).toEqual({ ready: true, value: undefined });
    expect(victim.value).toBe('victim value');
    expect(victim.keys.sort()).toEqual(['ready', 'url', 'value']);
    expect(replays).toBe(4);
    expect(await other.report()).toEqual({
      value: 'bystander value',
      keys: jasmine.arrayWithExactContents(['ready', 'url', 'value']),
    });
    expect(connection.value).toBe('creator value');
  });
});

describe('a replayed subclass constructor that reads and writes its own attributes', () => {
  class Counter extends Local {
    count = 0;
    history: number[] = [];
    constructor(start: number) {
      super(start);
      this.count += start;
      this.history.push(this.count);
      this.count = this.count * 2;
      this.history = [...this.history, this.count];
    }
  }

  it('sees only the attributes it is building for that task, while other tasks change theirs', async () => {
    const counter = new Counter(5);
    counter.count = 100; // the creating context's own change, not the starting point of tasks
    const run = (steps: number) =>
      spawn(function* () {
        const initial = { count: counter.count, history: counter.history };
        for (let step = 0; step < steps; step++) {
          counter.count += 1;
          yield step % 2 ? sleep(1) : hop();
        }
        return { initial, count: counter.count };
      });
    const results = await Promise.all([run(1), run(2), run(3)]);
    for (const [index, result] of results.entries()) {
      expect(result.initial).toEqual({ count: 10, history: [5, 10] });
      expect(result.count).toBe(10 + index + 1);
    }
    expect(counter.count).toBe(100);
  });
});

describe('a replayed subclass constructor that touches another Local subclass before super()', () => {
  class Settings extends Local {
    theme = 'light';
  }
  const settings = new Settings();
  class Session extends Local {
    theme: string;
    constructor(label: string) {
      const theme = settings.theme; // replays Settings for a fresh task first
      super(label);
      this.theme = theme;
    }
  }

  it('still builds its own storage for the task', async () => {
    const session = new Session('s');
    expect(await spawn(() => session.theme)).toBe('light');
  });
});
