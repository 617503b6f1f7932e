// What the test-runner suites (Vitest, Jest) share: a consumer project that
// installed the packed tasklocal tarball, the plugin's peers, the runner and
// fixture-runner-dep (packed, so it lands in node_modules as a real copy, as
// from npm), with the shared app (fixtures/runner-app) and one runner's files
// copied in; and running a command there
// whose failure is a result to read, not an error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../../scripts/packaging/command.mjs';
import { buildAndPack, makeConsumer, repoPackageDir } from '../../scripts/packaging/pack.mjs';
import { PLUGIN_PEERS } from './app.mjs';
import { fixturesDir } from './harness.mjs';

/**
 * Packs tasklocal and fixture-runner-dep and makes the consumer `name` from
 * fixtures/<fixture>, with `packages` (repository package names) installed
 * too, and `linked` ones linked in as npm links a directory (for packages
 * whose `prepare` script cannot run from their installed copy, as ts-jest's
 * cannot). Returns { workDir, dir }.
 */
export function makeRunnerApp(name, fixture, packages, linked = []) {
  const { workDir, tarball } = buildAndPack();
  const [dep] = JSON.parse(
    runCommand(
      'npm',
      ['pack', '--json', '--pack-destination', workDir, path.join(fixturesDir, 'runner-dep')],
      {
        cwd: workDir,
      },
    ),
  );
  const dir = makeConsumer(workDir, tarball, name, {
    extraPackages: [path.join(workDir, dep.filename), ...[...PLUGIN_PEERS, ...packages].map(repoPackageDir)],
  });
  for (const linkedName of linked) {
    fs.symlinkSync(repoPackageDir(linkedName), path.join(dir, 'node_modules', linkedName), 'dir');
  }
  // zone.js as a real copy, as npm installs it: a runner that serves setup
  // files from the project root cannot reach the repository's through a link.
  const zone = path.join(dir, 'node_modules', 'zone.js');
  fs.rmSync(zone, { recursive: true });
  fs.cpSync(repoPackageDir('zone.js'), zone, { recursive: true, dereference: true });
  fs.cpSync(path.join(fixturesDir, 'runner-app'), dir, { recursive: true });
  // The runner's own files, without its lint-only declarations of the shared app.
  const filter = (source) => !source.endsWith('.d.ts');
  fs.cpSync(path.join(fixturesDir, fixture), dir, { recursive: true, filter });
  return { workDir, dir };
}

/** Runs `command args` in `dir`; returns its exit status and output, whatever the status. */
export function runIn(dir, command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Removes the packing directory, unless KEEP_CONSUMERS asks to keep it. */
export function removeWorkDir(workDir) {
  if (process.env.KEEP_CONSUMERS) console.log(`consumers kept in ${workDir}`);
  else if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
}
