// Per-action state for the zoneless build on tasklocal's standalone engine.
// That engine keeps the task only in code tasklocal runs, so every action is a
// generator task: each step between two yields runs inside the action's task,
// and whatever a step calls (services, the HTTP interceptor) reads its values.
import { Injectable, signal, type WritableSignal } from '@angular/core';
import { Local, TaskVar, currentTask, spawn, type Task } from 'tasklocal';

/** What one action has done so far, as signals: zoneless change detection re-renders when they change. */
export interface StepLog {
  readonly action: string;
  readonly steps: WritableSignal<string[]>;
  readonly state: WritableSignal<'running' | 'done' | 'failed'>;
}

/**
 * The steps of an action: a generator whose `yield promise` stands where
 * `await promise` would; `Next` is what its yields give back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- perform takes steps whatever their yields give back
export type Steps<T, Next = any> = Generator<unknown, T, Next>;

export function newStepLog(action: string): StepLog {
  return { action, steps: signal([]), state: signal('running') };
}

@Injectable({ providedIn: 'root' })
export class StepActions {
  /** The running action's log: a separate one in every action task, and an error to touch outside one. */
  private readonly current = new Local<{ log: StepLog }>({ requireTask: true });
  /** Who started the running action; tasks spawned inside start with the same value. */
  readonly actor = new TaskVar<string>({ name: 'actor', defaultValue: 'nobody' });

  /** Runs `steps` as the task for action `log.action`, started by `actor`. */
  perform<T>(log: StepLog, actor: string, steps: () => Steps<T>): Task<T> {
    const { current, actor: actorVar } = this;
    return spawn(
      function* () {
        try {
          current.log = log;
          actorVar.set(actor);
          const result = yield* steps(); // every step of `steps` runs in this task
          log.state.set('done');
          return result;
        } catch (error) {
          log.state.set('failed');
          log.steps.update((steps) => [...steps, `failed: ${(error as Error).message}`]);
          throw error;
        }
      },
      { name: log.action },
    );
  }

  /** The running action's name, or undefined outside any action. */
  get action(): string | undefined {
    return currentTask() === null ? undefined : this.current.log?.action;
  }

  /** Adds a step to the running action's log, saying what the task sees now. */
  note(step: string): void {
    const log = this.current.log;
    if (log === undefined) throw new Error(`"${step}" happened in a task that is not an action`);
    log.steps.update((steps) => [...steps, `${step} (${log.action}, as ${this.actor.get()})`]);
  }
}
