// The names of the benchmark groups, shared by the cases and the reporting
// (which must not load the cases: they need zone.js).
export const READ = 'read in the task zone';
export const READ3 = 'read 3 zones below the task zone';
export const WRITE = 'write in the task zone';
export const SPAWN = 'spawn N concurrent tasks (per task)';
export const MEMORY = 'memory, N live tasks each holding one value';
