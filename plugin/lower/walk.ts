// One pass over the AST: it keeps the function scopes it is inside (frames.ts),
// notes what each lowered function's body uses, and rewrites each form on the
// way out of its node, innermost first.
import { captureOwner, frameOf, framesToHome, type Frame, type Node } from './frames.js';
import { lowerFunction } from './functions.js';
import { oxc } from './language.js';
import { rewriteSuper } from './super.js';
import { rewriteAwait, rewriteAwaitUsing, rewriteForAwait, type SyntaxContext } from './syntax.js';

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Class members whose value runs with a `this` of its own (a field initializer, a static block). */
const OWN_THIS_VALUES = new Set(['PropertyDefinition', 'AccessorProperty']);

/** What the walk found besides its edits. */
export interface WalkResult {
  lowered: number;
  usesCommonJs: boolean;
  usesImportMeta: boolean;
}

/** The name a function gets from where it stands (`const f = async () => …`, a method key, …). */
function nameFrom(node: Node, parent: Node | undefined, key: string): string | undefined {
  const id = node.id as Node | null | undefined;
  if (id?.type === 'Identifier') return id.name as string;
  if (parent === undefined) return undefined;
  const named = (target: unknown): string | undefined => {
    const t = target as Node | undefined;
    if (t?.type === 'Identifier') return t.name as string;
    if (t?.type === 'PrivateIdentifier') return `#${t.name as string}`;
    if (t?.type === 'Literal' && typeof t.value === 'string') return t.value;
    return undefined;
  };
  switch (parent.type) {
    case 'VariableDeclarator':
      return key === 'init' ? named(parent.id) : undefined;
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return key === 'right' ? named(parent.left) : undefined;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'TSAbstractMethodDefinition':
      return key === 'value' && parent.computed !== true ? named(parent.key) : undefined;
    default:
      return undefined;
  }
}

/** Words whose presence makes a subtree worth walking: what the lowering rewrites or must know about. */
const WORTH_A_LOOK = /\b(?:async|await|this|arguments|super|target|using|require|module|exports|meta)\b/g;

/**
 * The offsets of those words, in order: a subtree whose span holds none of
 * them has nothing to lower and nothing a lowered function must pass on, so
 * the walk skips it (most of a file's nodes, for a fraction of the time).
 */
function landmarks(code: string): number[] {
  const found: number[] = [];
  WORTH_A_LOOK.lastIndex = 0;
  for (let match = WORTH_A_LOOK.exec(code); match; match = WORTH_A_LOOK.exec(code)) found.push(match.index);
  return found;
}

/** Whether `marks` (sorted) holds an offset in [start, end). */
function holdsMark(marks: number[], start: number, end: number): boolean {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle] < start) low = middle + 1;
    else high = middle;
  }
  return low < marks.length && marks[low] < end;
}

/** Whether the identifier stands for a variable (not a property name or a label). */
function isReference(parent: Node, key: string): boolean {
  if (key === 'property') return parent.type !== 'MemberExpression' || parent.computed === true;
  if (key === 'key') return parent.computed === true || parent.shorthand === true;
  return key !== 'label';
}

/** Walks `program`, rewriting through `context`; the edits land in `context.edits`. */
export function walk(program: Node, context: SyntaxContext, comments: () => Node[]): WalkResult {
  const frames: Frame[] = [];
  const ancestors: Node[] = [];
  const result: WalkResult = { lowered: 0, usesCommonJs: false, usesImportMeta: false };
  const closers = new Map<Node, string[]>();
  context.closeList = (list, text) => {
    const list_ = closers.get(list);
    if (list_) list_.push(text);
    else closers.set(list, [text]);
  };
  const innermost = (): Frame | undefined => frames[frames.length - 1];
  const { visitorKeys } = oxc();
  const marks = landmarks(context.code);
  // A method's function starts after its `async` keyword (at its parameters): visited for what it is.
  const worthALook = (node: Node): boolean => node.async === true || holdsMark(marks, node.start, node.end);

  function visit(node: Node, key: string): void {
    const parent = ancestors[ancestors.length - 1];
    ancestors.push(node);
    let frame: Frame | undefined;
    if (FUNCTIONS.has(node.type)) {
      const lowered = node.async === true && node.generator !== true && node.body != null;
      frame = frameOf(node, lowered, lowered ? nameFrom(node, parent, key) : undefined);
    } else if (
      node.type === 'StaticBlock' ||
      (parent && OWN_THIS_VALUES.has(parent.type) && key === 'value')
    ) {
      frame = frameOf(node, false, undefined);
    }
    if (frame) frames.push(frame);
    enter(node, parent, key);

    for (const childKey of visitorKeys[node.type] ?? []) {
      const child = node[childKey];
      if (Array.isArray(child)) {
        for (const item of child as Array<Node | null>)
          if (item && typeof item.type === 'string' && worthALook(item)) visit(item, childKey);
      } else if (child && typeof (child as Node).type === 'string' && worthALook(child as Node))
        visit(child as Node, childKey);
    }

    leave(node, parent, key);
    const pending = closers.get(node);
    if (pending) {
      const at = node.type === 'SwitchCase' ? node.end : node.end - 1;
      context.edits.appendLeft(at, pending.reverse().join(''));
    }
    if (frame) {
      frames.pop();
      if (frame.lowered) {
        lowerFunction(context, frame, parent, comments);
        result.lowered++;
      }
    }
    ancestors.pop();
  }

  function enter(node: Node, parent: Node | undefined, key: string): void {
    switch (node.type) {
      case 'ThisExpression':
        for (const frame of framesToHome(frames)) frame.usesThis = true;
        return;
      case 'Identifier': {
        const name = node.name as string;
        if (name === 'arguments' && parent && isReference(parent, key))
          for (const frame of framesToHome(frames)) frame.usesArguments = true;
        if (name === 'require' && parent?.type === 'CallExpression' && key === 'callee')
          result.usesCommonJs = true;
        if (
          (name === 'module' || name === 'exports') &&
          parent?.type === 'MemberExpression' &&
          key === 'object'
        )
          result.usesCommonJs = true;
        return;
      }
    }
  }

  function leave(node: Node, parent: Node | undefined, key: string): void {
    const own = innermost();
    switch (node.type) {
      case 'AwaitExpression':
        if (own?.lowered && own.node !== node) rewriteAwait(context, node, ancestors, key);
        return;
      case 'ForOfStatement':
        if (node.await === true && own?.lowered) rewriteForAwait(context, node, ancestors);
        return;
      case 'VariableDeclaration':
        if (node.kind === 'await using' && own?.lowered) rewriteAwaitUsing(context, node, ancestors);
        return;
      case 'MemberExpression': {
        if ((node.object as Node).type !== 'Super') return;
        const chain = framesToHome(frames);
        const owner = captureOwner(chain);
        if (owner === undefined) return;
        for (const frame of chain) frame.usesThis = true;
        owner.usesSuper = true;
        if (rewriteSuper(context, node, parent!)) owner.usesSuperSet = true;
        return;
      }
      case 'MetaProperty': {
        if ((node.meta as Node).name === 'import') result.usesImportMeta = true;
        if ((node.meta as Node).name !== 'new') return;
        const chain = framesToHome(frames);
        const home = chain[chain.length - 1];
        if (home === undefined || home.lowered) return; // an async function's new.target is undefined, as a generator's
        const owner = captureOwner(chain);
        if (owner === undefined) return;
        owner.usesNewTarget = true;
        context.edits.update(node.start, node.end, `${context.prefix}newTarget`);
        return;
      }
    }
  }

  visit(program, 'program');
  return result;
}
