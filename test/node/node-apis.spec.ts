import { EventEmitter } from 'node:events';
// The default import is fs itself, which zone.js patches; named imports are
// bindings taken before the patch, and their callbacks would leave the task.
import fs from 'node:fs';
import { Local, spawn } from '../../src/index.js';

describe('in Node', () => {
  it('keeps task values in fs callbacks', async () => {
    const local = new Local();
    const run = (id: string) =>
      spawn(
        () =>
          new Promise((resolve, reject) => {
            local.id = id;
            fs.readFile('package.json', (error) => (error ? reject(error) : resolve(local.id)));
          }),
      );
    expect(await Promise.all([run('a'), run('b')])).toEqual(['a', 'b']);
  });

  it('runs EventEmitter listeners in the task that added them, whoever emits', async () => {
    const local = new Local();
    const emitter = new EventEmitter();
    const heard: unknown[] = [];
    await spawn(() => {
      local.id = 'listener task';
      emitter.on('ping', () => heard.push(local.id));
    });
    await spawn(() => {
      local.id = 'emitter task';
      emitter.emit('ping');
    });
    emitter.emit('ping');
    expect(heard).toEqual(['listener task', 'listener task']);
  });

  it('keeps task values in process.nextTick and setImmediate callbacks', async () => {
    const local = new Local();
    const run = (id: string) =>
      spawn(
        () =>
          new Promise((resolve) => {
            local.id = id;
            process.nextTick(() => setImmediate(() => resolve(local.id)));
          }),
      );
    expect(await Promise.all([run('a'), run('b')])).toEqual(['a', 'b']);
  });
});
