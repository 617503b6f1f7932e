// The `tasklocal/opentelemetry` entry: an OpenTelemetry context manager on
// tasklocal's engines. It is built apart from the runtime entry, which never
// imports @opentelemetry/api.
export { TaskLocalContextManager } from './task-local-context-manager.js';
