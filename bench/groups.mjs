// The names of the benchmark groups, shared by the cases and the reporting
// (which must not load the cases: they need zone.js).
export const READ = 'read in the task zone';
/** In its own page: a page commits to one engine, and the other groups run on zone.js. */
export const READ_STANDALONE = 'read in a task, standalone engine (its own page)';
export const READ3 = 'read 3 zones below the task zone';
export const WRITE = 'write in the task zone';
export const SPAWN = 'spawn N concurrent tasks (per task)';
export const MEMORY = 'memory, N live tasks each holding one value';
export const IDLE = 'spawn beside idle inheriting Locals (per task)';
export const SEQUENCE = 'an inheriting Local per task, tasks in sequence (per task)';
export const SEQUENCE_HEAP = 'an inheriting Local per task: heap held after the run and GC (per task)';

/** How many tasks each run of the sequence has; the first is the baseline. */
export const SEQUENCE_SIZES = [2000, 4000, 8000, 16000];
export const sequenceName = (tasks) => `${tasks.toLocaleString('en')} tasks`;
/** OpenTelemetry context managers (issue 21): one with() around one active(), in the zone.js page. */
export const OTEL_WITH_ZONE = 'OpenTelemetry with() + active(), zone.js (per call)';
/** The same in Node without zone.js, in a process of its own (bench/opentelemetry-node.mjs). */
export const OTEL_WITH_ALS = 'OpenTelemetry with() + active(), AsyncLocalStorage (per call)';
