// The rewrite of one async function, method or arrow, in place:
//
//   async function load(id) { … await x … }
//   function load(id) { try { const g = function* load() { … yield x … }.call(this);
//     return startCoroutine(g, g.next()); } catch (e) { return Promise.reject(e); } }
//
// The outer function stays where it was, with its name, its parameters (so
// `fn.length`), its `this`, `arguments`, `super` and `new.target`; only its
// body moves into a generator the runtime drives in the caller's task.
// Parameters with defaults or patterns move into the generator (made inside
// the try, so their errors reject the promise, as natively), and the outer
// function keeps as many plain placeholders as the native length counts.
import type { Frame, Node } from './frames.js';
import type { SyntaxContext } from './syntax.js';

/** Where the `async` keyword of `node` starts (a method's modifiers come before its key). */
function asyncKeyword(context: SyntaxContext, node: Node, parent: Node, comments: () => Node[]): number {
  const { code } = context;
  const isMethod =
    parent.type === 'MethodDefinition' ||
    parent.type === 'TSAbstractMethodDefinition' ||
    (parent.type === 'Property' && parent.method === true);
  if (!isMethod) return code.startsWith('async', node.start) ? node.start : code.indexOf('async', node.start);
  const decorators = (parent.decorators as Node[] | undefined) ?? [];
  const from = decorators.length > 0 ? decorators[decorators.length - 1].end : parent.start;
  const to = (parent.key as Node).start;
  const pattern = /\basync\b/g;
  pattern.lastIndex = from;
  const found: number[] = [];
  for (let match = pattern.exec(code); match && match.index < to; match = pattern.exec(code))
    found.push(match.index);
  if (found.length <= 1) return found[0] ?? -1;
  // More than one `async` before the key: some are in comments (read only then: it costs a parse of them).
  const all = comments();
  const real = found.filter((at) => !all.some((comment) => comment.start <= at && at < comment.end));
  return real[real.length - 1] ?? -1;
}

/** Whether a parameter can stay on the outer function: a plain name (typed or not), or TypeScript's `this`. */
const isPlain = (parameter: Node): boolean => parameter.type === 'Identifier';

/** How many parameters `fn.length` counts: those before the first default or rest. */
function lengthOf(parameters: Node[]): number {
  let length = 0;
  for (const parameter of parameters) {
    if (parameter.type === 'AssignmentPattern' || parameter.type === 'RestElement') break;
    if (parameter.type === 'Identifier' && parameter.name === 'this') continue;
    length++;
  }
  return length;
}

/**
 * `function* (` and its closing, named through an object literal's key: the
 * generator then carries the function's name into stack traces without a
 * binding of its own (which would shadow the function in its body, and which
 * bundlers such as esbuild rename when it collides with the outer function).
 */
function generatorShape(frame: Frame): { open: string; close: string } {
  const name = frame.name;
  if (name === undefined) return { open: 'function* (', close: '}' };
  const identifier = /^[A-Za-z_$][\w$]*$/.test(name);
  const key = identifier ? name : JSON.stringify(name);
  return { open: `{ ${key}: function* (`, close: `} }${identifier ? `.${name}` : `[${key}]`}` };
}

/** Rewrites the lowered function `frame.node` (its body's own forms are already rewritten). */
export function lowerFunction(
  context: SyntaxContext,
  frame: Frame,
  parent: Node,
  comments: () => Node[],
): void {
  const { edits, prefix } = context;
  const node = frame.node;
  const body = node.body as Node;
  const parameters = node.params as Node[];
  const keyword = asyncKeyword(context, node, parent, comments);
  if (keyword >= 0) edits.update(keyword, keyword + 5, '');

  const moved = !parameters.every(isPlain);
  if (moved && frame.arrow && frame.usesArguments) {
    throw new SyntaxError(
      `tasklocal cannot lower an async arrow that has default or destructured parameters and uses \`arguments\` ` +
        `(${context.file}). Give the arrow plain parameters, or make it an async function.`,
    );
  }
  const placeholders = Array.from({ length: lengthOf(parameters) }, (_, index) => `${prefix}${index}`);
  // How the generator is made: with the function's `this` and arguments when it uses them,
  // or when its parameters (defaults, patterns) moved into it.
  let call: string;
  if (moved && frame.arrow) {
    const rest = `${prefix}rest`;
    call = `.call(this, ${[...placeholders, `...${rest}`].join(', ')})`;
    placeholders.push(`...${rest}`);
  } else if (moved || frame.usesArguments) call = '.apply(this, arguments)';
  // A named generator is a property of an object literal: called on the function's own `this`,
  // not on that object, it shows in stack traces as the native function would.
  else if (frame.usesThis || frame.usesSuper || frame.name !== undefined) call = '.call(this)';
  else call = '()';

  let prelude = '';
  if (frame.usesSuper) {
    prelude += `const ${prefix}super = (key) => super[key]`;
    prelude += frame.usesSuperSet ? `, ${prefix}superSet = (key, value) => (super[key] = value); ` : '; ';
  }
  if (frame.usesNewTarget) prelude += `const ${prefix}newTarget = new.target; `;

  // The generator is made and takes its first step right here, inside a try: an error in a
  // default parameter or before the first await rejects the promise, as natively.
  const shape = generatorShape(frame);
  const generator = `${prefix}g`;
  const error = `${prefix}e`;
  const open = `${prelude}try { const ${generator} = ${shape.open}`;
  const close =
    `${shape.close}${call}; return ${context.helper('startCoroutine')}(${generator}, ${generator}.next()); } ` +
    `catch (${error}) { return Promise.reject(${error}); }`;
  const first = parameters[0];
  const last = parameters[parameters.length - 1];
  const moveParameters = (to: number): void => {
    if (!moved || first === undefined || last === undefined) return;
    edits.move(first.start, last.end, to);
    edits.appendLeft(first.start, placeholders.join(', '));
    // `(a = 1,)` would leave `(,)`: with no placeholder, the trailing comma goes too.
    const trailing = /^\s*,/.exec(context.code.slice(last.end, last.end + 200));
    if (placeholders.length === 0 && trailing)
      edits.update(last.end + trailing[0].length - 1, last.end + trailing[0].length, '');
  };

  if (body.type === 'BlockStatement') {
    const at = afterDirectives(body);
    // A directive that ends at its line break must end before the code put after it.
    const separator = at > body.start + 1 && context.code[at - 1] !== ';' ? ';' : '';
    // The closer goes right of the final `}`'s position, after what the body's own
    // rewrites closed there; it is placed first so that, in an empty body, `) {` still precedes it.
    edits.prependRight(body.end - 1, close);
    edits.appendLeft(at, separator + open);
    moveParameters(at);
    edits.prependRight(at, ') {');
    return;
  }
  // An arrow's expression body: `(a) => x` → `(a) => { try { const g = function* () { return x; }…`.
  edits.appendLeft(body.start, `{ ${open}`);
  moveParameters(body.start);
  edits.prependRight(body.start, ') { return ');
  edits.appendLeft(body.end, `; ${close} }`);
}

/** The offset just inside a body's `{`, after its directive prologue ("use strict" stays the outer function's). */
function afterDirectives(body: Node): number {
  let at = body.start + 1;
  for (const statement of body.body as Node[]) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    at = statement.end;
  }
  return at;
}
