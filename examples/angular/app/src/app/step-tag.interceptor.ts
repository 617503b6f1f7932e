// Tags every request with the action that made it, the user who started that
// action and the request's number within it, all read from task-local state.
// On the standalone engine this works because HttpClient runs interceptors when
// the request is subscribed, and the action subscribes (firstValueFrom) inside
// one of its generator steps.
import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Local } from 'tasklocal';
import { StepActions } from './step-actions';

/** Requests sent so far by the running action; code outside any action shares one count. */
const sent = new Local<{ count: number }>();

export const stepTagInterceptor: HttpInterceptorFn = (request, next) => {
  const actions = inject(StepActions);
  sent.count = (sent.count ?? 0) + 1;
  const headers: Record<string, string> = {
    'x-actor': actions.actor.get() ?? 'nobody',
    'x-request-number': String(sent.count),
  };
  const action = actions.action; // undefined outside any action, e.g. for the request made at startup
  if (action !== undefined) headers['x-action'] = action;
  return next(request.clone({ setHeaders: headers }));
};
