// Next.js from a consumer project: `next build` (Turbopack, or webpack with
// --webpack), and `next start` or `next dev` on a free port for one check.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runCommand } from '../../scripts/packaging/command.mjs';

const ENV = { NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = (dir) => path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Writes the app's next.config.mjs. */
export function writeNextConfig(dir, text) {
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), text);
}

/** `next build` with `args` (e.g. ['--webpack']); returns its output. */
export function nextBuild(dir, args = []) {
  return runCommand('node', [nextBin(dir), 'build', ...args], { cwd: dir, env: ENV });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `next <command>` ('start' or 'dev') until it is ready, calls
 * `use(origin)`, then stops it (its own process group: `next dev` runs its
 * server in a child process).
 */
export async function withNextServer(dir, command, use) {
  const port = await freePort();
  const child = spawn('node', [nextBin(dir), command, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      if (/\bReady in\b/.test(output)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`next ${command} exited with ${code}:\n${output}`)));
  });
  try {
    await ready;
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}
