// Node consumers of the installed package: the seed example imported as ESM
// (examples/seed/seed.mjs itself) and required as CommonJS.
import path from 'node:path';
import { runCommand } from './command.mjs';
import { copyInto, makeConsumer } from './pack.mjs';

/** Runs the seed example through `import` in an ESM project; returns what it printed. */
export function runEsmSeed(workDir, tarball) {
  const dir = makeConsumer(workDir, tarball, 'node-esm');
  const file = copyInto(dir, 'examples/seed/seed.mjs');
  return runCommand(process.execPath, [file], { cwd: dir });
}

/** Runs the seed example through `require` in a CommonJS project; returns what it printed. */
export function runCjsSeed(workDir, tarball) {
  const dir = makeConsumer(workDir, tarball, 'node-cjs', { type: 'commonjs' });
  const file = copyInto(dir, path.join('scripts/packaging/fixtures/seed.cjs'));
  return runCommand(process.execPath, [file], { cwd: dir });
}
