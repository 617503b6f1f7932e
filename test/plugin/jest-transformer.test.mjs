// tasklocal/jest's transformer on its own: it runs the app's transformer
// (babel-jest here, stripping TypeScript), lowers that output, and hands Jest
// one source map from the lowered code back to the TypeScript source, so a
// failing test's stack points at the line the user wrote.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { createTransformer } from 'tasklocal/jest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(repoRoot, 'test', 'plugin', 'fixtures', 'jest-source.ts');

// Types and a blank line above the call shift the lines of babel-jest's output.
const SOURCE = [
  'type Id = string;',
  'interface Loaded {',
  '  id: Id;',
  '}',
  '',
  'export async function load(id: Id): Promise<Loaded> {',
  '  await Promise.resolve();',
  '  return { id: checkpoint(id) };',
  '}',
  'declare function checkpoint(id: Id): Id;',
  '',
].join('\n');
const CALL_LINE = 8;

/** The parts of Jest's transform options babel-jest reads. */
const jestOptions = {
  config: { rootDir: repoRoot, cwd: repoRoot },
  configString: '{}',
  instrument: false,
  cacheFS: new Map(),
  supportsDynamicImport: false,
  supportsExportNamespaceFrom: false,
  supportsStaticESM: false,
  supportsTopLevelAwait: false,
};

test('the lowered output maps back to the TypeScript source line, through the app transformer', () => {
  const transformer = createTransformer({
    transformer: 'babel-jest',
    transformerConfig: {
      presets: ['@babel/preset-typescript'],
      plugins: ['@babel/plugin-transform-modules-commonjs'],
    },
  });
  const { code, map } = transformer.process(SOURCE, file, jestOptions);
  assert.match(code, /startCoroutine/, 'the async function was not lowered');
  assert.match(code, /require\("tasklocal"\)/, 'the CommonJS output did not require startCoroutine');

  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes('checkpoint(id)')) + 1;
  const column = lines[line - 1].indexOf('checkpoint(id)');
  const original = originalPositionFor(new TraceMap(map), { line, column });
  assert.equal(original.line, CALL_LINE, `checkpoint(id) maps to ${JSON.stringify(original)}`);
  assert.equal(path.basename(original.source ?? ''), 'jest-source.ts');
});
