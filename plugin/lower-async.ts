// Lowers native async functions, methods and arrows so that they keep their
// task: each body becomes a generator that tasklocal's startCoroutine() drives
// in the caller's context (lower/functions.ts shows the shape). The file is
// parsed with Oxc's native parser and edited in place with magic-string, so
// everything but the lowered functions stays byte for byte as it was, and the
// source map is exact. Async generators and top-level await are left as they
// are (README: "Native async/await").
import type MagicStringClass from 'magic-string';
import type { Node } from './lower/frames.js';
import {
  cleanPath,
  hasModuleSyntax,
  languageOf,
  moduleFormat,
  parse,
  parseOffThread,
  type Language,
} from './lower/language.js';
import { INLINE_HELPERS, type InlineHelper } from './lower/inline-helpers.js';
import type { SyntaxContext } from './lower/syntax.js';
import { walk } from './lower/walk.js';
import { peer } from './peers.js';

export { cleanPath, languageOf };

/** The lowered module: its code and a source map back to what came in. */
export interface Lowered {
  code: string;
  map: object;
}

type Helper = 'startCoroutine' | InlineHelper;

/** A prefix for added names that nothing in the file starts with. */
function freePrefix(code: string): string {
  let prefix = '_tl$';
  for (let n = 1; code.includes(prefix); n++) prefix = `_tl${n}$`;
  return prefix;
}

/**
 * Returns `code` with its async functions lowered and a hires source map, or
 * null when it holds none (or is not JavaScript-like: JSON, CSS, assets).
 * The language comes from the id's extension or its `lang.xx` query. Throws a
 * SyntaxError naming the file and position when the code cannot be parsed.
 */
export function lowerAsync(code: string, id: string): Lowered | null {
  const language = worthParsing(code, id);
  return language === undefined ? null : lowerParsed(code, id, parse(code, id, language));
}

/** `lowerAsync`, with the parse on Oxc's own thread (for bundlers whose transforms may be asynchronous). */
export async function lowerAsyncOffThread(code: string, id: string): Promise<Lowered | null> {
  const language = worthParsing(code, id);
  return language === undefined ? null : lowerParsed(code, id, await parseOffThread(code, id, language));
}

/** The module's language when it may hold async code (it says `async`), else undefined. */
function worthParsing(code: string, id: string): Language | undefined {
  const language = languageOf(id);
  return language !== undefined && code.includes('async') ? language : undefined;
}

/** Lowers the parsed module (see lowerAsync). */
function lowerParsed(code: string, id: string, parsed: ReturnType<typeof parse>): Lowered | null {
  if ('noAsync' in parsed) return null;
  const file = cleanPath(id);
  const loaded = peer<typeof MagicStringClass & { default?: typeof MagicStringClass }>('magic-string');
  const MagicString = loaded.default ?? loaded;
  const edits = new MagicString(code);
  const prefix = freePrefix(code);
  const helpers = new Set<Helper>();
  let counter = 0;
  const context: SyntaxContext = {
    code,
    file,
    edits,
    prefix,
    next: () => ++counter,
    helper(name) {
      helpers.add(name);
      return prefix + (name === 'startCoroutine' ? 'start' : name);
    },
    closeList: () => undefined,
  };
  const program = parsed.program as unknown as Node;
  const { lowered, usesCommonJs, usesImportMeta } = walk(
    program,
    context,
    () => parsed.comments as unknown as Node[],
  );
  if (lowered === 0) return null;

  const body = program.body as Node[];
  const end = body[body.length - 1].end;
  // The inline helpers go after the last statement, on a line of their own: function declarations are hoisted.
  const inline = [...helpers].filter((name): name is InlineHelper => name !== 'startCoroutine');
  if (inline.length > 0)
    edits.appendLeft(end, `\n${inline.map((name) => INLINE_HELPERS[name](prefix + name)).join(' ')}`);
  const isModule = usesImportMeta || hasModuleSyntax(program as unknown as { body: Node[] });
  if (moduleFormat(isModule, id, usesCommonJs) === 'esm') {
    // At the end too: imports are hoisted, and no line above moves.
    edits.appendLeft(end, `\nimport { startCoroutine as ${prefix}start } from "tasklocal";`);
  } else {
    // On the first line, after the directives ("use strict" must stay first): no line moves.
    const at = prologueEnd(program);
    // A directive may end at its line break ('use strict' in "standard" style): end it first.
    const separator = at > 0 && code[at - 1] !== ';' && code[at - 1] !== '\n' ? ';' : '';
    edits.prependLeft(at, `${separator}var ${prefix}start = require("tasklocal").startCoroutine;`);
  }
  return {
    code: edits.toString(),
    map: edits.generateMap({ hires: 'boundary', source: file, includeContent: true }),
  };
}

/** The offset after a script's hashbang and directive prologue. */
function prologueEnd(program: Node): number {
  // After a hashbang, at the start of the next line (on its own line, the code would be part of it).
  const hashbang = program.hashbang as Node | null;
  let at = hashbang ? hashbang.end + 1 : 0;
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    at = statement.end;
  }
  return at;
}
