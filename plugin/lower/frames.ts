// The function scopes the walk is inside, innermost last. `this`,
// `arguments`, `super` and `new.target` belong to the nearest function that is
// not an arrow (its "home"); a lowered function's body moves into a generator,
// so each of these found on the way up tells the lowered functions between the
// reference and its home what they must pass down or capture.

/** An AST node as oxc-parser gives it (ESTree with `start`/`end` offsets). */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** One function scope: a function, an arrow, or a class field initializer / static block (`pseudo`). */
export interface Frame {
  node: Node;
  arrow: boolean;
  /** True when this is an async function that is being lowered. */
  lowered: boolean;
  /** The generator's `this` must be the function's: `.call(this)`. */
  usesThis: boolean;
  /** The generator must see the function's arguments: `.apply(this, arguments)`. */
  usesArguments: boolean;
  /** `super.x` reads (and writes) are done through arrows made in the outer function. */
  usesSuper: boolean;
  usesSuperSet: boolean;
  /** An arrow's `new.target` is captured in the outer function. */
  usesNewTarget: boolean;
  /** The name the generator gets (for stack traces). */
  name: string | undefined;
}

/** A frame for `node`. */
export function frameOf(node: Node, lowered: boolean, name: string | undefined): Frame {
  return {
    node,
    arrow: node.type === 'ArrowFunctionExpression',
    lowered,
    usesThis: false,
    usesArguments: false,
    usesSuper: false,
    usesSuperSet: false,
    usesNewTarget: false,
    name,
  };
}

/** The frames from the innermost up to and including the home (the first that is not an arrow). */
export function framesToHome(frames: Frame[]): Frame[] {
  const chain: Frame[] = [];
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index];
    chain.push(frame);
    if (!frame.arrow) break;
  }
  return chain;
}

/**
 * The lowered frame nearest the home on the way up from a reference: the one
 * whose outer (not yet generator) part can still evaluate `super` or
 * `new.target` for every generator below it. Undefined when none is lowered.
 */
export function captureOwner(chain: Frame[]): Frame | undefined {
  for (let index = chain.length - 1; index >= 0; index--) if (chain[index].lowered) return chain[index];
  return undefined;
}
