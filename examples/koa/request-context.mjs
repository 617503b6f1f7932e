// What the server knows about the request being handled. Every request runs as
// a task of its own, so each one sees its own id and user here, however many
// are in flight; nothing has to be passed down the call stack. requireTask makes
// any use outside a request's task throw, instead of sharing one default storage.
import { Local } from 'tasklocal';

/** @type {{ id?: string, user?: string }} */
export const request = new Local({ requireTask: true });
