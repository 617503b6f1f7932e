// Dependencies often ship their async functions already compiled to
// generators, driven by a small helper that the compiler emits once per file
// or imports from its runtime package: tslib's `__awaiter`, Babel's
// `_asyncToGenerator`, SWC's `_async_to_generator`, esbuild's `__async`. Such
// a helper resumes the generator from a plain `.then`, so on an engine that
// does not follow promise callbacks the code after each `yield` runs outside
// the task. The plugin rewrites the helper's definition, never its call sites,
// so that its body hands the generator to tasklocal's coroutine(), which
// re-enters the caller's task at every resume. A helper is recognised by its
// name AND its shape (what its parameters are used for), so that an unrelated
// function that happens to share a name is left alone.
import { cleanPath, type Lowered } from './lower-async.js';
import { moduleFormat } from './lower/language.js';
import { transferOptions } from './oxc-transfer.js';
import { findHelpers, type Helper, type OxcNode } from './precompiled-helpers.js';

/** The parts of oxc-parser used here. */
export interface Oxc {
  parseSync(
    filename: string,
    code: string,
    options?: object,
  ): {
    program: OxcNode & { body: OxcNode[]; hashbang?: OxcNode | null };
    module: { hasModuleSyntax: boolean };
    errors: unknown[];
  };
  rawTransferSupported?: () => boolean;
  Visitor: new (visitors: Record<string, (node: OxcNode) => void>) => { visit(program: OxcNode): void };
}

/** The parts of magic-string used here. */
interface MagicString {
  overwrite(start: number, end: number, content: string): unknown;
  appendLeft(index: number, content: string): unknown;
  toString(): string;
  generateMap(options: object): object;
}
export type MagicStringClass = new (code: string) => MagicString;

/** The cheap test: files that mention none of these names hold no helper (the transform filter uses it too). */
export const PRECOMPILED_ASYNC_HINT = /__awaiter|__async\b|_asyncToGenerator|_async_to_generator/;

/** Whether the code calls `require` or reads `module`/`exports`, from its syntax tree, never from comments. */
function usesCommonJs(oxc: Oxc, program: OxcNode): boolean {
  let found = false;
  const isNamed = (node: OxcNode | undefined, names: string[]): boolean =>
    node?.type === 'Identifier' && names.includes((node as unknown as { name: string }).name);
  new oxc.Visitor({
    CallExpression(node) {
      if (isNamed((node as unknown as { callee: OxcNode }).callee, ['require'])) found = true;
    },
    MemberExpression(node) {
      if (isNamed((node as unknown as { object: OxcNode }).object, ['module', 'exports'])) found = true;
    },
  }).visit(program);
  return found;
}

/** A name for the imported coroutine() that nothing in the file uses yet. */
function freshName(code: string): string {
  let name = '__tasklocal_coroutine';
  for (let n = 2; code.includes(name); n++) name = `__tasklocal_coroutine${n}`;
  return name;
}

/** What the helper's body becomes: the generator driven by coroutine(), with the helper's own this and arguments. */
function delegation(helper: Helper, coroutine: string): string {
  const { generator, thisArg, args } = helper;
  return thisArg === undefined
    ? `${coroutine}(${generator})`
    : `${coroutine}(${generator}).apply(${thisArg}, ${args} || [])`;
}

/** Where an added import or require goes: after a hashbang and the directive prologue ("use strict"). */
function insertionPoint(program: OxcNode & { body: OxcNode[]; hashbang?: OxcNode | null }): number {
  let at = program.hashbang?.end ?? 0;
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    at = statement.end;
  }
  return at;
}

/**
 * Rewrites each async helper defined in the file so that it keeps the task;
 * returns null when the file defines none. Lines keep their numbers (each
 * rewritten body is padded to its old line count), so a later transform's
 * source map still points at the right lines of the original file.
 */
export function keepPrecompiledAsync(
  oxc: Oxc,
  MagicStringOf: MagicStringClass,
  code: string,
  id: string,
): Lowered | null {
  if (!PRECOMPILED_ASYNC_HINT.test(code)) return null;
  const file = cleanPath(id);
  const lang = /\.[cm]?tsx?$/.test(file) ? undefined : { lang: /\.jsx$/.test(file) ? 'jsx' : 'js' };
  const parsed = oxc.parseSync(file, code, { ...lang, preserveParens: true, ...transferOptions(oxc) });
  if (parsed.errors.length > 0) return null; // not ours to judge: the bundler reports it
  const helpers = findHelpers(oxc, parsed.program);
  if (helpers.length === 0) return null;

  const coroutine = freshName(code);
  const edited = new MagicStringOf(code);
  for (const helper of helpers) {
    const { body } = helper.node;
    const lines = '\n'.repeat(code.slice(body.start, body.end).split('\n').length - 1);
    const call = delegation(helper, coroutine);
    const replacement = body.type === 'BlockStatement' ? `{ return ${call}; ${lines}}` : `(${call}${lines})`;
    edited.overwrite(body.start, body.end, replacement);
  }
  const format = moduleFormat(parsed.module.hasModuleSyntax, id, usesCommonJs(oxc, parsed.program));
  const binding =
    format === 'cjs'
      ? `var ${coroutine} = require("tasklocal").coroutine;`
      : `import { coroutine as ${coroutine} } from "tasklocal";`;
  const at = insertionPoint(parsed.program);
  edited.appendLeft(at, at === 0 ? binding : ` ${binding}`);
  return {
    code: edited.toString(),
    map: edited.generateMap({ source: file, includeContent: true, hires: 'boundary' }),
  };
}
