// The packed tarball as the ecosystem's linters see it: publint (package.json
// fields against the files) and arethetypeswrong (types under every module
// resolution). Warnings count as problems.
import path from 'node:path';
import { runCommand } from './command.mjs';
import { repoRoot } from './pack.mjs';

const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
const plain = { NO_COLOR: '1', FORCE_COLOR: '0' };

/** Throws with publint's report unless it finds nothing to say about the tarball. */
export function publint(tarball) {
  return runCommand(bin('publint'), ['run', tarball, '--strict', '--level', 'warning'], { env: plain });
}

/** Throws with arethetypeswrong's table unless every resolution mode finds correct types. */
export function areTheTypesWrong(tarball) {
  return runCommand(bin('attw'), [tarball, '--format', 'table-flipped'], { env: plain });
}
