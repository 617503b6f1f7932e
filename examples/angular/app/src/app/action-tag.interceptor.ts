// Tags every request with the action that made it, the user who started that
// action and the request's number within it, all read from task-local state:
// no service hands them down.
import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Local } from 'tasklocal';
import { ActionState } from './action-state';

/** Requests sent so far by the running action; code outside any action shares one count. */
const sent = new Local<{ count: number }>();

export const actionTagInterceptor: HttpInterceptorFn = (request, next) => {
  const state = inject(ActionState);
  sent.count = (sent.count ?? 0) + 1;
  const headers: Record<string, string> = {
    'x-actor': state.actor.get() ?? 'nobody',
    'x-request-number': String(sent.count),
  };
  const action = state.action; // undefined outside any action, e.g. for a request made at startup
  if (action !== undefined) headers['x-action'] = action;
  return next(request.clone({ setHeaders: headers }));
};
