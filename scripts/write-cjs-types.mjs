// Writes dist/tasklocal.d.cts, the types `require('tasklocal')` resolves to.
// The package is "type": "module", so TypeScript reads dist/tasklocal.d.ts as
// an ES module; handed to a CommonJS consumer it would describe the CJS build
// as ESM ("FalseESM" in arethetypeswrong, a warning in publint). The same
// declarations under a .d.cts name describe the CJS build's exports exactly.
// Run by `prepack`, so every tarball has it; the build could emit it instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const esmTypes = path.join(dist, 'tasklocal.d.ts');
if (!fs.existsSync(esmTypes)) {
  console.error(`${esmTypes} is missing: run \`npm run build\` before packing.`);
  process.exit(1);
}
fs.copyFileSync(esmTypes, path.join(dist, 'tasklocal.d.cts'));
