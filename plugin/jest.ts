// `tasklocal/jest`: a Jest transformer lowering native async functions to
// tasklocal's coroutine(). Jest gives each file to one transformer, so this
// one wraps the project's own (babel-jest, Jest's default, or ts-jest): the
// app's files go through it first and are lowered from its output, which is
// plain JavaScript whatever the source language, and type-checks as the user
// wrote it. Installed packages, which Jest loads as they are, are lowered
// only. `jestTransform()` gives the two config entries that route both there.
import remapping from '@jridgewell/remapping';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLowering } from './lowering.js';

/** Options of `tasklocal/jest`, given in Jest's `transform` entry (JSON only: Jest sends them to its workers). */
export interface TasklocalJestOptions {
  /** The transformer the app's files go through first, as Jest would resolve it (default: 'babel-jest'). */
  transformer?: string;
  /** Options for that transformer, as its own `transform` entry would give them. */
  transformerConfig?: unknown;
}

/** The parts of Jest's transform options used here. */
interface TransformOptions {
  config: { rootDir: string };
  configString: string;
  instrument: boolean;
  transformerConfig?: unknown;
}
interface TransformedSource {
  code: string;
  map?: unknown;
}
interface Transformer {
  process(source: string, file: string, options: TransformOptions): TransformedSource | string;
  getCacheKey?(source: string, file: string, options: TransformOptions): string;
}
interface TransformerModule extends Partial<Transformer> {
  createTransformer?(config?: unknown): Transformer;
  default?: TransformerModule;
}

const IN_NODE_MODULES = /[\\/]node_modules[\\/]/;
/** This file's own text: a new tasklocal changes Jest's cache keys. */
const OWN_VERSION = createHash('sha1')
  .update(fs.readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');

type MapInput = Parameters<typeof remapping>[0];

const INLINE_MAP =
  /\n?\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

/**
 * The transformer's output with its map apart: babel-jest and ts-jest also
 * append it to the code as a comment, which the lowering must not read as
 * its own input map (the two maps are composed once, in throughBoth).
 */
function withoutInlineMap(result: TransformedSource): TransformedSource {
  const inline = INLINE_MAP.exec(result.code);
  if (inline === null) return result;
  const code = result.code.slice(0, inline.index);
  const map: unknown = result.map ?? JSON.parse(Buffer.from(inline[1] ?? '', 'base64').toString('utf8'));
  return { code, map };
}

/** One map from the lowered code to the sources: the lowering's, then the app transformer's. */
function throughBoth(lowering: unknown, transformer: unknown): string {
  return remapping([lowering, transformer] as MapInput, () => null).toString();
}

/** The wrapped transformer, resolved from the project's rootDir as Jest resolves its own. */
function loadTransformer(name: string, rootDir: string, config: unknown): Transformer {
  const requireFromProject = createRequire(path.join(rootDir, 'package.json'));
  let loaded = requireFromProject(name) as TransformerModule;
  if (typeof loaded.createTransformer !== 'function' && loaded.default) loaded = loaded.default;
  if (typeof loaded.createTransformer === 'function') return loaded.createTransformer(config);
  if (typeof loaded.process === 'function') return loaded as Transformer;
  throw new Error(
    `tasklocal/jest: '${name}' (the transformer option) is not a Jest transformer: it has neither ` +
      'createTransformer() nor process(). Name a package such as ts-jest or babel-jest.',
  );
}

/**
 * Creates the transformer; Jest calls this with the options of the
 * `['tasklocal/jest', options]` entry.
 */
export function createTransformer(options: TasklocalJestOptions = {}) {
  const name = options.transformer ?? 'babel-jest';
  const lower = createLowering('jest');
  let wrapped: Transformer | undefined;
  const inner = (rootDir: string): Transformer =>
    (wrapped ??= loadTransformer(name, rootDir, options.transformerConfig));
  const innerOptions = (jestOptions: TransformOptions): TransformOptions => ({
    ...jestOptions,
    instrument: false, // Jest instruments this transformer's output itself (canInstrument: false)
    transformerConfig: options.transformerConfig,
  });

  return {
    canInstrument: false,
    getCacheKey(source: string, file: string, jestOptions: TransformOptions): string {
      const hash = createHash('sha1').update(OWN_VERSION).update('\0').update(file).update('\0');
      if (IN_NODE_MODULES.test(file)) return hash.update(source).digest('hex');
      const transformer = inner(jestOptions.config.rootDir);
      const key = transformer.getCacheKey
        ? transformer.getCacheKey(source, file, innerOptions(jestOptions))
        : `${source}\0${jestOptions.configString}\0${JSON.stringify(options)}`;
      return hash.update(key).digest('hex');
    },
    process(source: string, file: string, jestOptions: TransformOptions): TransformedSource {
      let code = source;
      let map: unknown;
      if (!IN_NODE_MODULES.test(file)) {
        const result = inner(jestOptions.config.rootDir).process(source, file, innerOptions(jestOptions));
        ({ code, map } = withoutInlineMap(typeof result === 'string' ? { code: result } : result));
      }
      // The code is JavaScript now, CommonJS or a module by its own syntax:
      // lowered as a .js file, which lets the lowering tell which from the code.
      const lowered = lower(code, IN_NODE_MODULES.test(file) ? file : `${file}.js`);
      if (lowered === null) return { code, map };
      return { code: lowered.code, map: map ? throughBoth(lowered.map, map) : lowered.map };
    },
  };
}

/** The default export, as Jest reads a transformer module: an object with createTransformer(). */
export default { createTransformer };

/**
 * The `transform` and `transformIgnorePatterns` entries of a Jest config that
 * route the app's script files and installed packages through tasklocal/jest.
 *
 * @example
 * // jest.config.js
 * export default { ...jestTransform({ transformer: 'ts-jest' }), setupFiles: ['zone.js/node'] };
 */
export function jestTransform(options: TasklocalJestOptions = {}) {
  return {
    transform: { '\\.[cm]?[jt]sx?$': ['tasklocal/jest', options] as const },
    // Jest skips node_modules by default; every package is let through but
    // zone.js and tasklocal, which are never lowered, and Jest's own, which
    // Jest loads through this transform too (its runner and environment).
    transformIgnorePatterns: [
      '[\\\\/]node_modules[\\\\/](?:zone\\.js|tasklocal|jest|jest-[^\\\\/]+|@jest[\\\\/][^\\\\/]+|babel-jest|ts-jest)[\\\\/]',
      '\\.pnp\\.[^\\\\/]+$',
    ],
  };
}
