export { Local, type LocalConstructor, type LocalOptions, type AnyAttributes } from './local.js';
export { Task, spawn, currentTask, type SpawnOptions, type TaskFunction } from './task.js';
export { BaseDiscriminator, TaskDiscriminator, ZoneDiscriminator } from './discriminator.js';
export type { ZoneLike } from './engine.js';
