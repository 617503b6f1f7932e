// The example from metapensiero.asyncio.tasklocal's page, task for task.
import { Local, spawn } from '../src/index.js';
import { hop, sleep } from './helpers.js';

describe('the seed example', () => {
  it('gives tasks A and B their own a_var across timers and promise hops', async () => {
    const mylocal = new Local();
    const printed: string[] = [];

    function* taskA() {
      mylocal.a_var = 'foo';
      yield sleep(1); // switches to task B
      yield hop();
      expect(mylocal.a_var).toBe('foo');
      printed.push(mylocal.a_var);
    }
    function* taskB() {
      mylocal.a_var = 'bar';
      yield sleep(1); // switches back to task A
      yield hop();
      expect(mylocal.a_var).toBe('bar');
      printed.push(mylocal.a_var);
    }

    await Promise.all([spawn(taskA), spawn(taskB)]);
    expect(printed).toEqual(['foo', 'bar']);
  });

  it('works the same with async functions compiled to ES2016', async () => {
    const mylocal = new Local();
    const taskA = async () => {
      mylocal.a_var = 'foo';
      await sleep(1);
      await hop();
      return mylocal.a_var;
    };
    const taskB = async () => {
      mylocal.a_var = 'bar';
      await sleep(1);
      await hop();
      return mylocal.a_var;
    };
    expect(await Promise.all([spawn(taskA), spawn(taskB)])).toEqual(['foo', 'bar']);
  });

  it('replays a subclass constructor for every task that touches it, as the seed does', async () => {
    let callCounter = 0;
    class CustomLocal extends Local {
      aValue: string | null = null;
      constructor(aValue: string) {
        super(aValue);
        this.aValue = aValue;
        callCounter++;
      }
    }
    const mylocal = new CustomLocal('foo');
    expect(callCounter).toBe(1);
    const seen = await Promise.all([spawn(() => mylocal.aValue), spawn(() => mylocal.aValue)]);
    expect(seen).toEqual(['foo', 'foo']);
    expect(callCounter).toBe(3);
  });
});
