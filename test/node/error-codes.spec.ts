// Production builds throw short messages that name a code; README's "Error
// codes" table is where users read what each one means, so it must explain
// every code the source uses, and only those.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TaskLocal from '../../src/index.js';

/** The codes written in the source, as `'TLnnn'` literals (fault's first argument, or a choice between two). */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const files = readdirSync(resolve('src'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  for (const file of files) {
    const text = readFileSync(join(resolve('src'), file), 'utf8');
    for (const [, code] of text.matchAll(/'(TL\d{3})'/g)) codes.add(code);
  }
  return codes;
}

/** The codes of the table's rows, in README order. */
function codesInReadme(): string[] {
  const readme = readFileSync(resolve('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Error codes\n'), readme.indexOf('\n## Guarantees\n'));
  return [...section.matchAll(/^\| (TL\d{3}) +\|/gm)].map(([, code]) => code);
}

describe('error codes', () => {
  it("are each explained by one row of README's table, sorted, with no row for a code the source does not use", () => {
    const rows = codesInReadme();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual([...new Set(rows)].sort());
    expect(new Set(rows)).toEqual(codesInSource());
  });

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
