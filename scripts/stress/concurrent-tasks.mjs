// Many tasks alive at once, each writing its own values into two Locals and
// reading them back after three random hops: any value from another task, or
// any key it did not set, counts as crossed.
import { Local, spawn } from 'tasklocal';
import { randomHop } from './hops.mjs';

export async function concurrentTasks(count) {
  const identity = new Local();
  const payload = new Local();
  const tasks = [];
  for (let index = 0; index < count; index++) {
    tasks.push(
      spawn(function* () {
        identity.id = `task ${index}`;
        payload.index = index;
        for (let hop = 0; hop < 3; hop++) yield randomHop();
        const own =
          identity.id === `task ${index}` &&
          payload.index === index &&
          Object.keys(identity).join() === 'id' &&
          Object.keys(payload).join() === 'index';
        return own ? 0 : 1;
      }),
    );
  }
  const crossed = (await Promise.all(tasks)).reduce((sum, bad) => sum + bad, 0);
  return { tasks: count, crossed };
}
