// Runs a command to completion and returns its output, or throws an error that
// carries the command line, the directory and everything it printed.
import { spawnSync } from 'node:child_process';

export function runCommand(command, args, { cwd, env } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd ?? process.cwd()} exited with ${result.status}:\n` +
        `${result.stdout}\n${result.stderr}`.trim(),
    );
  }
  return result.stdout;
}
