// Rewrites of the forms inside a lowered body that a generator cannot hold as
// they are: `await` (a `yield`), `for await` (a loop over an async iterator
// with each step yielded) and `await using` (a try/finally that yields the
// disposal); super.ts does `super.x`.
// Each edit happens in place, on the way out of its node, so inner edits are
// already done; openers go on the right of a position, closers on the left.
import type MagicString from 'magic-string';
import type { Node } from './frames.js';
import type { InlineHelper } from './inline-helpers.js';
import { lineAndColumn } from './language.js';

/** What the rewrites need from the walk. */
export interface SyntaxContext {
  code: string;
  file: string;
  edits: MagicString;
  /** The prefix of every name the plugin adds (unused in the file). */
  prefix: string;
  /** A new number for this file's added names. */
  next(): number;
  /** Marks a helper as used (startCoroutine, imported; iter and disposer, written into the module), returning its local name. */
  helper(name: 'startCoroutine' | InlineHelper): string;
  /** Adds `text` at the end of the statement list that holds `statement` (once the list is done). */
  closeList(list: Node, text: string): void;
}

/** Parents in which `yield x` may stand where `await x` stood, without parentheses. */
const YIELD_FITS: Record<string, string[] | true> = {
  ExpressionStatement: true,
  VariableDeclarator: ['init'],
  ReturnStatement: true,
  ThrowStatement: true,
  ParenthesizedExpression: true,
  ArrayExpression: true,
  SpreadElement: true,
  SequenceExpression: true,
  TemplateLiteral: true,
  CallExpression: ['arguments'],
  NewExpression: ['arguments'],
  Property: ['value'],
  AssignmentExpression: ['right'],
  AssignmentPattern: ['right'],
  ConditionalExpression: ['consequent', 'alternate'],
  IfStatement: ['test'],
  WhileStatement: ['test'],
  DoWhileStatement: ['test'],
  SwitchStatement: ['discriminant'],
  SwitchCase: ['test'],
  ForStatement: ['init', 'test', 'update'],
  ForOfStatement: ['right'],
  ForInStatement: ['right'],
  ArrowFunctionExpression: ['body'],
  JSXExpressionContainer: true,
};

/** Statements after which a line starting with `(` could continue them. */
const OPEN_ENDED = new Set([
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'DoWhileStatement',
  'DebuggerStatement',
]);

/** `await x` → `yield x`, parenthesised where `yield` would bind differently. */
export function rewriteAwait(context: SyntaxContext, node: Node, ancestors: Node[], key: string): void {
  const { edits, code } = context;
  edits.update(node.start, node.start + 5, 'yield');
  const parent = ancestors[ancestors.length - 2];
  const fits = YIELD_FITS[parent.type];
  const computedKey = parent.type === 'MemberExpression' && key === 'property' && parent.computed === true;
  if (fits === true || fits?.includes(key) || computedKey) return;
  edits.prependRight(node.start, '(');
  edits.appendLeft(node.end, ')');
  // `(yield x) + 1;` as a statement of its own: end the statement before it,
  // if it relied on the line break to end (as `(` would continue it).
  for (let index = ancestors.length - 2; index > 0; index--) {
    const ancestor = ancestors[index];
    if (ancestor.start !== node.start) return;
    if (ancestor.type !== 'ExpressionStatement') continue;
    const list = ancestors[index - 1];
    const body = (list.type === 'SwitchCase' ? list.consequent : list.body) as Node[] | undefined;
    const previous = Array.isArray(body) ? body[body.indexOf(ancestor) - 1] : undefined;
    if (previous && OPEN_ENDED.has(previous.type) && code[previous.end - 1] !== ';')
      edits.appendLeft(previous.end, ';');
    return;
  }
}

/**
 * `for await (const x of xs) body` → a loop that yields each `next()` of
 * `iter(xs)` (inline-helpers.ts) and, when the loop ends early (break, return, throw),
 * yields the iterator's `return()`, as the language does.
 */
export function rewriteForAwait(context: SyntaxContext, node: Node, ancestors: Node[]): void {
  const { edits, code, prefix } = context;
  const left = node.left as Node;
  const right = node.right as Node;
  const body = node.body as Node;
  const n = context.next();
  const iterator = `${prefix}i${n}`;
  const step = `${prefix}s${n}`;
  let assign: string;
  if (left.type === 'VariableDeclaration') {
    const kind = left.kind as string;
    if (kind.includes('using')) unsupported(context, node, '`for await (using … of …)`');
    const target = (left.declarations as Node[])[0].id as Node;
    assign = `${kind} ${code.slice(target.start, target.end)} = ${step}.value;`;
  } else assign = `(${code.slice(left.start, left.end)} = ${step}.value);`;
  // Labels stay on the loop itself, inside the block this adds around it.
  let start = node.start;
  let labels = '';
  for (let index = ancestors.length - 2; ancestors[index]?.type === 'LabeledStatement'; index--) {
    const label = ancestors[index];
    start = label.start;
    labels = `${(label.label as Node).name as string}: ${labels}`;
  }
  edits.update(start, right.start, `{ let ${iterator} = ${context.helper('iter')}(`);
  edits.update(
    right.end,
    body.start,
    `), ${step}; try { ${labels}for (; !(${step} = void 0, ${step} = yield ${iterator}.next()).done; ) { ` +
      `${assign} `,
  );
  edits.appendLeft(
    body.end,
    ` } } finally { if (${step} && !${step}.done && ${iterator}.return) yield ${iterator}.return(); } }`,
  );
}

/**
 * `await using a = f();` → `const d = disposer(); try { const a = d.use(f());`
 * … and, at the end of the enclosing block, `} catch (e) { d.fail(e); }
 * finally { yield d.dispose(); }`.
 */
export function rewriteAwaitUsing(context: SyntaxContext, node: Node, ancestors: Node[]): void {
  const list = ancestors[ancestors.length - 2];
  if (!['BlockStatement', 'StaticBlock', 'SwitchCase'].includes(list.type))
    unsupported(context, node, '`await using` outside a block');
  const { edits, prefix } = context;
  const n = context.next();
  const disposer = `${prefix}d${n}`;
  const error = `${prefix}e${n}`;
  const declarations = node.declarations as Node[];
  edits.update(
    node.start,
    declarations[0].start,
    `const ${disposer} = ${context.helper('disposer')}(); try { const `,
  );
  for (const declaration of declarations) {
    const init = declaration.init as Node | null;
    if (init === null) continue;
    edits.prependRight(init.start, `${disposer}.use(`);
    edits.appendLeft(init.end, ')');
  }
  context.closeList(
    list,
    ` } catch (${error}) { ${disposer}.fail(${error}); } finally { yield ${disposer}.dispose(); }`,
  );
}

/** Stops the build at a form the lowering cannot rewrite, saying where and what to do. */
export function unsupported(context: SyntaxContext, node: Node, what: string): never {
  throw new SyntaxError(
    `tasklocal cannot lower ${what} inside an async function (${context.file}:${lineAndColumn(context.code, node.start)}). ` +
      'Rewrite it in a simpler form (for `super`, read and assign it in separate statements), ' +
      "or leave this file out with the plugin's `exclude` option.",
  );
}
