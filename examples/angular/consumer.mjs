// The example app as a user's project: the packed tarball and the repository's
// Angular toolchain installed offline into a temporary directory, the app's
// files copied in, and `ng build` run there for one configuration.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../scripts/packaging/command.mjs';
import { buildAndPack, makeConsumer, repoPackageDir } from '../../scripts/packaging/pack.mjs';

const APP = fileURLToPath(new URL('app', import.meta.url));
const TOOLCHAIN = [
  '@angular/build',
  '@angular/cli',
  '@angular/common',
  '@angular/compiler',
  '@angular/compiler-cli',
  '@angular/core',
  '@angular/platform-browser',
  'rxjs',
  'tslib',
  'typescript',
];

/** Packs tasklocal and makes a consumer project holding the example app; returns its directory. */
export function makeAngularConsumer() {
  const { workDir, tarball } = buildAndPack();
  const dir = makeConsumer(workDir, tarball, 'angular', { extraPackages: TOOLCHAIN.map(repoPackageDir) });
  fs.cpSync(APP, dir, { recursive: true });
  return dir;
}

/** Runs `ng build` for one configuration (undefined: the default); returns the served directory. */
export function ngBuild(dir, configuration) {
  const args = [path.join(dir, 'node_modules/@angular/cli/bin/ng.js'), 'build'];
  if (configuration !== undefined) args.push('--configuration', configuration);
  runCommand(process.execPath, args, { cwd: dir, env: { NG_CLI_ANALYTICS: 'false' } });
  return path.join(dir, 'dist', configuration ?? 'zone', 'browser');
}
