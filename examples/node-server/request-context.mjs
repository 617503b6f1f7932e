// What the server knows about the request being handled, kept per request:
// every request runs as a task of its own, so each one sees its own id and user.
// requireTask makes any use outside a request's task throw, instead of sharing
// one default storage.
import { Local } from 'tasklocal';

/** @type {{ id?: string, user?: string }} */
export const request = new Local({ requireTask: true });
