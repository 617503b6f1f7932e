import * as source from '../../src/index.js';
import { sleep } from '../helpers.js';

// Karma loads the UMD bundle of the mode under test (dist/tasklocal.umd.js in
// development, .umd.min.js in production) with a plain <script> tag, before zone.js.
const { TaskLocal } = window as unknown as { TaskLocal: typeof source };

describe('the UMD bundle', () => {
  it('defines the global TaskLocal with every name the package exports, even when loaded before zone.js', () => {
    expect(Object.keys(TaskLocal).sort()).toEqual(Object.keys(source).sort());
  });

  it('runs the seed example', async () => {
    const { Local, spawn } = TaskLocal;
    const mylocal = new Local();
    function* task(value: string) {
      mylocal.a_var = value;
      yield sleep(1);
      return mylocal.a_var;
    }
    expect(await Promise.all([spawn(() => task('foo')), spawn(() => task('bar'))])).toEqual(['foo', 'bar']);
  });
});
