// Buttons start concurrent user actions written with plain async/await; each
// action's steps are shown under it, and so is anything that went wrong.
/// <reference types="zone.js" />
import { HttpClient } from '@angular/common/http';
import { ApplicationRef, Component, NgZone, afterEveryRender, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { runInZone } from 'tasklocal';
import { ActionState, type ActionLog } from './action-state';
import { exposeRenders } from './render-log';

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
    <button id="zones" (click)="start('zones')">Leave Angular's zone and come back</button>
    <p>
      Startup request: <output id="ping">{{ ping() }}</output>
    </p>
    <p>
      Most actions at once: <output id="most-at-once">{{ mostAtOnce }}</output>
    </p>
    <p id="error">{{ error() }}</p>
    @for (log of actions; track log.action) {
      <section class="action" [attr.data-action]="log.action" [attr.data-state]="log.state">
        <h2>{{ log.action }}</h2>
        <ol>
          @for (step of log.steps; track $index) {
            <li>{{ step }}</li>
          }
        </ol>
      </section>
    }
  `,
})
export class App {
  private readonly state = inject(ActionState);
  private readonly http = inject(HttpClient);
  private readonly ngZone = inject(NgZone);
  /** How many times Angular's zone went busy; each such turn ends in change detection. */
  private angularTurns = 0;
  readonly actions: ActionLog[] = [];
  readonly ping = signal('waiting');
  readonly error = signal('');
  mostAtOnce = 0;
  private running = 0;

  constructor() {
    // A request outside any action: the interceptor finds no action to tag it with.
    this.http.get<Echo>('/api/ping').subscribe({
      next: (echo) => this.ping.set(`answered, ${tags(echo)}`),
      error: (error: Error) => this.ping.set(`failed: ${error.message}`),
    });
    this.ngZone.onUnstable.subscribe(() => this.angularTurns++);
    afterEveryRender(exposeRenders());
    exposeWhenStable(inject(ApplicationRef));
  }

  start(kind: 'save' | 'load' | 'zones'): void {
    const number = this.actions.length + 1;
    const action = `${kind} #${number}`;
    const log: ActionLog = { action, steps: [], state: 'running' };
    this.actions.push(log);
    const work = () =>
      kind === 'save' ? this.save(action) : kind === 'load' ? this.load(action) : this.zones(action);
    try {
      const task = this.state.perform(log, `user ${number}`, work);
      this.mostAtOnce = Math.max(this.mostAtOnce, ++this.running);
      task
        .catch(() => {}) // perform already showed the error under the action
        .finally(() => this.running--);
    } catch (error) {
      log.state = 'failed';
      this.error.set((error as Error).message);
    }
  }

  /** Each step names its own action (from this closure), so a step shown under another action is a crossing. */
  private async load(action: string): Promise<void> {
    this.state.note(`${action}: started`);
    const item = await firstValueFrom(this.http.get<Echo>('/api/item', { params: { for: action } }));
    this.state.note(`${action}: loaded, server saw ${tags(item)}`);
    await sleep(action.length % 3);
    this.state.note(`${action}: waited`);
    const stored = await firstValueFrom(this.http.post<Echo>('/api/log', {}, { params: { for: action } }));
    this.state.note(`${action}: logged, server saw ${tags(stored)}`);
  }

  private async save(action: string): Promise<void> {
    this.state.note(`${action}: started`);
    const item = await firstValueFrom(this.http.get<Echo>('/api/item', { params: { for: action } }));
    this.state.note(`${action}: loaded, server saw ${tags(item)}`);
    const saved = await firstValueFrom(this.http.put<Echo>('/api/item', {}, { params: { for: action } }));
    this.state.note(`${action}: saved, server saw ${tags(saved)}`);
    await sleep(1);
    this.state.note(`${action}: waited`);
  }

  /** Waits on a timer outside Angular's zone, then on one back inside it, without leaving the task. */
  private async zones(action: string): Promise<void> {
    this.state.note(`${action}: started`);
    const outside = this.ngZone.runOutsideAngular(() => Zone.current);
    const inside = this.ngZone.run(() => Zone.current);
    const [away, back] = await runInZone(outside, async () => {
      const away = await this.afterTimer(); // Angular does not notice this timer
      return [away, await runInZone(inside, () => this.afterTimer())];
    });
    this.state.note(`${action}: outside, ${away}`);
    this.state.note(`${action}: back, ${back}`);
  }

  /** What code resuming after a timer sees: which zone, how many Angular turns the timer caused, which action. */
  private async afterTimer(): Promise<string> {
    const turns = this.angularTurns;
    await sleep(1);
    const zone = NgZone.isInAngularZone() ? 'in Angular' : 'not in Angular';
    return `${zone}, Angular turns meanwhile: ${this.angularTurns - turns}, saw ${this.state.action} as ${this.state.actor.get()}`;
  }
}

/** Lets the test wait until Angular reports the app stable (no pending work in its zone). */
function exposeWhenStable(appRef: ApplicationRef): void {
  (globalThis as { whenStable?: () => Promise<void> }).whenStable = () => appRef.whenStable();
}
