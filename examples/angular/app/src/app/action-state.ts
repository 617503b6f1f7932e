// Per-action state for the whole app: every user action runs as its own task
// inside Angular's zone, so anything it calls (services, the HTTP interceptor)
// can read which action it serves without being handed it.
import { Injectable, NgZone, inject } from '@angular/core';
import { Local, TaskVar, currentTask, spawn, type Task } from 'tasklocal';

/** What one action has done so far; the page shows one of these per action. */
export interface ActionLog {
  action: string;
  steps: string[];
  state: 'running' | 'done' | 'failed';
}

@Injectable({ providedIn: 'root' })
export class ActionState {
  /** The running action's log: a separate one in every action task, and an error to touch outside one. */
  private readonly current = new Local<{ log: ActionLog }>({ requireTask: true });
  /** Who started the running action; tasks spawned inside start with the same value. */
  readonly actor = new TaskVar<string>({ name: 'actor', defaultValue: 'nobody' });
  private readonly ngZone = inject(NgZone);

  /**
   * Runs `work` as the task for action `log.action`, started by `actor`,
   * in Angular's zone so that change detection follows every step.
   */
  perform<T>(log: ActionLog, actor: string, work: () => Promise<T>): Task<T> {
    return this.ngZone.run(() =>
      spawn(
        async () => {
          try {
            this.current.log = log;
            this.actor.set(actor);
            const result = await work();
            log.state = 'done';
            return result;
          } catch (error) {
            log.state = 'failed';
            log.steps.push(`failed: ${(error as Error).message}`);
            throw error;
          }
        },
        { name: log.action },
      ),
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
    log.steps.push(`${step} (${log.action}, as ${this.actor.get()})`);
  }
}
