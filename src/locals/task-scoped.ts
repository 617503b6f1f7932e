// The errors of requireTask Locals and TaskVars used where no task is: what
// happened, as far as tasklocal can tell, and the causes that fit the engine
// and the platform (no Node advice in a browser). These errors are
// guarantees and throw in every build; the explanation, and causes() that
// builds it, exist in development only.
import { DEV } from '../base/dev.js';
import { fault } from '../base/errors.js';
import { engine } from '../engines/current.js';
import { nodeProcess } from '../base/platform.js';
import { realm } from '../engines/realm.js';

const LISTENERS_NODE_ZONE =
  "a listener on Node's EventTarget, AbortSignal or MessagePort, which zone.js does not patch in Node (wrap it with Snapshot.wrap)";

function causes(): string {
  switch (engine().name) {
    case 'zone':
      return (
        "code that resumed after a native `await` (zone.js cannot follow one: use tasklocal's bundler plugin, " +
        'write the function as a generator, or wrap it with coroutine()), or a callback from an API zone.js ' +
        `does not patch (wrap it with Snapshot.wrap)${nodeProcess() === undefined ? '' : `, such as ${LISTENERS_NODE_ZONE}`}`
      );
    case 'async-local-storage':
      return (
        'a callback registered outside the task, or a listener: EventEmitter, EventTarget and AbortSignal ' +
        'listeners run in the context of the code that emits or dispatches, and MessagePort listeners in the ' +
        'context that created the port (wrap it with Snapshot.wrap)'
      );
    case 'standalone':
      return (
        'code that resumed after a native `await` (the standalone engine follows generator tasks, coroutine() and ' +
        "async functions lowered by tasklocal's bundler plugin, nothing else), or a callback tasklocal does not run, " +
        'such as a timer, a .then callback or an event listener (wrap it with Snapshot.wrap)'
      );
  }
}

/**
 * The error for a `requireTask` Local or TaskVar used outside any task: before
 * any task started, or (likely) after the task was lost on the way.
 */
export function outsideTaskError(label: string): Error {
  return realm.tasksStarted === 0
    ? new Error(
        fault(
          'TL330',
          DEV &&
            `${outside(label)}, before any task started: code that runs before the code that calls spawn(), such as ` +
              'module-level code, or a NestJS guard, which runs before an interceptor. Spawn earlier (in the first middleware).',
        ),
      )
    : new Error(
        fault(
          'TL331',
          DEV &&
            `${outside(label)}. Start the work with spawn(). If it was started with spawn(), the likely cause is ${causes()}.`,
        ),
      );
}

function outside(label: string): string {
  return `${label} is task-scoped (requireTask), and it was used outside any task`;
}

/**
 * The error for a `requireTask` Local used in a task its discriminator does not
 * track (a TaskDiscriminator({ zone }) outside that zone): not "outside any task".
 */
export function untrackedTaskError(
  label: string,
  task: { readonly name: string },
  discriminator: object,
): Error {
  return new Error(fault('TL332', DEV && untracked(label, task, discriminator.constructor.name)));
}

function untracked(label: string, task: { readonly name: string }, name: string): string {
  return (
    `${label} is task-scoped (requireTask), and it was used in task "${task.name}", which its ${name} does not ` +
    `track${name === 'TaskDiscriminator' ? ': with { zone }, only tasks spawned inside that zone count' : ''}. ` +
    'Spawn the task inside the zone the discriminator tracks, or give this Local a discriminator that tracks it.'
  );
}
