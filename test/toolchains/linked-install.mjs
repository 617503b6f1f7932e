// Installs packages from the repository's node_modules into a consumer as
// hard-linked copies, with the dependencies they need, flat, as npm lays
// them out: real files inside the consumer, at no copying cost. For tools
// that refuse files outside the project (Turbopack reads nothing above its
// root, so a link into the repository, as `npm install <dir>` makes, is a
// missing package to it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/packaging/pack.mjs';

const repoModules = path.join(repoRoot, 'node_modules');

/** Hard-links `names` and their dependencies (those installed in the repository) into dir/node_modules. */
export function installLinked(dir, names) {
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop();
    const from = path.join(repoModules, name);
    const to = path.join(dir, 'node_modules', name);
    if (fs.existsSync(to) || !fs.existsSync(from)) continue; // optional dependencies for other platforms
    fs.mkdirSync(path.dirname(to), { recursive: true });
    execFileSync('cp', ['-al', fs.realpathSync(from), to]);
    const manifest = JSON.parse(fs.readFileSync(path.join(from, 'package.json'), 'utf8'));
    pending.push(...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }));
  }
}
