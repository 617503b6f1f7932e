// The package as users get it: build dist/, `npm pack` it into a temporary
// directory, and install the tarball into throwaway consumer projects there,
// far from the source tree, so nothing resolves to the repository by accident.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './command.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repoRequire = createRequire(path.join(repoRoot, 'package.json'));

/** The directory of a package installed in the repository (by `npm ci` on CI). */
export function repoPackageDir(name) {
  return path.dirname(repoRequire.resolve(`${name}/package.json`));
}

/**
 * Packs the package (its prepack script builds dist/); returns the tarball's path inside a new temporary
 * directory. With TASKLOCAL_PREBUILT=1 (set by `npm run test:toolchains` after one build) the build is
 * skipped, so a dozen suites do not build the same dist/ a dozen times.
 */
export function buildAndPack() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklocal-packaging-'));
  const skipBuild = process.env.TASKLOCAL_PREBUILT === '1' ? ['--ignore-scripts'] : [];
  const [packed] = JSON.parse(
    runCommand('npm', ['pack', '--json', ...skipBuild, '--pack-destination', workDir], { cwd: repoRoot }),
  );
  return { workDir, tarball: path.join(workDir, packed.filename), files: packed.files.map((f) => f.path) };
}

/**
 * A consumer project `name` under workDir with the tarball and zone.js
 * installed. zone.js comes from the repository's node_modules (a file: link),
 * so the install needs no registry. `extraPackages` are more install specs
 * (tarballs or directories, e.g. from repoPackageDir), installed alongside.
 */
export function makeConsumer(workDir, tarball, name, { type = 'module', extraPackages = [] } = {}) {
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir);
  const manifest = { name: `consumer-${name}`, private: true, version: '0.0.0', type };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  runCommand(
    'npm',
    ['install', '--no-audit', '--no-fund', '--offline', tarball, repoPackageDir('zone.js'), ...extraPackages],
    { cwd: dir },
  );
  return dir;
}

/** Copies a file from the repository into a consumer, optionally rewriting its text. */
export function copyInto(dir, from, to = path.basename(from), rewrite = (text) => text) {
  const text = fs.readFileSync(path.join(repoRoot, from), 'utf8');
  fs.writeFileSync(path.join(dir, to), rewrite(text));
  return path.join(dir, to);
}
