// An Angular service that keeps per-user-action state in a Local: every user
// action (a save, a load…) runs as its own task inside Angular's zone, and
// anything called during it can add to that action's log without being handed
// the action. Angular still sees the work: change detection runs after each
// callback, and onStable fires once the actions are done.
//
// Plain ESM for the example; in an app, decorate the class with
// @Injectable({ providedIn: 'root' }) and take NgZone by `inject(NgZone)`.
import { NgZone } from '@angular/core';
import { Local, spawn } from 'tasklocal';

export class UserActionLog {
  /** The running action's name and log, one set per action task. */
  #action = new Local();

  constructor(ngZone) {
    if (!(ngZone instanceof NgZone)) {
      throw new TypeError(
        'UserActionLog needs the NgZone to run actions in, e.g. new UserActionLog(inject(NgZone)).',
      );
    }
    this.ngZone = ngZone;
  }

  /**
   * Runs `steps` (a generator function: yield where you would await) as the
   * user action `name`, in Angular's zone. Resolves to that action's log.
   */
  perform(name, steps) {
    const action = this.#action;
    return this.ngZone.run(() =>
      spawn(
        function* () {
          action.name = name;
          action.entries = [];
          yield* steps();
          return action.entries;
        },
        { name },
      ),
    );
  }

  /** Adds a line to the current action's log; outside any action it is an error. */
  note(message) {
    if (this.#action.entries === undefined) {
      throw new Error(
        `UserActionLog.note("${message}") was called outside an action: start one with perform().`,
      );
    }
    this.#action.entries.push(`${this.#action.name}: ${message}`);
  }

  /** The name of the action running now, or undefined. */
  get currentAction() {
    return this.#action.name;
  }
}
