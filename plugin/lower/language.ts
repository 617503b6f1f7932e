// Which language a module is written in, and how the module reaches
// tasklocal: decided from the id and from the parsed file's real syntax,
// never from its comments or strings.
import type { ParseResult } from 'oxc-parser';
import { transferOptions } from '../oxc-transfer.js';
import { peer } from '../peers.js';
import { parseJsonOffThread, parseJsonSync, type NoAsync } from './oxc-json.js';

export type Language = 'jsx' | 'ts' | 'tsx';

/** The file's path without the query or hash a bundler may append. */
export function cleanPath(id: string): string {
  return id.replace(/[?#].*$/, '');
}

const BY_EXTENSION: Record<string, Language> = {
  js: 'jsx', // .js may hold JSX (webpack apps often do); JSX is a superset of plain JS
  jsx: 'jsx',
  mjs: 'jsx',
  cjs: 'jsx',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  // Components reach the plugin as their compilers emit them (it runs after them): JavaScript.
  vue: 'jsx',
  svelte: 'jsx',
};

/**
 * The language of a JavaScript-like module, or undefined for anything else
 * (JSON, CSS, assets): a `lang.xx` / `lang=xx` query wins (Vue passes
 * `App.vue?vue&type=script&setup=true&lang.ts`), then the file's extension.
 */
export function languageOf(id: string): Language | undefined {
  const query = /[?&]lang(?:\.|=)([a-z]+)(?:$|[&#?])/.exec(id);
  const extension = query?.[1] ?? /\.([a-z]+)$/.exec(cleanPath(id))?.[1];
  return extension === undefined ? undefined : BY_EXTENSION[extension];
}

/** Oxc's parser, a peer loaded on first use. */
export const oxc = (): typeof import('oxc-parser') => peer('oxc-parser');

/** The other readings worth a try when the first fails (compiled TS is JS; some .js files are TS-free JSX). */
const FALLBACKS: Record<Language, Language[]> = { jsx: ['ts'], ts: ['tsx', 'jsx'], tsx: ['ts', 'jsx'] };

/** The readings `parse` tries, in order: the id's language, then its fallbacks; module, then CommonJS script. */
function readings(
  id: string,
  language: Language,
): Array<{ lang: Language; sourceType: 'module' | 'commonjs' }> {
  const commonjs = /\.c[jt]s$/.test(cleanPath(id));
  return [language, ...FALLBACKS[language]].flatMap((lang) =>
    (commonjs ? (['commonjs'] as const) : (['module', 'commonjs'] as const)).map((sourceType) => ({
      lang,
      sourceType,
    })),
  );
}

/** The SyntaxError for the first reading's first error, naming the file and position. */
function syntaxError(code: string, id: string, first: { errors: ParseResult['errors'] }): SyntaxError {
  const error = first.errors[0];
  const at = error.labels?.[0]?.start;
  const where = at === undefined ? '' : ` (${lineAndColumn(code, at)})`;
  return new SyntaxError(`${error.message}${where} in ${cleanPath(id)}`);
}

/**
 * Parses `code` as a module (as bundlers read files), then as a CommonJS
 * script when that fails (sloppy-mode dependencies), in the language of the
 * id and then its fallbacks. Throws the first reading's error when none parses.
 * Over JSON, a module without async functions comes back as NoAsync, its tree
 * unread (oxc-json.ts).
 */
export function parse(code: string, id: string, language: Language): ParseResult | NoAsync {
  const transfer = transferOptions(oxc());
  const parseOne = transfer.experimentalRawTransfer ? oxc().parseSync : parseJsonSync;
  let first: ParseResult | NoAsync | undefined;
  for (const reading of readings(id, language)) {
    const result = parseOne(cleanPath(id), code, { ...reading, preserveParens: true, ...transfer });
    if (result.errors.length === 0) return result;
    first ??= result;
  }
  throw syntaxError(code, id, first!);
}

/**
 * `parse`, with the first reading parsed on Oxc's own thread, so that the
 * bundler's other work goes on meanwhile; the tree is still read into
 * JavaScript on this thread. Over JSON, where the parser's own share (parse
 * and serialize) is large, that took 8-10% off a Vite build; over raw transfer
 * it saved nothing measurable, so that parse stays in place, as do the fallback
 * readings (BENCHMARKS.md).
 */
export async function parseOffThread(
  code: string,
  id: string,
  language: Language,
): Promise<ParseResult | NoAsync> {
  const transfer = transferOptions(oxc());
  if (transfer.experimentalRawTransfer) return parse(code, id, language);
  const [reading] = readings(id, language);
  const result = await parseJsonOffThread(cleanPath(id), code, { ...reading, preserveParens: true });
  return result.errors.length === 0 ? result : parse(code, id, language);
}

/** `line:column`, both counted as editors count them (line from 1, column from 1). */
export function lineAndColumn(code: string, offset: number): string {
  const before = code.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Top-level statements that make a file an ES module. */
const MODULE_SYNTAX = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExportAllDeclaration',
  'TSImportEqualsDeclaration',
  'TSExportAssignment',
]);

/** Whether the program has import/export statements (read from the AST the walk has anyway). */
export function hasModuleSyntax(program: { body: Array<{ type: string }> }): boolean {
  return program.body.some((statement) => MODULE_SYNTAX.has(statement.type));
}

/**
 * How the module reaches tasklocal. A module with import/export statements
 * (or `import.meta`) imports it; a .cjs/.cts file, or one whose code calls
 * `require` or uses `module`/`exports` (a CommonJS module), requires it; any
 * other file is a module, because bundlers treat a file with neither as one,
 * where `require` would not exist.
 */
export function moduleFormat(isModule: boolean, id: string, usesCommonJs: boolean): 'esm' | 'cjs' {
  if (isModule) return 'esm';
  if (/\.c[jt]s$/.test(cleanPath(id)) || usesCommonJs) return 'cjs';
  return 'esm';
}
