// The zoneless app on tasklocal's standalone engine: the same Save and Load
// actions as app.ts, written as generator steps (`yield` where app.ts awaits),
// so each resume runs inside the action's task. A third action shows the
// engine's limit: callbacks the browser calls on its own run outside any task.
import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Snapshot } from 'tasklocal';
import { StepActions, newStepLog, type StepLog, type Steps } from './step-actions';

/** What the test server answers: the tags it found on the request. */
interface Echo {
  action: string | null;
  actor: string | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const tags = (echo: Echo) => `${echo.action ?? 'no action'} for ${echo.actor ?? 'nobody'}`;

@Component({
  selector: 'app-root',
  template: `
    <button id="save" (click)="start('save')">Save</button>
    <button id="load" (click)="start('load')">Load</button>
    <button id="limits" (click)="start('limits')">Callbacks outside tasklocal</button>
    <p>
      Startup request: <output id="ping">{{ ping() }}</output>
    </p>
    <p>
      Most actions at once: <output id="most-at-once">{{ mostAtOnce() }}</output>
    </p>
    <p id="error">{{ error() }}</p>
    @for (log of logs(); track log.action) {
      <section class="action" [attr.data-action]="log.action" [attr.data-state]="log.state()">
        <h2>{{ log.action }}</h2>
        <ol>
          @for (step of log.steps(); track $index) {
            <li>{{ step }}</li>
          }
        </ol>
      </section>
    }
  `,
})
export class StepApp {
  private readonly actions = inject(StepActions);
  private readonly http = inject(HttpClient);
  readonly logs = signal<StepLog[]>([]);
  readonly ping = signal('waiting');
  readonly error = signal('');
  readonly mostAtOnce = signal(0);
  private running = 0;

  constructor() {
    // A request outside any action: the interceptor finds no action to tag it with.
    this.http.get<Echo>('/api/ping').subscribe({
      next: (echo) => this.ping.set(`answered, ${tags(echo)}`),
      error: (error: Error) => this.ping.set(`failed: ${error.message}`),
    });
  }

  start(kind: 'save' | 'load' | 'limits'): void {
    const number = this.logs().length + 1;
    const action = `${kind} #${number}`;
    const log = newStepLog(action);
    this.logs.update((logs) => [...logs, log]);
    const steps = () =>
      kind === 'save' ? this.save(action) : kind === 'load' ? this.load(action) : this.limits(action);
    try {
      const task = this.actions.perform(log, `user ${number}`, steps);
      this.mostAtOnce.update((most) => Math.max(most, ++this.running));
      const finished = () => this.running--;
      task.then(finished, finished); // perform already showed any error under the action
    } catch (error) {
      log.state.set('failed');
      this.error.set((error as Error).message);
    }
  }

  /** Each step names its own action (from this closure), so a step shown under another action is a crossing. */
  private *load(action: string): Steps<void, Echo> {
    this.actions.note(`${action}: started`);
    // firstValueFrom subscribes now, inside this step: the interceptor runs in the action's task.
    const item: Echo = yield firstValueFrom(this.http.get<Echo>('/api/item', { params: { for: action } }));
    this.actions.note(`${action}: loaded, server saw ${tags(item)}`);
    yield sleep(action.length % 3);
    this.actions.note(`${action}: waited`);
    const stored: Echo = yield firstValueFrom(
      this.http.post<Echo>('/api/log', {}, { params: { for: action } }),
    );
    this.actions.note(`${action}: logged, server saw ${tags(stored)}`);
  }

  private *save(action: string): Steps<void, Echo> {
    this.actions.note(`${action}: started`);
    const item: Echo = yield firstValueFrom(this.http.get<Echo>('/api/item', { params: { for: action } }));
    this.actions.note(`${action}: loaded, server saw ${tags(item)}`);
    const saved: Echo = yield firstValueFrom(
      this.http.put<Echo>('/api/item', {}, { params: { for: action } }),
    );
    this.actions.note(`${action}: saved, server saw ${tags(saved)}`);
    yield sleep(1);
    this.actions.note(`${action}: waited`);
  }

  /**
   * What code run by the browser, not by tasklocal, sees inside an action: a
   * plain timer callback and code after a native await run outside any task;
   * a callback wrapped with Snapshot.wrap runs in the action's task.
   */
  private *limits(action: string): Steps<void, string> {
    this.actions.note(`${action}: started`);
    const plain: string = yield new Promise<string>((resolve) => setTimeout(() => resolve(this.seen()), 1));
    this.actions.note(`${action}: plain setTimeout callback ${plain}`);
    const wrapped: string = yield new Promise<string>((resolve) =>
      setTimeout(
        Snapshot.wrap(() => resolve(this.seen())),
        1,
      ),
    );
    this.actions.note(`${action}: Snapshot.wrap'd setTimeout callback ${wrapped}`);
    const afterAwait: string = yield (async () => {
      await sleep(1);
      return this.seen();
    })();
    this.actions.note(`${action}: code after a native await ${afterAwait}`);
  }

  /** Which action and actor the code running now sees. */
  private seen(): string {
    return `saw ${this.actions.action ?? 'no action'} as ${this.actions.actor.get()}`;
  }
}
