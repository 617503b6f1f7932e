// Which Local subclasses can be set up again for every task. tasklocal runs a
// subclass's constructor again on the same object, with the arguments that
// reached Local's constructor (JavaScript gives a base class no others). That
// is faithful only when every constructor hands its own parameters to super()
// unchanged, and when the class keeps no #private members: those belong to
// the one object, so every task would share them. Both are read from the
// classes' source once per class; where the source cannot be read with
// confidence, nothing is refused.

/** What the source of a subclass chain says. */
interface Shape {
  /** Some class in the chain declares a constructor. */
  readonly declaresConstructor: boolean;
  /** Why the chain cannot be replayed, if it cannot. */
  readonly problem: string | undefined;
}

const shapes = new WeakMap<object, Shape>();

/** Throws a TypeError when `subclass` (up to `base`) cannot be replayed faithfully with `args`. */
export function checkSubclass(
  subclass: abstract new (...args: never[]) => object,
  base: object,
  args: unknown[],
): void {
  let shape = shapes.get(subclass);
  if (shape === undefined) shapes.set(subclass, (shape = shapeOf(subclass, base)));
  if (shape.problem !== undefined) throw new TypeError(shape.problem);
  if (!shape.declaresConstructor && args.length > 0) {
    throw new TypeError(
      `${subclass.name} declares no constructor, so it takes no arguments, and got ${args.length}. ` +
        'A Local subclass takes its options as static properties: static inherit = true, ' +
        'static discriminator = new ZoneDiscriminator(), static requireTask = true.',
    );
  }
}

function shapeOf(subclass: object, base: object): Shape {
  let declaresConstructor = false;
  for (
    let cls = subclass;
    cls !== base && typeof cls === 'function';
    cls = Object.getPrototypeOf(cls) as object
  ) {
    const name = (cls as { name: string }).name || 'A Local subclass';
    const code = withoutLiterals(Function.prototype.toString.call(cls));
    const secret = PRIVATE.exec(code);
    if (secret !== null) {
      return {
        declaresConstructor,
        problem:
          `${name} declares private members (${secret[0].trim()}…). A Local subclass's constructor runs again ` +
          'on the same object for every task, and private members belong to that one object, so every task ' +
          'would share them. Use ordinary fields (each task gets its own) or a TaskVar.',
      };
    }
    const constructor = constructorOf(code);
    if (constructor === undefined) continue;
    declaresConstructor = true;
    const params = splitTopLevel(constructor.params).map(parameterName);
    // A constructor that takes nothing runs the same code whatever it is handed.
    if (params.length === 0 && !constructor.usesArguments) continue;
    for (const call of constructor.superCalls) {
      const handed = splitTopLevel(call).map(normalise);
      const unchanged =
        (handed.length === 1 && handed[0] === '...arguments') ||
        (handed.length === params.length && handed.every((arg, i) => arg === params[i]));
      if (!unchanged) {
        return {
          declaresConstructor,
          problem:
            `${name}'s constructor(${constructor.params.trim()}) calls super(${call.trim()}). tasklocal runs a ` +
            "Local subclass's constructor again for every task with the arguments that reached Local's " +
            'constructor, so each constructor must hand its own parameters to super() unchanged: write ' +
            `super(${params.join(', ')}) and derive values in the constructor's body.`,
        };
      }
    }
  }
  return { declaresConstructor, problem: undefined };
}

// #name, or what TypeScript, esbuild, Babel and SWC compile private members to.
const PRIVATE =
  /#[A-Za-z_$\u0080-\uffff]+|\b(?:__privateAdd|_classPrivateFieldInitSpec|_classPrivateMethodInitSpec|_class_private_field_init|_class_private_method_init)\(this\b|\b_[\w$]+_[\w$]+\.(?:set|add)\(this\b/;

function normalise(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A parameter without its default value: `n = 1` → `n`; a destructuring pattern stays whole. */
function parameterName(param: string): string {
  const end = /^[{[]/.test(param) ? matching(param, 0) + 1 : param.indexOf('=');
  return normalise(end > 0 ? param.slice(0, end) : param);
}

/** The constructor's parameter list and the argument lists of its super() calls, if it declares one. */
function constructorOf(
  code: string,
): { params: string; superCalls: string[]; usesArguments: boolean } | undefined {
  const body = code.indexOf('{');
  let depth = 0;
  for (let i = body; i >= 0 && i < code.length; i++) {
    const char = code[i];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 1 && code.startsWith('constructor', i) && !/[\w$.]/.test(code[i - 1] ?? '')) {
      const open = code.indexOf('(', i);
      if (!/^constructor\s*$/.test(code.slice(i, open))) continue;
      const close = matching(code, open);
      const start = code.indexOf('{', close);
      const end = matching(code, start);
      if (close < 0 || end < 0) return undefined;
      const inside = code.slice(start, end);
      const superCalls: string[] = [];
      for (const call of inside.matchAll(/\bsuper\s*\(/g)) {
        const from = start + call.index + call[0].length - 1;
        superCalls.push(code.slice(from + 1, matching(code, from)));
      }
      return { params: code.slice(open + 1, close), superCalls, usesArguments: /\barguments\b/.test(inside) };
    }
  }
  return undefined;
}

/** The index of the bracket that closes the one at `open`, or -1. */
function matching(code: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === code[open]) depth++;
    else if (code[i] === pairs[code[open]] && --depth === 0) return i;
  }
  return -1;
}

/** Splits a parameter or argument list at its top-level commas. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The source with comments removed and string and template contents emptied, so brackets and # count only in code. */
function withoutLiterals(source: string): string {
  return source.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g,
    (match) => (match.startsWith('/') ? ' ' : `${match[0]}${match[0]}`),
  );
}
