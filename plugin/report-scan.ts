// Reads emitted code for the build-time report: how many native async
// functions (not async generators) it holds. The code is parsed, never
// searched as text, so a string or comment saying "async" counts for nothing.
import type { Babel } from './lower-async.js';

interface Node {
  type?: string;
  start?: number;
  async?: boolean;
  generator?: boolean;
  [key: string]: unknown;
}

const PARSE_OPTIONS = {
  babelrc: false,
  configFile: false,
  browserslistConfigFile: false,
  sourceType: 'unambiguous',
  parserOpts: {
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
  },
};

/**
 * Where native async functions, methods and arrows start in `code` (offsets,
 * in no particular order), or undefined when the parser cannot read it (the
 * report then says so).
 */
export function findNativeAsync(babel: Babel, code: string): number[] | undefined {
  if (!code.includes('async')) return []; // no function can be async without the keyword
  let ast: unknown;
  try {
    ast = babel.parseSync(code, PARSE_OPTIONS);
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
