// Production builds throw short messages that name a code (README's "Error
// codes" table, kept complete by test/error-codes.test.mjs): the built
// production file, as Node loads it with the production condition.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TaskLocal from '../../src/index.js';

describe('error codes', () => {
  it('make the production build throw the same error class with a short message naming the code', async () => {
    const production = (await import(
      pathToFileURL(resolve('dist/tasklocal.production.mjs')).href
    )) as typeof TaskLocal;
    const spawnAnything = production.spawn as (fn: unknown) => unknown;
    expect(() => spawnAnything(42)).toThrowError(
      TypeError,
      'tasklocal error TL200: see https://www.npmjs.com/package/tasklocal#error-codes',
    );
  });
});
