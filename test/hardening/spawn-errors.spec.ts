// spawn() refuses bad arguments before it starts anything: no task, no zone,
// no change to the caller's task or to any other task.
import { currentTask, Local, spawn, Task } from '../../src/index.js';
import { bystander } from './bystander.js';

function* generatorFunction() {
  yield 1;
}

/** Runs `attempt` inside a task and reports what it threw and what the task still sees. */
function attemptInsideTask(local: Local, attempt: () => unknown) {
  return spawn(() => {
    local.value = 'caller value';
    const caller = currentTask();
    let thrown: unknown;
    try {
      attempt();
    } catch (error) {
      thrown = error;
    }
    return { thrown, sameTask: currentTask() === caller, value: local.value };
  });
}

describe('spawn given something that is not a function', () => {
  const notFunctions: [string, unknown, RegExp][] = [
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got number 42/],
    ['a string', 'work', /got the string "work"/],
    ['a plain object', { run() {} }, /got an object of class Object/],
    [
      'a promise (the result of calling the function)',
      Promise.resolve(1),
      /got an object of class \w*Promise/,
    ],
    ['a generator object (a called generator function)', generatorFunction(), /got an object/],
  ];
  for (const [label, value, named] of notFunctions) {
    it(`throws a TypeError naming ${label} and saying to pass the function itself, and starts nothing`, async () => {
      const local = new Local();
      const other = bystander(local);
      const outcome = await attemptInsideTask(local, () => spawn(value as never));
      const error = outcome.thrown as Error;
      expect(error).toEqual(jasmine.any(TypeError));
      expect(error.message).toMatch(/spawn\(\) needs a function to run as the task/);
      expect(error.message).toMatch(named);
      expect(error.message).toMatch(/Pass the function itself, e\.g\. spawn\(\(\) => work\(\)\)/);
      expect(outcome.sameTask).toBeTrue();
      expect(outcome.value).toBe('caller value');
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
    });
  }

  it('names a missing function as plain "undefined"', () => {
    expect(() => spawn(undefined as never)).toThrowError(TypeError, /got undefined\. Pass/);
  });

  it('throws the same errors from new Task()', () => {
    expect(() => new Task(7 as never)).toThrowError(TypeError, /needs a function.*got number 7/);
  });
});

describe('spawn given bad options', () => {
  const badOptions: [string, unknown, RegExp][] = [
    ['an unknown key', { nmae: 'job' }, /unknown option "nmae"; the options are name and zone/],
    [
      'a capitalised Zone key',
      { Zone: Zone.current },
      /unknown option "Zone"; the options are name and zone/,
    ],
    [
      'a zone that is a plain object',
      { zone: {} },
      /option zone must be a zone\.js Zone \(such as Zone\.current\), got an object of class Object/,
    ],
    [
      'a zone that is a string',
      { zone: 'root' },
      /option zone must be a zone\.js Zone .*got the string "root"/,
    ],
    [
      'the Zone class instead of a zone',
      { zone: Zone },
      /option zone must be a zone\.js Zone \(such as Zone\.current\), got the function/,
    ],
    [
      'an object shaped like a zone',
      { zone: { name: 'fake', parent: null, get: () => undefined } },
      /option zone must be a zone\.js Zone/,
    ],
    ['a name that is not a string', { name: 7 }, /option name must be a string, got number 7/],
    [
      'options that are not an object',
      'job',
      /options must be an object such as \{ name, zone \}, got the string "job"/,
    ],
  ];
  for (const [label, options, message] of badOptions) {
    it(`throws a TypeError for ${label}, runs nothing, and other tasks keep their values`, async () => {
      const local = new Local();
      const other = bystander(local);
      let ran = false;
      const outcome = await attemptInsideTask(local, () => spawn(() => (ran = true), options as never));
      expect(outcome.thrown).toEqual(jasmine.any(TypeError));
      expect((outcome.thrown as Error).message).toMatch(message);
      expect(ran).toBeFalse();
      expect(outcome.sameTask).toBeTrue();
      expect(outcome.value).toBe('caller value');
      expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
    });
  }
});
