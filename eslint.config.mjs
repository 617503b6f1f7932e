// ESLint for the whole repository: @eslint/js and typescript-eslint's
// type-aware recommendations, over TypeScript and JavaScript alike, read
// through tsconfig.eslint.json. Formatting is Prettier's job (`prettier
// --check .` in `npm run lint`); none of these rules is about layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.build/', 'docs/', 'coverage/', 'node_modules/', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: './tsconfig.eslint.json',
        tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)),
      },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test's test(), it() and describe() return promises the runner
      // itself awaits; leaving them unawaited is how node:test is written.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript has no annotations, so every parameter and every
    // JSON.parse() is `any`: the no-unsafe-* family would flag each use of
    // them. The other type-aware rules (floating promises, awaiting
    // non-thenables, misused promises…) still apply.
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The specs exercise the untyped Local on purpose: `new Local()` is an
    // attribute bag whose every attribute is `any` (AnyAttributes), and
    // reading those attributes back is what the specs are about.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Specs handle a Local the way careless code would: await it, stringify
      // it, read its methods unbound, read attributes for their side effects.
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Benchmarks run inside zone.js (a global) with --expose-gc; their
    // measured closures bind results to `_` so nothing is optimised away, and
    // they drop references on purpose before a GC.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { Zone: 'readonly', gc: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_' }],
      'no-useless-assignment': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
  {
    // CommonJS by choice (Karma's config, the CJS consumer fixture).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Pages' scripts: the browser's globals, and the UMD bundle's TaskLocal.
    files: ['examples/browser/**/*.js'],
    languageOptions: { globals: { ...globals.browser, TaskLocal: 'readonly' } },
  },
  {
    // The runtime's layers (docs/architecture.md): base/, then engines/, then
    // tasks/, then locals/, then the entry points; each imports only from the
    // layers below it. Build-time code (plugin/) is never imported. Cycles,
    // type-only imports included, are madge's to find (`npm run lint`):
    // import-x's no-cycle skips type-only imports.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('src/base', ['src/engines', 'src/tasks', 'src/locals']),
            layer('src/engines', ['src/tasks', 'src/locals']),
            layer('src/tasks', ['src/locals']),
            { target: 'src', from: 'plugin', message: 'The runtime never imports build-time code.' },
            {
              target: ['src/base', 'src/engines', 'src/tasks', 'src/locals'],
              from: ['src/index.ts', 'src/opentelemetry'],
              message: 'Only entry points sit above the layers.',
            },
          ],
        },
      ],
    },
  },
);

/** A zone of no-restricted-paths: `target` imports nothing from the layers above it. */
function layer(target, above) {
  return { target, from: above, message: `${target}/ imports only from the layers below it.` };
}
