// Which functions in a parsed file are the async helpers that compilers ship,
// told by name and by shape. The shape is what compiled async code relies on:
// the helper calls its generator function with `.apply` and either steps the
// generator with `.next` (tslib's __awaiter, esbuild's __async: called with
// this, arguments and the generator function) or returns a function that
// makes a `new Promise` (Babel's _asyncToGenerator, SWC's _async_to_generator:
// called with the generator function alone).

/** A node of oxc-parser's ESTree output, as far as this file reads it. */
export interface OxcNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** A recognised helper: its function node and the names its parameters have. */
export interface Helper {
  node: OxcNode & { body: OxcNode };
  /** The parameter holding the generator function. */
  generator: string;
  /** The parameters holding `this` and the arguments, for helpers that take them. */
  thisArg?: string;
  args?: string;
}

interface Shape {
  params: number;
  generator: number;
  /** Present for helpers called with (this, arguments, …, generator function). */
  thisArg?: number;
  args?: number;
}

const SHAPES: Record<string, Shape> = {
  __awaiter: { params: 4, generator: 3, thisArg: 0, args: 1 }, // tslib: (thisArg, _arguments, P, generator)
  __async: { params: 3, generator: 2, thisArg: 0, args: 1 }, // esbuild: (__this, __arguments, generator)
  _asyncToGenerator: { params: 1, generator: 0 }, // Babel, inline and @babel/runtime
  _async_to_generator: { params: 1, generator: 0 }, // SWC, inline and @swc/helpers
};

/** The helper's name, with the numeric suffix a bundler or Babel adds to avoid a clash (`_asyncToGenerator2`). */
const NAME = /^(__awaiter|__async|_asyncToGenerator|_async_to_generator)(?:\$?\d+)?$/;

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

const isNode = (value: unknown): value is OxcNode =>
  typeof value === 'object' && value !== null && typeof (value as OxcNode).type === 'string';

/** The function a helper's binding holds: `function …`, `(…) => …`, or tslib's `(this && this.__awaiter) || function …`. */
function functionIn(node: unknown): OxcNode | undefined {
  if (!isNode(node)) return undefined;
  if (FUNCTIONS.has(node.type)) return node;
  if (node.type === 'ParenthesizedExpression') return functionIn(node.expression);
  if (node.type === 'LogicalExpression' && node.operator === '||') return functionIn(node.right);
  return undefined;
}

/** Calls `visit` on every node under `node`, itself included. */
function walk(node: unknown, visit: (node: OxcNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && typeof value === 'object') walk(value, visit);
  }
}

const identifier = (node: unknown): string | undefined =>
  isNode(node) && node.type === 'Identifier' ? (node.name as string) : undefined;

/** `object.property(…)` with plain names: the object's name, or undefined. */
function methodCall(node: OxcNode, property: string): string | undefined {
  if (node.type !== 'CallExpression' || !isNode(node.callee)) return undefined;
  const { callee } = node;
  if (callee.type !== 'MemberExpression' || callee.computed || identifier(callee.property) !== property) {
    return undefined;
  }
  return identifier(callee.object) ?? '';
}

/** The helper `fn` is, if its parameters and body have the shape its name promises. */
function asHelper(fn: OxcNode, name: string): Helper | undefined {
  const shape = SHAPES[(NAME.exec(name) as RegExpExecArray)[1]];
  const params = (fn.params as unknown[]).map(identifier);
  if (params.length !== shape.params || params.some((param) => param === undefined)) return undefined;
  const [generator, thisArg, args] = [shape.generator, shape.thisArg, shape.args].map((index) =>
    index === undefined ? undefined : params[index],
  );
  let applies = false;
  let steps = false;
  walk(fn.body, (node) => {
    if (methodCall(node, 'apply') === generator) {
      const first = identifier((node.arguments as unknown[])[0]);
      applies ||= thisArg === undefined || first === thisArg;
    }
    if (thisArg === undefined) {
      steps ||= node.type === 'NewExpression' && identifier(node.callee) === 'Promise';
    } else {
      steps ||= methodCall(node, 'next') !== undefined;
    }
  });
  if (!applies || !steps || !isNode(fn.body)) return undefined;
  return { node: fn as Helper['node'], generator: generator as string, thisArg, args };
}

/** Every async helper the program defines, each once. */
export function findHelpers(
  oxc: {
    Visitor: new (visitors: Record<string, (node: OxcNode) => void>) => { visit(program: OxcNode): void };
  },
  program: OxcNode,
): Helper[] {
  const found = new Map<OxcNode, Helper>();
  const consider = (binding: unknown, value: unknown): void => {
    const name = identifier(binding);
    const fn = functionIn(value);
    if (name === undefined || fn === undefined || !NAME.test(name) || found.has(fn)) return;
    const helper = asHelper(fn, name);
    if (helper !== undefined) found.set(fn, helper);
  };
  new oxc.Visitor({
    FunctionDeclaration: (node) => consider(node.id, node),
    VariableDeclarator: (node) => consider(node.id, node.init),
    AssignmentExpression: (node) => {
      if (node.operator === '=') consider(node.left, node.right);
    },
  }).visit(program);
  return [...found.values()];
}
