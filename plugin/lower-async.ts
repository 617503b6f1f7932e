// Lowers native async functions, methods and arrows to tasklocal's
// coroutine(), with Babel's own async-to-generator transform: each
// `async function (…) { … await x … }` becomes `coroutine(function* (…) { …
// yield x … })`, which re-enters the caller's task at every resume. Async
// generators, `for await` and top-level await are left as they are: Babel's
// transform does not turn them into coroutine() calls.

/** The parts of @babel/core used here (it ships no types of its own). */
export interface Babel {
  parseSync(code: string, options: object): BabelFile | null;
  traverse(ast: BabelFile, visitor: { Function(path: FunctionPath): void }): void;
  transformFromAstSync(
    ast: BabelFile,
    code: string,
    options: object,
  ): { code?: string | null; map?: object | null } | null;
}
interface BabelFile {
  program: { sourceType: 'module' | 'script' };
}
interface FunctionPath {
  node: { async: boolean; generator: boolean };
  stop(): void;
}

export interface Lowered {
  code: string;
  map: object | null | undefined;
}

/** Babel's parser plugins by file extension; decorators are tried in TypeScript's legacy form first (Angular's), then the standard one. */
function syntaxVariants(file: string): string[][] {
  if (/\.[cm]?ts$/.test(file))
    return [
      ['typescript', 'decorators-legacy'],
      ['typescript', 'decorators'],
    ];
  if (/\.tsx$/.test(file))
    return [
      ['typescript', 'jsx', 'decorators-legacy'],
      ['typescript', 'jsx', 'decorators'],
    ];
  if (/\.jsx?$/.test(file)) return [['jsx']]; // .js may hold JSX (webpack apps often do)
  return [[]];
}

/**
 * How the injected `coroutine` is reached. Files that say what they are
 * (.cjs: CommonJS, .mjs/.mts/.ts/.tsx: modules) are taken at their word;
 * others (.cts may use `import`, which TypeScript turns into require) are
 * modules when they import or export, CommonJS when they use
 * require/module.exports/exports, and modules otherwise, because bundlers
 * treat a file with neither as a module, where a `require` would not exist.
 */
function sourceTypeOf(file: string): 'module' | 'script' | 'unambiguous' {
  if (/\.cjs$/.test(file)) return 'script';
  if (/\.(m[jt]s|tsx?)$/.test(file)) return 'module';
  return 'unambiguous';
}

const COMMONJS = /\b(?:require\s*\(|module\.exports\b|exports\s*(?:\.|\[))/;

/** The file's path without the query or hash a bundler may append. */
export function cleanPath(id: string): string {
  return id.replace(/[?#].*$/, '');
}

/**
 * Returns the lowered code and its source map, or null when the file holds no
 * async function to lower. Throws Babel's SyntaxError when no parser plugin
 * variant can read the file.
 */
export function lowerAsync(
  babel: Babel,
  asyncToGenerator: unknown,
  code: string,
  id: string,
): Lowered | null {
  const file = cleanPath(id);
  const sourceType = sourceTypeOf(file);
  const base = {
    babelrc: false,
    configFile: false,
    browserslistConfigFile: false,
    filename: file,
    sourceType,
  };
  let ast: BabelFile | null = null;
  let syntax: string[] = [];
  let firstError: unknown;
  for (const plugins of syntaxVariants(file)) {
    try {
      const parserOpts = { plugins, allowReturnOutsideFunction: sourceType === 'script' };
      ast = babel.parseSync(code, { ...base, parserOpts });
      syntax = plugins;
      break;
    } catch (error) {
      firstError ??= error;
    }
  }
  if (ast === null) throw firstError;
  if (sourceType === 'unambiguous' && ast.program.sourceType === 'script' && !COMMONJS.test(code)) {
    ast.program.sourceType = 'module';
  }

  // Most files that merely say "async" (in a name or a comment) hold no async function:
  // look before generating, since generating a large file is the expensive part.
  let found = false;
  babel.traverse(ast, {
    Function(path) {
      if (path.node.async && !path.node.generator) {
        found = true;
        path.stop();
      }
    },
  });
  if (!found) return null;
  const result = babel.transformFromAstSync(ast, code, {
    ...base,
    parserOpts: { plugins: syntax },
    cloneInputAst: false,
    sourceMaps: true,
    sourceFileName: file,
    plugins: [[asyncToGenerator, { module: 'tasklocal', method: 'coroutine' }]],
  });
  if (typeof result?.code !== 'string') return null;
  return { code: result.code, map: result.map };
}
