import { execFile } from 'node:child_process';

/** Runs a fixture with Node from the repository root, in a fresh process, and parses the JSON line it prints. */
export function runFixture(file: string, ...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [`test/hardening/fixtures/${file}`, ...args], (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>);
    });
  });
}
