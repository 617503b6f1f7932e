// A tiny logger: callers pass only the message; the request id and user come
// from the task-local request context, whichever request is running.
import { request } from './request-context.mjs';

let write = (line) => console.log(line);

/** Where log lines go (console.log unless told otherwise). */
export function setLogWriter(writer) {
  write = writer;
}

export function log(message) {
  write(`[${request.id ?? '-'} ${request.user ?? '-'}] ${message}`);
}
