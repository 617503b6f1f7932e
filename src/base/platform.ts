// Where tasklocal runs, so that error messages give advice that fits it: no
// Node advice in a browser, no <script> tags in Node. The advice is for
// development messages only: call it inside `DEV && …`, so that production
// builds drop it.

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

/** Node's `process`, or undefined outside Node. */
export function nodeProcess(): NodeProcess | undefined {
  const process = (globalThis as { process?: NodeProcess }).process;
  return typeof process?.versions?.node === 'string' ? process : undefined;
}

/** True when zone.js is loaded (a global Zone with a current zone). */
export function hasZone(): boolean {
  const Zone = (globalThis as { Zone?: (() => void) & { current?: unknown } }).Zone;
  return typeof Zone === 'function' && Zone.current !== undefined;
}

/** Why tasklocal cannot run in this browser, and how to load zone.js (error TL109). */
export function noZoneInBrowser(): string {
  return `tasklocal needs zone.js in a browser, and no global Zone was found. ${howToLoadZone()}`;
}

/** How to load zone.js here. */
export function howToLoadZone(): string {
  return nodeProcess() === undefined
    ? "Load zone.js before your code starts tasks: a <script> tag for zone.js's bundle, `import 'zone.js'` " +
        "first in your entry file, or, in an Angular app, 'zone.js' in angular.json's polyfills (not an import in main.ts)."
    : "`import 'zone.js/node'` (or `require('zone.js/node')`) first in your entry file.";
}
