// The build the specs run against: the runtime's own DEV flag, which the test
// bundles fix per mode (test/rollup.config.mjs, test/build-mode.cjs).
// Production keeps every guarantee and drops what only helps while writing
// code: full messages, console warnings about native async and escapes, and
// the class-shape checks. A spec about one of those runs in development only,
// through itInDevelopment(), with the reason; a spec about a guarantee
// (isolation, requireTask, bad input throwing) never does.
import { DEV } from '../src/base/dev.js';

/** True when the specs run against the development build. */
export const DEVELOPMENT: boolean = DEV;

/** The <script> build of this mode, as Karma serves it (test/build-mode.cjs names the same file). */
export const UMD: string = DEV ? 'dist/tasklocal.umd.js' : 'dist/tasklocal.umd.min.js';

/**
 * `it` for a spec about something production deliberately drops: the spec
 * runs in development, and in production it is reported pending with `reason`.
 */
export function itInDevelopment(reason: string): typeof it {
  const register = (name: string, fn?: jasmine.ImplementationCallback, timeout?: number) =>
    DEV ? it(name, fn, timeout) : it(name, () => pending(`development only: ${reason}`));
  return register as typeof it;
}
