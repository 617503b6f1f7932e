// `npm run test:error-codes`: README's "Error codes" table and the codes the
// source throws are the same set. A production build's message is only
// `tasklocal error TLnnn: see …#error-codes`, so a code without a row leaves
// its user with nothing to read, and a row without a code is a stale promise.
// Reads the text of src/ and README.md; needs no build.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

/** Every .ts file under src/: its path and its text, comment lines blanked (errors.ts shows the pattern in one). */
function sources() {
  return fs
    .readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({
      file: `src/${file}`,
      text: fs
        .readFileSync(path.join(root, 'src', file), 'utf8')
        .split('\n')
        .map((line) => (/^\s*(\/\/|\/?\*)/.test(line) ? '' : line))
        .join('\n'),
    }));
}

/**
 * Every code the source names, where it is: a 'TLnnn' literal, whether written
 * in a fault() call or handed to one (a choice between two codes, a helper's
 * parameter).
 */
function sourceCodes() {
  return sources().flatMap(({ file, text }) =>
    [...text.matchAll(/'(TL\d+)'/g)].map((match) => ({
      at: `${file}:${text.slice(0, match.index).split('\n').length}`,
      code: match[1],
    })),
  );
}

/** The "## Error codes" section of README.md, or undefined. */
function errorCodesSection() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  return /^## Error codes[ \t]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
}

/** The code of each table row in the section, in order: the first cell's TLnnn. */
function tableCodes(section) {
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => /^\|\s*`?(TL\d+)`?\s*\|/.exec(line)?.[1])
    .filter((code) => code !== undefined);
}

describe("README's error codes", () => {
  it('has an "## Error codes" section with a table row for at least one code', () => {
    const section = errorCodesSection();
    assert.ok(section !== undefined, 'README.md has no "## Error codes" section');
    assert.ok(
      tableCodes(section).length > 0,
      'the "## Error codes" section has no row starting with a TLnnn code',
    );
  });

  it('lists each code once', () => {
    const codes = tableCodes(errorCodesSection() ?? '');
    assert.deepEqual(
      codes.filter((code, index) => codes.indexOf(code) !== index),
      [],
    );
  });

  it('has a row for every code the source throws', () => {
    const listed = new Set(tableCodes(errorCodesSection() ?? ''));
    assert.deepEqual(
      sourceCodes()
        .filter(({ code }) => !listed.has(code))
        .map(({ at, code }) => `${code} (${at})`),
      [],
    );
  });

  it('has no row for a code the source does not throw', () => {
    const used = new Set(sourceCodes().map(({ code }) => code));
    assert.deepEqual(
      tableCodes(errorCodesSection() ?? '').filter((code) => !used.has(code)),
      [],
    );
  });
});
