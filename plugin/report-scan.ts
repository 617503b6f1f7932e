// Reads emitted code for the build-time report: where native async
// functions (not async generators) are in it. The code is parsed, never
// searched as text, so a string or comment saying "async" counts for nothing.
// Any parser giving an ESTree tree with `start` offsets will do.
import { parseJsonSync } from './lower/oxc-json.js';
import { transferOptions } from './oxc-transfer.js';
import type { Oxc } from './precompiled-async.js';

/** Parses emitted JavaScript to an ESTree tree; throws when it cannot. */
export type ParseOutput = (code: string) => unknown;

interface Node {
  type?: string;
  start?: number;
  async?: boolean;
  generator?: boolean;
  [key: string]: unknown;
}

/** Oxc's parser (already a peer of the plugin) reading emitted JavaScript, module or script. */
export function oxcParser(oxc: Oxc): ParseOutput {
  return (code) => {
    const options = { lang: 'js', sourceType: 'unambiguous', ...transferOptions(oxc) } as const;
    const parsed = options.experimentalRawTransfer
      ? oxc.parseSync('output.js', code, options)
      : parseJsonSync('output.js', code, options);
    // Over JSON, a module whose tree holds no async function is not read (lower/oxc-json.ts): none to report.
    if ('noAsync' in parsed) return { type: 'Program', body: [] };
    if (parsed.errors.length > 0 && parsed.program.body.length === 0)
      throw new SyntaxError('unreadable output');
    return parsed.program;
  };
}

/**
 * Where native async functions, methods and arrows start in `code` (offsets,
 * in no particular order), or undefined when the parser cannot read it (the
 * report then says so).
 */
export function findNativeAsync(parse: ParseOutput, code: string): number[] | undefined {
  if (!/\basync\b/.test(code)) return []; // no function can be async without the keyword
  let ast: unknown;
  try {
    ast = parse(code);
  } catch {
    return undefined;
  }
  const starts: number[] = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const { type, async, generator, start } = node as Node;
    if (typeof type === 'string' && async === true && generator !== true) starts.push(start ?? 0);
    for (const key in node) {
      if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments' && key !== 'extra')
        stack.push((node as Node)[key]);
    }
  }
  return starts;
}
