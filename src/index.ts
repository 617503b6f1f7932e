export { Local, type LocalConstructor, type LocalOptions, type AnyAttributes } from './local.js';
export { Task, spawn, currentTask, type SpawnOptions, type TaskFunction, type TaskState } from './task.js';
export { TaskVar, TaskVarToken, type TaskVarConstructor, type TaskVarOptions } from './task-var.js';
export { coroutine } from './coroutine.js';
export { wait } from './wait.js';
export { Snapshot } from './snapshot.js';
export { runInZone } from './run-in-zone.js';
export { BaseDiscriminator, TaskDiscriminator, ZoneDiscriminator } from './discriminator.js';
export { engineName, useEngine, type EngineName, type ZoneLike } from './engine.js';
