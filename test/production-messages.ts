// Production runs only: an expected error message is also met by the
// production form of a tasklocal error, `tasklocal error TLnnn: see <README>`
// (fault() in src/base/errors.ts), while the error's class is still checked.
//
// Why this is sound: the development run checks every full text, against the
// same specs and the same operations. What a production run adds is that those
// operations, built as production builds them, still throw, still throw the
// same class, and throw a coded message rather than some other error. A
// message that is not in the coded form is still held to the spec's text, so
// a user's error passed through ('boom') is checked as written. What a
// production run cannot tell: which code was thrown (README's table and
// test/error-codes.test.mjs answer for the codes), and a coded error of the
// expected class thrown where the spec expects a user's error, which would
// need a path that throws in production only (production drops checks; it
// adds none).
//
// Covered: toThrowError and toBeRejectedWithError (class as written, message
// relaxed), and toMatch, or textMatching() inside toEqual, on a captured error
// text (see codedText: the class is read from the text). `.not` is never
// relaxed. toThrow(value) compares the thrown value itself; the specs use it
// only as not.toThrow(), which no message affects, so it is left alone.
import { DEVELOPMENT } from './mode.js';

const CODED = 'tasklocal error TL\\d+: see https://www\\.npmjs\\.com/package/tasklocal#error-codes';
/** A production message, whole. */
const CODED_MESSAGE = new RegExp(`^${CODED}$`);
/** A production message inside a longer text. */
const CODED_WITHIN = new RegExp(CODED);
/** The class a pattern's text opens with, as in /^TypeError: …/. */
const OPENING_CLASS = /^\^(\w*Error): /;

/** `expected` (a message, exact or a pattern), also met by a coded message. */
export class OrCoded extends RegExp {
  constructor(private readonly expected: string | RegExp) {
    super(typeof expected === 'string' ? expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : expected.source);
  }

  override test(message: string): boolean {
    const written =
      typeof this.expected === 'string' ? message === this.expected : this.expected.test(message);
    return written || CODED_MESSAGE.test(message);
  }
}

const isMessage = (value: unknown): value is string | RegExp =>
  typeof value === 'string' || value instanceof RegExp;
/** The matcher's arguments with the expected message, if any, relaxed. */
const relaxed = (args: unknown[]) => args.map((arg) => (isMessage(arg) ? new OrCoded(arg) : arg));

/**
 * Whether a captured text is the production form of the error `expected`
 * describes. Only where the spec shows it expects an error: a pattern that
 * opens with the class (`^TypeError: `, as `${error.name}: ${error.message}`
 * gives) is met by a text opening with that class and holding a coded
 * message; any other pattern only by a coded message alone, as the spec's own
 * catch (error.message) gives. So a text the spec expects to hold something
 * else ('no error', a zone's name) is never stood in for by an error.
 */
export function codedText(actual: unknown, expected: string | RegExp): boolean {
  if (typeof actual !== 'string') return false;
  const opening = OPENING_CLASS.exec(typeof expected === 'string' ? expected : expected.source);
  if (opening === null) return CODED_MESSAGE.test(actual);
  return actual.startsWith(`${opening[1]}: `) && CODED_WITHIN.test(actual);
}

type Result = jasmine.CustomMatcherResult;
type Builtin = (util: jasmine.MatchersUtil) => { compare(...args: unknown[]): Result };
type AsyncBuiltin = (util: jasmine.MatchersUtil) => { compare(...args: unknown[]): Promise<Result> };
const { matchers, asyncMatchers } = jasmine as unknown as {
  matchers: Record<string, Builtin>;
  asyncMatchers: Record<string, AsyncBuiltin>;
};
/** The negation of a built-in result, as Jasmine gives `.not` a matcher without negativeCompare. */
const negated = (result: Result): Result => ({ pass: !result.pass, message: result.message });

if (!DEVELOPMENT) {
  beforeEach(() => {
    jasmine.addMatchers({
      toThrowError: (util) => {
        const builtin = matchers.toThrowError(util);
        return {
          compare: (actual: unknown, ...args: unknown[]) => builtin.compare(actual, ...relaxed(args)),
          negativeCompare: (actual: unknown, ...args: unknown[]) => negated(builtin.compare(actual, ...args)),
        };
      },
      toMatch: () => ({
        compare: (actual: unknown, expected: string | RegExp) => ({
          pass: new RegExp(expected).test(actual as string) || codedText(actual, expected),
        }),
        negativeCompare: (actual: unknown, expected: string | RegExp) => ({
          pass: !new RegExp(expected).test(actual as string),
        }),
      }),
    });
    jasmine.addAsyncMatchers({
      toBeRejectedWithError: (util) => {
        const builtin = asyncMatchers.toBeRejectedWithError(util);
        return {
          compare: (actual: unknown, ...args: unknown[]) => builtin.compare(actual, ...relaxed(args)),
          negativeCompare: async (actual: unknown, ...args: unknown[]) =>
            negated(await builtin.compare(actual, ...args)),
        };
      },
    });
  });
}

/**
 * jasmine.stringMatching(pattern) for a captured error text inside toEqual():
 * in production runs also met by the coded form, on the terms toMatch has here.
 */
export function textMatching(pattern: RegExp): jasmine.AsymmetricMatcher<string> {
  if (DEVELOPMENT) return jasmine.stringMatching(pattern);
  return {
    asymmetricMatch: (actual: unknown) =>
      (typeof actual === 'string' && pattern.test(actual)) || codedText(actual, pattern),
    jasmineToString: () => `<text matching ${String(pattern)}, or its coded form>`,
  };
}
