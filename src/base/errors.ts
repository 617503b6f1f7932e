// Error messages by build. Development builds give the full text, which says
// what was wrong and what to do; production builds give a stable code, which
// README's "Error codes" table explains in full. Every site writes
//   throw new TypeError(fault('TL101', DEV && `the full text, ${detail}`));
// so that a production build, where DEV is false, drops the text and all it
// computes (the minifier folds `false && …` away).
import { DEV } from './dev.js';

/** The message for the error `code`: `text` in development, the code and where it is explained in production. */
export function fault(code: string, text: string | false): string {
  return DEV && text !== false
    ? text
    : `tasklocal error ${code}: see https://www.npmjs.com/package/tasklocal#error-codes`;
}
