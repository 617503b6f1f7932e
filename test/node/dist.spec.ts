import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TaskLocal from '../../src/index.js';
import { VERSION } from '../../src/base/version.js';
import { sleep } from '../helpers.js';

/** The seed example against one build of the library. */
async function seed({ Local, spawn }: typeof TaskLocal): Promise<unknown[]> {
  const mylocal = new Local();
  function* task(value: string) {
    mylocal.a_var = value;
    yield sleep(1);
    return mylocal.a_var;
  }
  return Promise.all([spawn(() => task('foo')), spawn(() => task('bar'))]);
}

describe('the built bundles in Node', () => {
  it('work through require() of the CJS file', async () => {
    const require = createRequire(resolve('package.json'));
    const cjs = require(resolve('dist/tasklocal.cjs')) as typeof TaskLocal;
    expect(await seed(cjs)).toEqual(['foo', 'bar']);
  });

  it('work through import() of the ESM file', async () => {
    const esm = (await import(pathToFileURL(resolve('dist/tasklocal.mjs')).href)) as typeof TaskLocal;
    expect(await seed(esm)).toEqual(['foo', 'bar']);
  });

  it('carry the version package.json names, which copies compare when they meet', () => {
    const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(manifest.version);
  });
});
