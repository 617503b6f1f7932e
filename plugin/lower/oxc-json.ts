// Over JSON (Node 20), Oxc's parser hands its tree to JavaScript as a string,
// and reading that string back is most of what lowering a module costs. A
// module holding no async function needs no tree: in that JSON, `"async":true`
// stands only where a function, method or arrow is async (inside a string
// literal its quotes would be escaped), so the string is searched first and
// read only when it is there. Modules that say "async" only in strings and
// comments (Vue's runtime-core, 289 kB) are passed over for a fraction of the
// cost. The search is tried on a known async function first; when it fails (an
// Oxc that writes its JSON otherwise) or Oxc's binding is not where this
// expects it, every tree is read, as before.
import type { ParseResult, ParserOptions } from 'oxc-parser';
import { peer, peerModule } from '../peers.js';

/** A parse whose tree holds no async function: only its errors are read. */
export interface NoAsync {
  noAsync: true;
  errors: ParseResult['errors'];
}

/** What the native binding returns: each field is handed over once, on first read. */
interface RawResult {
  program: string;
  comments: ParseResult['comments'];
  module: ParseResult['module'];
  errors: ParseResult['errors'];
}
interface Binding {
  parseSync(filename: string, code: string, options: ParserOptions): RawResult;
  parse(filename: string, code: string, options: ParserOptions): Promise<RawResult>;
}
type Wrap = (result: RawResult) => ParseResult;

const MARK = '"async":true';
const oxc = (): typeof import('oxc-parser') => peer('oxc-parser');
let shortcut: { binding: Binding; wrap: Wrap } | null | undefined;

/** Oxc's binding and its JSON reader, once the search has been seen to find an async function and only it. */
function jsonShortcut(): { binding: Binding; wrap: Wrap } | null {
  if (shortcut !== undefined) return shortcut;
  shortcut = null;
  try {
    const binding = peerModule<Binding>('oxc-parser', 'src-js/bindings');
    const wrap = peerModule<{ wrap?: Wrap }>('oxc-parser', 'src-js/wrap')?.wrap;
    if (binding === undefined || typeof wrap !== 'function') return null;
    const json = (code: string): unknown => binding.parseSync('check.js', code, {}).program;
    const found = json('x = async () => 1; "async" + { async: true }');
    const notFound = json('x = () => 1; "\\"async\\":true" + { async: true }');
    if (
      typeof found === 'string' &&
      found.includes(MARK) &&
      typeof notFound === 'string' &&
      !notFound.includes(MARK)
    )
      shortcut = { binding, wrap };
  } catch {
    // an older Node without require(esm), or a binding of another shape: every tree is read
  }
  return shortcut;
}

/** The wrapped result, or NoAsync when the parse succeeded and its tree holds no async function. */
function settle(raw: RawResult, wrap: Wrap): ParseResult | NoAsync {
  const errors = raw.errors;
  const program = raw.program;
  if (errors.length === 0 && !program.includes(MARK)) return { noAsync: true, errors };
  return wrap({
    program,
    errors,
    get comments() {
      return raw.comments;
    },
    get module() {
      return raw.module;
    },
  });
}

/** oxc-parser's parseSync over JSON, or NoAsync for a module without async functions. */
export function parseJsonSync(filename: string, code: string, options: ParserOptions): ParseResult | NoAsync {
  const json = jsonShortcut();
  if (json === null) return oxc().parseSync(filename, code, options);
  return settle(json.binding.parseSync(filename, code, options), json.wrap);
}

/** parseJsonSync, parsed on Oxc's own thread. */
export async function parseJsonOffThread(
  filename: string,
  code: string,
  options: ParserOptions,
): Promise<ParseResult | NoAsync> {
  const json = jsonShortcut();
  if (json === null) return oxc().parse(filename, code, options);
  return settle(await json.binding.parse(filename, code, options), json.wrap);
}
