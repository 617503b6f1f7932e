// Which modules the plugin lowers. Only JavaScript-like modules are ever
// parsed (by extension, or by the `lang` query a framework puts on a block),
// whatever `include` says; string globs in `include`/`exclude` are read
// against the bundler's root (Vite's `root`, webpack's `context`, esbuild's
// `absWorkingDir`, Rollup's working directory), as a user writing
// `include: ['src/**']` means the app's src/.
import path from 'node:path';
import { cleanPath, languageOf } from './lower-async.js';

/** A pattern of the `include`/`exclude` options. */
export type FilterPattern = string | RegExp | ReadonlyArray<string | RegExp>;

const list = (pattern: FilterPattern | undefined): Array<string | RegExp> =>
  pattern === undefined
    ? []
    : typeof pattern === 'string' || pattern instanceof RegExp
      ? [pattern]
      : [...pattern];

/** A glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) as a RegExp over whole posix paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const slash = glob[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && glob.lastIndexOf('{', index) > glob.lastIndexOf('}', index)) source += '|';
    else if (char === '[') {
      const end = glob.indexOf(']', index);
      source += end < 0 ? '\\[' : glob.slice(index, end + 1);
      if (end >= 0) index = end;
    } else source += /[.+^$()|\\]/.test(char) ? `\\${char}` : char;
  }
  return new RegExp(`^${source}$`);
}

const posix = (file: string): string => file.split(path.sep).join('/');

/** A test of one pattern against an id: RegExps see the id as it is, globs its path from `root`. */
function matcher(pattern: string | RegExp, root: string): (id: string) => boolean {
  if (pattern instanceof RegExp) return (id) => pattern.test(id);
  const glob = globToRegExp(posix(path.isAbsolute(pattern) ? pattern : path.join(root, pattern)));
  return (id) => glob.test(posix(cleanPath(id)));
}

/** The plugin's test of each module id, made once the bundler's root is known. */
export function fileFilter(
  include: FilterPattern | undefined,
  exclude: FilterPattern | undefined,
  never: RegExp[],
  root: string,
): (id: string) => boolean {
  const included = list(include).map((pattern) => matcher(pattern, root));
  const excluded = [...never, ...list(exclude)].map((pattern) => matcher(pattern, root));
  return (id) =>
    languageOf(id) !== undefined &&
    (included.length === 0 || included.some((test) => test(id))) &&
    !excluded.some((test) => test(id));
}
