// The helpers of lowered `for await` and `await using`, written into the
// module that needs them (a function declaration each, after its last
// statement) rather than shipped in tasklocal's runtime, which every app
// bundles whole. Plain ES2017 promise code: every await stays a `yield` the
// coroutine driver sees, so the task is kept.

/**
 * `iter(x)`: the async iterator `for await (… of x)` walks: `x`'s own
 * `Symbol.asyncIterator`, or its sync iterator with each value awaited, as the
 * language does.
 */
const iter = (name: string): string =>
  `function ${name}(x) { var m = x[Symbol.asyncIterator]; if (m != null) return m.call(x); ` +
  'var it = x[Symbol.iterator](), s = function (r) { return Promise.resolve(r.value).then(function (v) { return { value: v, done: r.done }; }); }; ' +
  'return { next: function (v) { return s(it.next(v)); }, return: it.return && function (v) { return s(it.return(v)); } }; }';

/**
 * `disposer()`: the resources of one block's `await using` declarations:
 * `use` adds one, `fail` records the error the block threw, `dispose`
 * disposes them in reverse order, awaiting each, and settles the way the
 * block should end (a disposal error on top of another is a SuppressedError).
 */
const disposer = (name: string): string =>
  `function ${name}() { var stack = [], failed = false, error; ` +
  'function sym(n) { return Symbol[n] || Symbol.for("Symbol." + n); } ' +
  'function fail(e) { if (failed) { var S = typeof SuppressedError == "function" ? SuppressedError : null; ' +
  'error = S ? new S(e, error) : Object.assign(new Error("An error was suppressed during disposal."), { name: "SuppressedError", error: e, suppressed: error }); } else error = e; failed = true; } ' +
  'return { use: function (r) { if (r != null) { var m = r[sym("asyncDispose")] || r[sym("dispose")]; ' +
  'if (typeof m != "function") throw new TypeError("await using needs a value with a Symbol.asyncDispose method"); ' +
  'stack.push(function () { return m.call(r); }); } return r; }, fail: fail, ' +
  'dispose: function () { return stack.reverse().reduce(function (c, d) { return c.then(d).then(undefined, fail); }, Promise.resolve())' +
  '.then(function () { if (failed) throw error; }); } }; }';

/** The helpers the lowering may write into a module, by the local name it gives each. */
export const INLINE_HELPERS = { iter, disposer } as const;
export type InlineHelper = keyof typeof INLINE_HELPERS;
